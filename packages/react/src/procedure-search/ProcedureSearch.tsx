'use client';

import type { MotcuaClient, ProcedureSummary } from '@motcua/sdk';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { useMotcuaClient, useT } from '../provider/hooks.js';
import { procedureSearchMessages } from './messages.js';
import { type ProcedureFilters, useProcedureSearch } from './useProcedureSearch.js';

export interface ProcedureSearchProps {
  /** The platform client; the provider's by default. */
  client?: MotcuaClient;
  /** Called when a procedure is chosen (Enter on it, or a click). */
  onSelect?: (procedure: ProcedureSummary) => void;
  /** Fields (lĩnh vực) offered in the field filter; without them the filter is not shown. */
  fields?: readonly { code: string; name: string }[];
  /** Show the level and online-level filters (default true). */
  showFilters?: boolean;
  initialFilters?: Partial<ProcedureFilters>;
  /** Base id of the widget's elements (default: generated). */
  id?: string;
  /** Visible label (default 'Tìm thủ tục hành chính'). */
  label?: string;
  debounceMs?: number;
  limit?: number;
}

const LEVELS = ['ministry', 'province', 'commune'] as const;
const ONLINE = ['full', 'partial', 'none'] as const;

/**
 * Tìm thủ tục hành chính: an editable combobox with a listbox of results (WAI-ARIA APG "list autocomplete with
 * manual selection"): type to search (diacritics and case ignored by the platform), ↓/↑ move through the results
 * (`aria-activedescendant`), Enter chooses, Escape closes the list (and clears the box when it is closed), filters
 * by field, level and online level; the number of results is announced politely; loading, empty and error states
 * are shown in words.
 *
 * @example
 * <ProcedureSearch fields={fields} onSelect={(p) => navigate(`/thu-tuc/${p.code}`)} />
 */
