'use client';

import type { AdministrativeUnit } from '@motcua/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadUnits, type UnitsModule } from './load-units.js';

/** A picked unit pair: codes only, as an address answer holds them. Blank strings mean "not chosen". */
export interface AdminUnitValue {
  provinceCode: string;
  communeCode: string;
}

export type UnitsStatus = 'loading' | 'ready' | 'error';

/**
 * Loads a lazily imported module when the component using it mounts, with a retry after a failure.
 *
 * @example
 * const { status, module, retry } = useLazyModule(loadUnits);
 */
export function useLazyModule<M>(load: () => Promise<M>) {
  const [state, setState] = useState<{ status: UnitsStatus; module?: M; attempt: number }>({
    status: 'loading',
    attempt: 0,
  });
  useEffect(() => {
    let live = true;
    void state.attempt;
    load().then(
      (module) => {
        if (live) setState((current) => ({ ...current, status: 'ready', module }));
      },
      () => {
        if (live) setState((current) => ({ ...current, status: 'error' }));
      },
    );
    return () => {
      live = false;
    };
  }, [load, state.attempt]);
  const retry = useCallback(
    () => setState((current) => ({ status: 'loading', attempt: current.attempt + 1 })),
    [],
  );
  return { status: state.status, module: state.module, retry };
}

export interface UseAdminUnitPickerOptions {
  value?: AdminUnitValue;
  defaultValue?: AdminUnitValue;
  onChange?: (
    value: AdminUnitValue,
    units: { province?: AdministrativeUnit; commune?: AdministrativeUnit },
  ) => void;
  /** Replaces the loader (stories of the loading and error states, tests). */
  loadUnits?: () => Promise<UnitsModule>;
}

const EMPTY_VALUE: AdminUnitValue = { provinceCode: '', communeCode: '' };

/**
 * The state of a province → commune picker for the two-tier model: the unit data (loaded on first use), the
 * chosen codes, the communes of the chosen province and a diacritic-insensitive filter over them (core's
 * `searchUnits`: "ba dinh" finds "Phường Ba Đình").
 *
 * @example
 * const picker = useAdminUnitPicker({ defaultValue: { provinceCode: '01', communeCode: '' } });
 * picker.setProvince('79'); picker.setFilter('thu duc'); picker.communes[0]?.fullName
 */
export function useAdminUnitPicker({
  value,
  defaultValue,
  onChange,
  loadUnits: load = loadUnits,
}: UseAdminUnitPickerOptions = {}) {
  const { status, module, retry } = useLazyModule(load);
  const [own, setOwn] = useState<AdminUnitValue>(defaultValue ?? EMPTY_VALUE);
  const current = value ?? own;
  const [filter, setFilter] = useState('');

  const provinces = module?.provinces ?? [];
  const allCommunes = useMemo(
    () => (module && current.provinceCode ? module.communesOf(current.provinceCode) : []),
    [module, current.provinceCode],
  );
  const communes = useMemo(() => {
    if (!module || filter.trim() === '' || !current.provinceCode) return allCommunes;
    const found = module.searchUnits(filter, {
      provinceCode: current.provinceCode,
      level: 'commune',
      limit: allCommunes.length || 1,
    });
    // Keep the chosen commune listed, so the select never silently shows another one.
    const chosen = allCommunes.find((commune) => commune.code === current.communeCode);
    return chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  }, [allCommunes, current.communeCode, current.provinceCode, filter, module]);

  const emit = useCallback(
    (next: AdminUnitValue) => {
      setOwn(next);
      const province = module?.findUnit(next.provinceCode);
      const commune = next.communeCode ? module?.findUnit(next.communeCode) : undefined;
      onChange?.(next, { province, commune });
    },
    [module, onChange],
  );

  const setProvince = useCallback(
    (provinceCode: string) => {
      if (provinceCode === current.provinceCode) return;
      setFilter('');
      // A commune of another province cannot stay chosen.
      emit({ provinceCode, communeCode: '' });
    },
    [current.provinceCode, emit],
  );
  const setCommune = useCallback(
    (communeCode: string) => emit({ provinceCode: current.provinceCode, communeCode }),
    [current.provinceCode, emit],
  );
  /** Picks a current unit found another way (the old-address helper). */
  const pick = useCallback(
    (unit: AdministrativeUnit) => {
      setFilter('');
      emit(
        unit.level === 'province'
          ? { provinceCode: unit.code, communeCode: '' }
          : { provinceCode: unit.provinceCode ?? '', communeCode: unit.code },
      );
    },
    [emit],
  );

  return {
    status,
    retry,
    value: current,
    provinces,
    communes,
    communeCount: allCommunes.length,
    filter,
    setFilter,
    setProvince,
    setCommune,
    pick,
  };
}
