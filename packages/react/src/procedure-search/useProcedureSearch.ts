'use client';

import type { ImplementingLevel, OnlineLevel } from '@motcua/core';
import type { MotcuaClient, ProcedureSummary } from '@motcua/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';

/** The catalogue's filters, as the search endpoint takes them. Blank means "any". */
export interface ProcedureFilters {
  fieldCode: string;
  level: ImplementingLevel | '';
  onlineLevel: OnlineLevel | '';
}

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface UseProcedureSearchOptions {
  client: MotcuaClient | undefined;
  /** Pause after the last keystroke before searching, ms (default 250). */
  debounceMs?: number;
  /** Results asked for (default 20): beyond that, people refine rather than scroll. */
  limit?: number;
  /** Fewest characters that start a search when no filter is set (default 2). */
  minLength?: number;
  initialFilters?: Partial<ProcedureFilters>;
}

const NO_FILTERS: ProcedureFilters = { fieldCode: '', level: '', onlineLevel: '' };

/**
 * Searching the procedure catalogue through `client.procedures.search` (the platform ignores diacritics and case:
 * "ho tich" finds "Hộ tịch"): debounced, the previous request aborted when a newer one starts, with filters by
 * field, implementing level and online level.
 *
 * @example
 * const search = useProcedureSearch({ client });
 * search.setQuery('khai sinh'); // … search.status === 'ready', search.results[0].name
 */
export function useProcedureSearch({
  client,
  debounceMs = 250,
  limit = 20,
  minLength = 2,
  initialFilters,
}: UseProcedureSearchOptions) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ProcedureFilters>({ ...NO_FILTERS, ...initialFilters });
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [results, setResults] = useState<ProcedureSummary[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | undefined>(undefined);

  const term = query.trim();
  const filtered = filters.fieldCode !== '' || filters.level !== '' || filters.onlineLevel !== '';
  const searchable = term.length >= minLength || (term.length === 0 && filtered);

  useEffect(() => {
    void attempt;
    controller.current?.abort();
    if (!searchable || !client) {
      setStatus('idle');
      setResults([]);
      setHasMore(false);
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setStatus('loading');
    const timer = setTimeout(async () => {
      try {
        const iterator = client.procedures.search(
          {
            ...(term ? { q: term } : {}),
            ...(filters.fieldCode ? { fieldCode: filters.fieldCode } : {}),
            ...(filters.level ? { level: filters.level } : {}),
            ...(filters.onlineLevel ? { onlineLevel: filters.onlineLevel } : {}),
            limit,
          },
          { signal: abort.signal },
        );
        // One page: a search box shows the best matches, not the whole catalogue.
        for await (const page of iterator.pages()) {
          if (abort.signal.aborted) return;
          setResults(page.items.slice(0, limit));
          setHasMore(page.nextCursor !== null || page.items.length > limit);
          setStatus('ready');
          break;
        }
      } catch {
        if (abort.signal.aborted) return;
        setResults([]);
        setHasMore(false);
        setStatus('error');
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [attempt, client, debounceMs, filters, limit, searchable, term]);

  const setFilter = useCallback(<K extends keyof ProcedureFilters>(key: K, value: ProcedureFilters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { query, setQuery, filters, setFilter, status, results, hasMore, retry, searchable, minLength };
}
