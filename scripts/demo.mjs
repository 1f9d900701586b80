// The main job until the sandbox and portal exist: a tour of @motcua/core, from its built output.
import {
  CitizenIdSchema,
  canTransition,
  dossierStatusLabel,
  formatDossierCode,
  isTaxCode,
  parseCitizenId,
  validate,
} from '@motcua/core';
import { communesOf, provinces, searchUnits } from '@motcua/core/units';
import { resolveLegacyUnit } from '@motcua/core/units/legacy';

const line = (label, value) =>
  console.log(`${label.padEnd(38)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);

console.log('motcua — @motcua/core\n');
line('parseCitizenId("001087123456")', parseCitizenId('001087123456'));
line('isTaxCode("0100233488")', String(isTaxCode('0100233488')));
line('isTaxCode("0100233480")', String(isTaxCode('0100233480')));
const bad = validate(CitizenIdSchema, '00108712345');
line('validate(CitizenIdSchema, 11 digits)', bad.ok ? 'ok' : bad.issues[0].message);
line(
  'formatDossierCode(...)',
  formatDossierCode({ agencyCode: '000.00.14.H56', date: '2025-07-01', sequence: 118 }),
);
line('canTransition(1 → 2)', `${canTransition(1, 2)} (${dossierStatusLabel(1)} → ${dossierStatusLabel(2)})`);
line('canTransition(10 → 1)', String(canTransition(10, 1)));
line(
  'provinces',
  `${provinces.length}, communes: ${provinces.reduce((n, p) => n + communesOf(p.code).length, 0)}`,
);
line(
  'searchUnits("thu duc")',
  searchUnits('thu duc', { limit: 3 })
    .map((u) => `${u.code} ${u.fullName}`)
    .join('; '),
);
const legacy = resolveLegacyUnit('Bình Thuận');
line('resolveLegacyUnit("Bình Thuận")', JSON.stringify(legacy).slice(0, 160));
