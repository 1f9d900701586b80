import type { AdministrativeUnit } from '@motcua/core';

/**
 * The unit data (34 provinces, 3,321 communes: ~80 KB) and the legacy mapping (~290 KB) live behind their own
 * entry points and are fetched only here, by dynamic `import()`, when a picker or the old-address helper is
 * actually shown. Nothing else in this package may import them statically: a page without a picker must not
 * download them (a test greps the sources for that).
 */
export type UnitsModule = typeof import('@motcua/core/units');
export type LegacyModule = typeof import('@motcua/core/units/legacy');

let units: Promise<UnitsModule> | undefined;
let legacy: Promise<LegacyModule> | undefined;

/** Loads `@motcua/core/units` once; a failed load is forgotten so the next call tries again. */
export function loadUnits(): Promise<UnitsModule> {
  units ??= import('@motcua/core/units').catch((error: unknown) => {
    units = undefined;
    throw error;
  });
  return units;
}

/** Loads `@motcua/core/units/legacy` once (it brings the current units with it). */
export function loadLegacyUnits(): Promise<LegacyModule> {
  legacy ??= import('@motcua/core/units/legacy').catch((error: unknown) => {
    legacy = undefined;
    throw error;
  });
  return legacy;
}

/** A unit's full name in the interface language ('' for none). */
export function unitName(unit: AdministrativeUnit | undefined, locale: string): string {
  if (!unit) return '';
  return locale === 'en' ? unit.fullNameEn : unit.fullName;
}
