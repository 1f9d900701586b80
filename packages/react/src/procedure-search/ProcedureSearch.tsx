'use client';

import type { MotcuaClient, ProcedureSummary } from '@motcua/sdk';
import { type UseComboboxState, type UseComboboxStateChangeOptions, useCombobox } from 'downshift';
import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
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

const { InputBlur, InputClick, InputKeyDownArrowUp, InputKeyDownEscape } = useCombobox.stateChangeTypes;

/**
 * Where the search box departs from Downshift's defaults. The list is asked for (by typing, ↓, a click) before the
 * results come, but shows only once there are some: Escape with nothing shown clears the box at once. A click in
 * the box (which also places the caret) opens the list but never closes it. And, as in the APG's "manual
 * selection", only Enter or a click on an option choose: leaving the box or Alt+↑ just close the list.
 */
function searchBoxReducer(
  state: UseComboboxState<ProcedureSummary>,
  { type, changes, props }: UseComboboxStateChangeOptions<ProcedureSummary>,
): Partial<UseComboboxState<ProcedureSummary>> {
  if (type === InputKeyDownEscape && props.items.length === 0) {
    return { ...changes, isOpen: false, selectedItem: null, inputValue: '' };
  }
  if (type === InputClick && state.isOpen) return state;
  if ((type === InputBlur || type === InputKeyDownArrowUp) && changes.selectedItem !== state.selectedItem) {
    return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
  }
  return changes;
}

const procedureName = (procedure: ProcedureSummary | null) => procedure?.name ?? '';

/**
 * Tìm thủ tục hành chính: an editable combobox with a listbox of results (WAI-ARIA APG "list autocomplete with
 * manual selection", through Downshift's `useCombobox`): type to search (diacritics and case ignored by the
 * platform), ↓/↑ move through the results (`aria-activedescendant`), Home/End jump to the first/last, Alt+↓ opens
 * without highlighting, Enter or a click chooses, Escape closes the list (and clears the box when it is closed);
 * filters by field, level and online level; the number of results is announced politely; loading, empty and
 * error states are shown in words.
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
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const getItemId = useCallback((index: number) => `${id}-option-${index}`, [id]);
  const [announcement, setAnnouncement] = useState('');

  const { results, status } = search;
  const combobox = useCombobox<ProcedureSummary>({
    items: results,
    itemToString: procedureName,
    inputId,
    labelId,
    menuId: `${id}-listbox`,
    getItemId,
    // The box shows the query: typing searches, choosing puts the procedure's name in it.
    inputValue: search.query,
    onInputValueChange: ({ inputValue }) => search.setQuery(inputValue),
    stateReducer: searchBoxReducer,
  });
  const { highlightedIndex, setHighlightedIndex } = combobox;
  const expanded = combobox.isOpen && results.length > 0;

  // Different results forget the highlighted option (the same ones again keep it); say how many there are.
  const resultsKey = results.map((procedure) => procedure.code).join('|');
  const shownKey = useRef('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: resultsKey stands for the results' content
  useEffect(() => {
    if (resultsKey !== shownKey.current) {
      shownKey.current = resultsKey;
      setHighlightedIndex(-1);
    }
    if (status === 'ready') {
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

  // Reported on every Enter or click, even for the procedure chosen last time (Downshift reports changes only).
  const choose = (procedure: ProcedureSummary) => {
    setAnnouncement(t('procedureSearch.selected', { name: procedure.name }));
    onSelect?.(procedure);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    const procedure = expanded ? results[highlightedIndex] : undefined;
    if (procedure) choose(procedure);
    // Enter without a highlighted option does not submit a surrounding form.
    else if (event.currentTarget.form) event.preventDefault();
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
        <label id={labelId} className="motcua-label" htmlFor={inputId}>
          {label ?? t('procedureSearch.label')}
        </label>
        <div id={hintId} className="motcua-hint">
          {t('procedureSearch.hint')}
        </div>
        <div className="motcua-procedure-search__combobox">
          <input
            {...combobox.getInputProps({
              className: 'motcua-input motcua-procedure-search__input',
              type: 'text',
              spellCheck: false,
              // What is shown, not what was asked for; no empty attribute when nothing is highlighted.
              'aria-expanded': expanded,
              'aria-activedescendant':
                expanded && highlightedIndex >= 0 ? getItemId(highlightedIndex) : undefined,
              'aria-describedby': cx(hintId, visibleStatus && statusId) || undefined,
              // In the change event itself, so the controlled box keeps the caret where it is.
              onChange: (event) => search.setQuery(event.currentTarget.value),
              onKeyDown,
            })}
          />
          <div
            {...combobox.getMenuProps({
              className: 'motcua-procedure-search__listbox',
              'aria-label': t('procedureSearch.results'),
              hidden: !expanded,
            })}
          >
            {results.map((procedure, index) => (
              <div
                key={procedure.code}
                {...combobox.getItemProps({
                  item: procedure,
                  index,
                  className: 'motcua-procedure-search__option',
                  onClick: () => choose(procedure),
                })}
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
