import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findUnit } from '../src/units/index';
import { DEFAULT_DATA_DIR, LEGACY_OUTPUT, UNITS_OUTPUT } from './generate-units';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = resolve(process.env.MOTCUA_UNITS_DATA ?? DEFAULT_DATA_DIR);
const HAS_DATA =
  existsSync(join(DATA_DIR, 'dvhcvn-20250701')) &&
  existsSync(join(DATA_DIR, 'thanglequoc-vietnamese-provinces-database'));

if (!HAS_DATA) {
  console.warn(
    `generate-units.test: source data folder ${DATA_DIR} is absent, so the generated unit data cannot be checked ` +
      'against a fresh run. Set MOTCUA_UNITS_DATA to the folder holding dvhcvn-20250701/ and ' +
      'thanglequoc-vietnamese-provinces-database/ to run these tests.',
  );
}

describe.skipIf(!HAS_DATA)(`generate-units (data: ${DATA_DIR})`, () => {
  const out = mkdtempSync(join(tmpdir(), 'motcua-units-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  // A whole generator run in a child process: seconds on a busy machine, beyond the default 5 s.
  it('regenerates the committed data byte for byte', { timeout: 60_000 }, () => {
    mkdirSync(join(out, dirname(LEGACY_OUTPUT)), { recursive: true });
    const run = spawnSync(
      process.execPath,
      [join(PACKAGE_ROOT, 'scripts/generate-units.ts'), '--data', DATA_DIR, '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const file of [UNITS_OUTPUT, LEGACY_OUTPUT]) {
      const fresh = readFileSync(join(out, file));
      const committed = readFileSync(join(PACKAGE_ROOT, file));
      // Not toEqual on buffers: a 300 KB diff is unreadable. Regenerate with `pnpm generate:units`.
      expect(committed.equals(fresh), `${file} differs from a fresh run: run pnpm generate:units`).toBe(true);
    }
  });

  it('ships every unit of the thanglequoc source as it is there', () => {
    const folder = join(DATA_DIR, 'thanglequoc-vietnamese-provinces-database');
    const file = readdirSync(folder)
      .filter((name) => name.startsWith('full_json_generated_data_vn_units_'))
      .sort()
      .at(-1) as string;
    interface Source {
      Code: string;
      Name: string;
      FullName: string;
      FullNameEn: string;
      Wards?: Source[];
    }
    const source = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Source[];
    const units = source.flatMap((province) => [province, ...(province.Wards ?? [])]);
    expect(units).toHaveLength(34 + 3321);
    for (const expected of units) {
      const unit = findUnit(expected.Code);
      expect(unit, expected.Code).toBeDefined();
      expect(unit?.name).toBe(expected.Name);
      expect(unit?.fullNameEn).toBe(expected.FullNameEn);
      // One normalisation: '06325 xã Bắc Sơn' → 'Xã Bắc Sơn'.
      expect(unit?.fullName.toLowerCase()).toBe(expected.FullName.toLowerCase());
      // One code decision: thanglequoc's 06978 is shipped as 06970 (findUnit follows the alias).
      expect(unit?.code).toBe(expected.Code === '06978' ? '06970' : expected.Code);
    }
  });
});
