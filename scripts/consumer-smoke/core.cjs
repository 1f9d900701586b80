// The same questions through require(): the CJS build must behave like the ESM one.
const assert = require('node:assert/strict');
const { canTransition, isTaxCode } = require('@motcua/core');
const { findUnit } = require('@motcua/core/units');

assert.equal(isTaxCode('0100233480'), false);
assert.equal(canTransition(10, 1), false);
assert.equal(findUnit('79')?.fullName, 'Thành phố Hồ Chí Minh');
console.log('cjs  @motcua/core behaves');
