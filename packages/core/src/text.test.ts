import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldText, normalizeText } from './text.js';

describe('text', () => {
  it('folds case, diacritics and đ', () => {
    for (const v of ['Hà Nội', 'HÀ NỘI', 'ha noi', 'Ha\u0300 No\u0323\u0302i'])
      expect(foldText(v)).toBe('ha noi');
    expect(foldText('Đắk Lắk')).toBe('dak lak');
  });
  it('normalises NFD input to NFC and collapses whitespace', () => {
    expect(normalizeText('  Ha\u0300   Nội ')).toBe('Hà Nội');
  });
  it('sorts in Vietnamese order', () => {
    expect(['Đà Nẵng', 'Dương', 'An Giang', 'Ăn'].sort(compareVietnamese)).toEqual([
      'An Giang',
      'Ăn',
      'Dương',
      'Đà Nẵng',
    ]);
  });
});