export function ProcedureSearch({
  client: clientProp,
  onSelect,
  fields,
  showFilters = true,
  initialFilters,
  id: idProp,
  label,
  debounceMs,
  limit,
}: ProcedureSearchProps) {
  const t = useT(procedureSearchMessages);
  const client = useMotcuaClient(clientProp);
  const search = useProcedureSearch({
    client,
    debounceMs,
    limit,
    initialFilters,
  });
  const generated = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const id = idProp ?? `motcua-procedure-search-${generated}`;
  const inputId = `${id}-input`;
  const listId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<ProcedureSummary | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const { results, status } = search;
  const expanded = open && results.length > 0;
  // The same results again (a repeated search) keep the highlighted option; different ones reset it.
  const resultsKey = results.map((procedure) => procedure.code).join('|');

  // New results: open the list if the box has focus, forget the highlighted option, say how many there are.
  const shownKey = useRef('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: resultsKey stands for the results' content
  useEffect(() => {
    if (resultsKey !== shownKey.current) {
      shownKey.current = resultsKey;
      setActive(-1);
    }
    if (status === 'ready') {
      if (document.activeElement === inputRef.current && results.length > 0) setOpen(true);
      setAnnouncement(
        results.length === 0
          ? t('procedureSearch.empty')
          : search.hasMore
            ? t('procedureSearch.countMore', { count: results.length })
            : t('procedureSearch.count', { count: results.length }),
      );
    } else if (status === 'error') setAnnouncement(t('procedureSearch.error'));
    else if (status === 'idle') setAnnouncement('');
  }, [resultsKey, status, search.hasMore, t]);

  // Keep the highlighted option in view.
  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, id]);

  const choose = (procedure: ProcedureSummary) => {
    setSelected(procedure);
    search.setQuery(procedure.name);
    setOpen(false);
    setActive(-1);
    setAnnouncement(t('procedureSearch.selected', { name: procedure.name }));
    onSelect?.(procedure);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown': {
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          if (!event.altKey) setActive(0);
        } else setActive((current) => (current + 1) % count);
        break;
      }
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(count - 1);
        } else setActive((current) => (current <= 0 ? count - 1 : current - 1));
        break;
      }
      case 'Enter': {
        const procedure = expanded && active >= 0 ? results[active] : undefined;
        if (procedure) {
          event.preventDefault();
          choose(procedure);
        } else if (event.currentTarget.form) event.preventDefault();
        break;
      }
      case 'Escape': {
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (search.query !== '') {
          event.preventDefault();
          search.setQuery('');
          setSelected(undefined);
        }
        break;
      }
      case 'Tab':
        setOpen(false);
        break;
      default:
        break;
    }
  };

  const visibleStatus =
    status === 'loading'
      ? t('procedureSearch.loading')
      : status === 'error'
        ? t('procedureSearch.error')
        : status === 'ready' && results.length === 0
          ? t('procedureSearch.empty')
          : !search.searchable && search.query.trim().length > 0
            ? t('procedureSearch.tooShort', { minimum: search.minLength })
            : '';

  return (
    <div className="motcua-procedure-search" data-state={status} data-expanded={expanded || undefined}>
      <div className="motcua-form-group motcua-procedure-search__box">
        <label className="motcua-label" htmlFor={inputId}>
          {label ?? t('procedureSearch.label')}
        </label>
        <div id={hintId} className="motcua-hint">
          {t('procedureSearch.hint')}
        </div>
        <div className="motcua-procedure-search__combobox">
          <input
            ref={inputRef}
            id={inputId}
            className="motcua-input motcua-procedure-search__input"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
            aria-describedby={cx(hintId, visibleStatus && statusId) || undefined}
            value={search.query}
            onChange={(event) => {
              search.setQuery(event.currentTarget.value);
              setSelected(undefined);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => results.length > 0 && !selected && setOpen(true)}
            onBlur={() => setOpen(false)}
          />
          <div
            ref={listRef}
            id={listId}
            className="motcua-procedure-search__listbox"
            role="listbox"
            aria-label={t('procedureSearch.results')}
            hidden={!expanded}
          >
            {results.map((procedure, index) => (
              // APG combobox: focus stays in the box (aria-activedescendant points here) and the box handles the keys.
              // biome-ignore lint/a11y/useFocusableInteractive: options are never focused themselves
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's onKeyDown chooses with Enter
              <div
                key={procedure.code}
                id={`${id}-option-${index}`}
                className="motcua-procedure-search__option"
                role="option"
                aria-selected={index === active}
                data-active={index === active || undefined}
                // Keep focus in the box: a click chooses without blurring (which would close the list first).
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(procedure)}
                onMouseMove={() => index !== active && setActive(index)}
              >
                <span className="motcua-procedure-search__name">{procedure.name}</span>
                <span className="motcua-procedure-search__meta">
                  {t('procedureSearch.code', { code: procedure.code })} · {procedure.field.name} ·{' '}
                  {t(`procedureSearch.level.${procedure.implementingLevel}`)} ·{' '}
                  {t(`procedureSearch.online.${procedure.onlineLevel}`)}
                </span>
              </div>
            ))}
          </div>
        </div>
        <p
          id={statusId}
          className={cx('motcua-procedure-search__status', !visibleStatus && 'motcua-visually-hidden')}
        >
          {visibleStatus}
        </p>
        {status === 'error' ? (
          <button type="button" className="motcua-button" data-variant="secondary" onClick={search.retry}>
            {t('common.retry')}
          </button>
        ) : null}
      </div>
      {showFilters ? (
        <fieldset className="motcua-fieldset motcua-procedure-search__filters">
          <legend className="motcua-legend motcua-procedure-search__filters-title">
            {t('procedureSearch.filters')}
          </legend>
          {fields && fields.length > 0 ? (
            <FilterSelect
              id={`${id}-field`}
              label={t('procedureSearch.field')}
              value={search.filters.fieldCode}
              anyLabel={t('procedureSearch.any')}
              options={fields.map((field) => ({ value: field.code, label: field.name }))}
              onChange={(value) => search.setFilter('fieldCode', value)}
            />
          ) : null}
          <FilterSelect
            id={`${id}-level`}
            label={t('procedureSearch.level')}
            value={search.filters.level}
            anyLabel={t('procedureSearch.any')}
            options={LEVELS.map((level) => ({ value: level, label: t(`procedureSearch.level.${level}`) }))}
            onChange={(value) => search.setFilter('level', value as ProcedureFilters['level'])}
          />
          <FilterSelect
            id={`${id}-online`}
            label={t('procedureSearch.onlineLevel')}
            value={search.filters.onlineLevel}
            anyLabel={t('procedureSearch.any')}
            options={ONLINE.map((level) => ({ value: level, label: t(`procedureSearch.online.${level}`) }))}
            onChange={(value) => search.setFilter('onlineLevel', value as ProcedureFilters['onlineLevel'])}
          />
        </fieldset>
      ) : null}
      <p className="motcua-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

function FilterSelect({
  id,
  label,
  value,
  anyLabel,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  anyLabel: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="motcua-procedure-search__filter">
      <label className="motcua-label motcua-procedure-search__filter-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="motcua-input motcua-procedure-search__select"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
