import { CitizenIdSchema, DossierCodeSchema, IdSchema, StoredFileSchema, validate } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { CITIZEN_IDS, citizenById } from '../seed-data/index.js';
import { citizenDocumentContent, minimalPdf, seedCitizenDocuments } from './documents.js';
import {
  applicantCitizenId,
  fitToField,
  type PrefillField,
  populationClaim,
  prefillFields,
  profileClaim,
} from './prefill.js';

const prefill = { source: 'population', claim: 'birthDate', editable: false } as const;
const label = { vi: 'x' };

describe('fitToField', () => {
  it('shapes places for address and text fields', () => {
    const place = {
      text: 'Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
      provinceCode: '01',
      communeCode: '00004',
      street: 'Số 12 phố Đội Cấn',
    };
    const address = { type: 'address', name: 'a', label, prefill } as PrefillField;
    const text = { type: 'text', name: 't', label, prefill } as PrefillField;
    expect(fitToField(address, place)).toEqual({
      provinceCode: '01',
      communeCode: '00004',
      street: 'Số 12 phố Đội Cấn',
    });
    expect(fitToField(text, place)).toBe(place.text);
    // Old birth places abroad or without a current code can fill a text field, not an address.
    expect(fitToField(address, { text: 'Tỉnh Bến Tre' })).toBeUndefined();
  });

  it('takes full dates only, and only offered options', () => {
    const date = { type: 'date', name: 'd', label, prefill } as PrefillField;
    expect(fitToField(date, '1987-03-15')).toBe('1987-03-15');
    expect(fitToField(date, '1943')).toBeUndefined();
    const radio = {
      type: 'radio',
      name: 'g',
      label,
      prefill,
      options: [{ value: 'male', label: { vi: 'Nam' } }],
    } as PrefillField;
    expect(fitToField(radio, 'male')).toBe('male');
    expect(fitToField(radio, 'female')).toBeUndefined();
    expect(fitToField(radio, undefined)).toBeUndefined();
  });
});

describe('claims', () => {
  it('reads the registry and the e-ID profile', () => {
    const an = citizenById(CITIZEN_IDS.an);
    if (!an) throw new Error('seed');
    expect(populationClaim(an, 'hometown')).toMatchObject({ provinceCode: '01' });
    expect(
      profileClaim(
        { name: 'A', citizenId: '001087123456', addresses: { current: { text: 'x' } } },
        'currentAddress',
      ),
    ).toEqual({ text: 'x' });
    const business = {
      name: 'Công ty',
      representative: { citizenId: CITIZEN_IDS.tuan, name: 'Hoàng Minh Tuấn' },
    };
    expect(profileClaim(business, 'fullName')).toBe('Hoàng Minh Tuấn');
    expect(applicantCitizenId(business)).toBe(CITIZEN_IDS.tuan);
    expect(profileClaim(business, 'birthPlace')).toBeUndefined();
  });

  it('walks sections and skips repeatable groups', () => {
    const fields = prefillFields([
      {
        type: 'section',
        name: 's',
        title: label,
        fields: [{ type: 'text', name: 'inSection', label, prefill }],
      },
      { type: 'group', name: 'g', label, fields: [{ type: 'text', name: 'inGroup', label, prefill }] },
      { type: 'text', name: 'plain', label },
    ]);
    expect(fields.map((field) => field.name)).toEqual(['inSection']);
  });
});

describe('seeded data-store documents', () => {
  it('are valid, unique and deterministic', () => {
    const ids = seedCitizenDocuments.map((document) => document.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(seedCitizenDocuments.map((document) => document.file.fileId)).size).toBe(ids.length);
    for (const document of seedCitizenDocuments) {
      expect(validate(IdSchema, document.id).ok).toBe(true);
      expect(validate(StoredFileSchema, document.file).ok, document.file.name).toBe(true);
      expect(validate(CitizenIdSchema, document.citizenId).ok).toBe(true);
      if (document.fromDossierCode)
        expect(validate(DossierCodeSchema, document.fromDossierCode).ok).toBe(true);
    }
    expect(citizenDocumentContent(seedCitizenDocuments[0]?.file.fileId ?? '')?.byteLength).toBe(
      seedCitizenDocuments[0]?.file.size,
    );
    expect(citizenDocumentContent('file-unknown')).toBeUndefined();
  });

  it('carry minimal, well-formed PDFs', () => {
    const pdf = minimalPdf(['Giấy khai sinh (bản sao)', 'Nguyễn Văn An']).toString('latin1');
    expect(pdf).toMatch(/^%PDF-1\.4\n/);
    expect(pdf).toContain('(Giay khai sinh \\(ban sao\\)) Tj');
    expect(pdf).toMatch(/%%EOF\n$/);
    const xref = Number(/startxref\n(\d+)\n/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    for (const [index, offset] of offsets.entries()) {
      expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
    }
  });
});
