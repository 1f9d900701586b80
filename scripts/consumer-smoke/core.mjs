// Behaviour, not just loading: the installed tarball of @motcua/core answers domain questions (ESM).
import assert from 'node:assert/strict';
import { canTransition, isTaxCode, parseCitizenId } from '@motcua/core';
import { searchUnits } from '@motcua/core/units';
import { resolveLegacyUnit } from '@motcua/core/units/legacy';

assert.equal(isTaxCode('0100233488'), true);
assert.deepEqual(parseCitizenId('001087123456'), { provinceCode: '001', gender: 'male', birthYear: 1987 });
assert.equal(canTransition(1, 2), true);
assert.equal(searchUnits('ha noi')[0]?.code, '01');
assert.ok(resolveLegacyUnit('Bình Thuận'));
console.log('esm  @motcua/core behaves');
