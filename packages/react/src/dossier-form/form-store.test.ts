import { compileFormSpec, type FormSpec, validate } from '@motcua/core';
import { describe, expect, it, vi } from 'vitest';
import { birthSpec } from './fixtures.js';
import { FormStore } from './form-store.js';
import { dateAnswer, dateProblem, moneyAnswer, numberAnswer, pagesOf } from './spec-model.js';

describe('FormStore', () => {
  it('starts from defaults and notifies only the key that changed', () => {
    const store = new FormStore(birthSpec);
    expect(store.get('childEthnicity')).toBe('kinh');
    const name = vi.fn();
    const other = vi.fn();
    store.subscribe('childFullName', name);
    store.subscribe('motherFullName', other);
    store.set('childFullName', 'N');
    store.set('childFullName', 'Ng');
    expect(name).toHaveBeenCalledTimes(2);
    expect(other).not.toHaveBeenCalled();
  });

  it('counts uploads in flight per field, each settling once, and saves none of them', () => {
    const store = new FormStore(birthSpec);
    const first = store.trackUpload('childFullName');
    const second = store.trackUpload('childFullName');
    first();
    first();
    expect(store.isUploading('childFullName')).toBe(true);
    second();
    expect(store.isUploading('childFullName')).toBe(false);
    expect(JSON.stringify(store.snapshot())).not.toContain('uploading');
  });

  it('recomputes visibility only through fields a condition reads', () => {
    const store = new FormStore(birthSpec);
    const visibility = vi.fn();
    store.subscribeVisibility(visibility);
    expect(store.isVisible('lateReason')).toBe(false);
    store.set('childFullName', 'An');
    expect(visibility).not.toHaveBeenCalled();
    store.set('registrationType', 'late');
    expect(store.isVisible('lateReason')).toBe(true);
    expect(visibility).toHaveBeenCalledTimes(1);
    store.set('fatherUnknown', true);
    expect(store.isVisible('fatherFullName')).toBe(false);
  });

  it('keeps group items stable by id and maps validator paths back to keys', () => {
    const store = new FormStore(birthSpec);
    const a = store.addItem('witnesses') as string;
    const b = store.addItem('witnesses') as string;
    store.set(`witnesses.${a}.fullName`, 'Lê Văn Cường');
    store.set(`witnesses.${b}.fullName`, 'Phạm Thị Dung');
    store.removeItem('witnesses', a);
    expect(store.items('witnesses')).toEqual([b]);
    expect(store.get(`witnesses.${b}.fullName`)).toBe('Phạm Thị Dung');
    expect(store.keyOfPath(['witnesses', 0, 'citizenId'])).toEqual({
      key: `witnesses.${b}.citizenId`,
      rest: [],
    });
    expect(store.keyOfPath(['childBirthPlace', 'communeCode'])).toEqual({
      key: 'childBirthPlace',
      rest: ['communeCode'],
    });
    expect(store.isVisible(`witnesses.${b}.citizenId`)).toBe(true);
  });

  it('refuses items beyond maxItems', () => {
    const store = new FormStore(birthSpec);
    for (let i = 0; i < 5; i++) store.addItem('witnesses');
    expect(store.items('witnesses')).toHaveLength(3);
  });

  it('builds answers the shared validator accepts, and round-trips a snapshot', () => {
    const store = new FormStore(birthSpec);
    store.set('registrationType', 'onTime');
    store.set('childFullName', 'Nguyễn An Nhiên');
    store.set('childBirthDate', { day: '20', month: '6', year: '2025' });
    store.set('childGender', 'female');
    store.set('childBirthPlace', { provinceCode: '01', communeCode: '00004', street: '' });
    store.set('motherFullName', 'Trần Thị Bình');
    store.set('motherCitizenId', '001190123456');
    store.set('fatherUnknown', true);
    store.set('fatherFullName', 'typed before hiding');
    store.set('birthCertificate', [
      { fileId: 'file_1', name: 'a.pdf', mediaType: 'application/pdf', size: 10, status: 'done' },
    ]);
    store.set('applicantPhone', '0912345678');
    store.set('declaration', true);
    const result = validate(compileFormSpec(birthSpec), store.answers());
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) {
      expect(result.value.childBirthDate).toBe('2025-06-20');
      expect(result.value).not.toHaveProperty('fatherFullName');
    }
    // Hidden, not cleared: what was typed is still there if the citizen changes their mind.
    expect(store.get('fatherFullName')).toBe('typed before hiding');
    const copy = new FormStore(birthSpec, JSON.parse(JSON.stringify(store.snapshot())));
    expect(copy.answers()).toEqual(store.answers());
  });
});

describe('answer conversion', () => {
  it('reads dates, numbers and amounts as people type them', () => {
    expect(dateAnswer({ day: '5', month: '7', year: '2025' })).toBe('2025-07-05');
    expect(dateAnswer({ day: '', month: '', year: '' })).toBeUndefined();
    expect(dateProblem({ day: '5', month: '', year: '2025' })).toBe('incomplete');
    expect(dateProblem({ day: '5', month: '7', year: '25' })).toBe('year');
    expect(dateProblem({ day: 'a', month: '7', year: '2025' })).toBe('format');
    expect(numberAnswer('1,5')).toBe(1.5);
    expect(numberAnswer('12a')).toBe('12a');
    expect(moneyAnswer('1.500.000')).toBe(1_500_000);
    expect(moneyAnswer('1 500 000')).toBe(1_500_000);
  });

  it('makes top-level sections pages and gathers loose fields into their own', () => {
    const pages = pagesOf(birthSpec);
    expect(pages.map((page) => page.id)).toEqual(['registration', 'child', 'mother', 'father', '#4']);
    const flat: FormSpec = {
      id: 'flat',
      version: 1,
      title: { vi: 'Phẳng' },
      fields: [{ type: 'text', name: 'a', label: { vi: 'A' } }],
    };
    expect(pagesOf(flat)).toHaveLength(1);
  });
});
