'use client';

import type { AdministrativeUnit } from '@motcua/core';
import { useCallback, useRef, useState } from 'react';
import {
  type LegacyModule,
  loadUnits as loadCurrentUnits,
  loadLegacyUnits,
  type UnitsModule,
} from './load-units.js';

type LegacyResolution = NonNullable<ReturnType<LegacyModule['resolveLegacyUnit']>>;
type LegacyMapping = LegacyResolution['matches'][number];

/** One way an old unit maps to a current one: what the citizen chooses between. */
export interface LegacyChoice {
  /** Current unit code (unique among choices). */
  code: string;
  unit: AdministrativeUnit;
  /** The current province the unit lies in (the unit itself for a province). */
  province: AdministrativeUnit | undefined;
  merge: 'full' | 'partial';
  /** The old unit it comes from, and that unit's old province. */
  old: LegacyMapping['old'];
  oldProvince: LegacyMapping['oldProvince'];
  /** How many current units the old one was split into. */
  splitInto: number;
}

export interface LegacyLookup {
  status: 'idle' | 'loading' | 'found' | 'none' | 'error';
  /** The old units that matched (more than one when the name is shared). */
  matches: readonly LegacyMapping[];
  choices: readonly LegacyChoice[];
  /** More choices existed than are listed: ask for the old province. */
  truncated: boolean;
}

/** At most this many choices are listed; beyond that the citizen is asked to add the old province. */
export const MAX_LEGACY_CHOICES = 12;

/**
 * Reads an old address as typed ("Phường Cống Vị, Quận Ba Đình, Hà Nội"): the first part names the old unit, the
 * last (when there are several) its old province. Districts in between are ignored: they no longer exist and the
 * mapping is by commune. Falls back to the name alone when the province hint rules everything out.
 *
 * @example
 * resolveOldAddress(legacy, 'Phường Cống Vị, Hà Nội')?.matches[0]?.targets.length // 2 (split)
 */
export function resolveOldAddress(legacy: LegacyModule, text: string): LegacyResolution | null {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const [name, ...rest] = parts;
  if (!name) return null;
  const province = rest.length > 0 ? rest[rest.length - 1] : undefined;
  return (province ? legacy.resolveLegacyUnit(name, { province }) : null) ?? legacy.resolveLegacyUnit(name);
}

function choicesOf(
  units: UnitsModule,
  resolution: LegacyResolution,
): { choices: LegacyChoice[]; truncated: boolean } {
  const choices: LegacyChoice[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const match of resolution.matches) {
    for (const target of match.targets) {
      if (seen.has(target.unit.code)) continue;
      seen.add(target.unit.code);
      total++;
      if (choices.length >= MAX_LEGACY_CHOICES) continue;
      choices.push({
        code: target.unit.code,
        unit: target.unit,
        province: units.findUnit(target.unit.provinceCode ?? target.unit.code),
        merge: target.merge,
        old: match.old,
        oldProvince: match.oldProvince,
        splitInto: match.targets.length,
      });
    }
  }
  return { choices, truncated: total > choices.length };
}

export interface UseLegacyAddressOptions {
  /** Replaces the loader (tests, stories). */
  loadLegacy?: () => Promise<LegacyModule>;
  loadUnits?: () => Promise<UnitsModule>;
}

/**
 * The old-address helper's state: the text typed, and the current unit(s) it resolves to with core's
 * `resolveLegacyUnit` (full or partial mergers, several matches for shared names). The legacy mapping is
 * imported only on the first lookup.
 *
 * @example
 * const helper = useLegacyAddress();
 * await helper.lookup('Phường Cống Vị, Hà Nội'); helper.result.choices.map((c) => c.unit.fullName)
 */
export function useLegacyAddress({
  loadLegacy = loadLegacyUnits,
  loadUnits = loadCurrentUnits,
}: UseLegacyAddressOptions = {}) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<LegacyLookup>({
    status: 'idle',
    matches: [],
    choices: [],
    truncated: false,
  });
  const latest = useRef(0);

  const lookup = useCallback(
    async (query: string = text) => {
      const ticket = ++latest.current;
      if (query.trim() === '') {
        setResult({ status: 'idle', matches: [], choices: [], truncated: false });
        return;
      }
      setResult((current) => ({ ...current, status: 'loading' }));
      try {
        const [legacy, units] = await Promise.all([loadLegacy(), loadUnits()]);
        if (ticket !== latest.current) return;
        const resolution = resolveOldAddress(legacy, query);
        if (!resolution) {
          setResult({ status: 'none', matches: [], choices: [], truncated: false });
          return;
        }
        const { choices, truncated } = choicesOf(units, resolution);
        setResult({ status: 'found', matches: resolution.matches, choices, truncated });
      } catch {
        if (ticket === latest.current)
          setResult({ status: 'error', matches: [], choices: [], truncated: false });
      }
    },
    [loadLegacy, loadUnits, text],
  );

  return { text, setText, lookup, result };
}
