import { describe, expect, it } from 'vitest';
import { validate } from '../messages/validate.js';
import { procedure } from './fixtures.js';
import {
  Channel,
  ChannelSchema,
  DocumentComponentSchema,
  ProcedureSchema,
  ProcedureSummarySchema,
} from './procedure.js';

describe('ProcedureSchema', () => {
  it('names channels by their portal codes', () => {
    expect(Channel).toEqual({ inPerson: 1, online: 2, postal: 3 });
    expect(validate(ChannelSchema, 4, { locale: 'en' })).toEqual({
      ok: false,
      issues: [{ path: [], code: 'validation.option', message: 'Choose one of the allowed values' }],
    });
  });

  it('binds e-form attachments to components the procedure has', () => {
    const withoutComponent = { ...procedure, documentComponents: procedure.documentComponents.slice(0, 1) };
    expect(validate(ProcedureSchema, withoutComponent, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['formSpec', 'fields', 5, 'componentId'],
          code: 'procedure.unknownComponent',
          message:
            'Biểu mẫu gắn với thành phần hồ sơ "giay-chung-sinh" nhưng thủ tục không có thành phần này',
        },
      ],
    });
  });

  it('refuses duplicate component ids and channels', () => {
    const duplicated = {
      ...procedure,
      documentComponents: [...procedure.documentComponents, procedure.documentComponents[0]],
      channels: [...procedure.channels, procedure.channels[0]],
    };
    expect(validate(ProcedureSchema, duplicated, { locale: 'en' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['documentComponents', 2, 'id'],
          code: 'procedure.duplicateComponent',
          message: 'The document component id "to-khai" appears more than once',
        },
        {
          path: ['channels', 2, 'channel'],
          code: 'procedure.duplicateChannel',
          message: 'Channel 1 is already listed',
        },
      ],
    });
  });

  it('reports a malformed embedded e-form at its path', () => {
    const broken = {
      ...procedure,
      formSpec: { ...procedure.formSpec, fields: [{ type: 'text', name: '1st', label: { vi: 'X' } }] },
    };
    expect(validate(ProcedureSchema, broken, { locale: 'en' })).toMatchObject({
      ok: false,
      issues: [{ path: ['formSpec', 'fields', 0, 'name'], code: 'formSpec.fieldName' }],
    });
  });

  it('checks codes and counts', () => {
    const result = validate(
      ProcedureSchema,
      { ...procedure, code: '1.00119', onlineLevel: 'toàn trình' },
      { locale: 'vi' },
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['code'],
          code: 'procedureCode.format',
          message: 'Mã thủ tục hành chính phải có dạng 1.005129 hoặc 2.000815.000.00.00.H55',
        },
        {
          path: ['onlineLevel'],
          code: 'validation.option',
          message: 'Giá trị không nằm trong danh sách cho phép',
        },
      ],
    });
    expect(
      validate(DocumentComponentSchema, { ...procedure.documentComponents[0], copies: -1 }, { locale: 'en' }),
    ).toMatchObject({ issues: [{ path: ['copies'], message: 'Must be 0 or more' }] });
  });
});

describe('ProcedureSummarySchema', () => {
  it('is the list-view subset', () => {
    const result = validate(ProcedureSummarySchema, procedure);
    expect(result).toEqual({
      ok: true,
      value: {
        code: '1.001193',
        name: 'Thủ tục đăng ký khai sinh',
        implementingLevel: 'commune',
        field: { code: 'G09-TP05', name: 'Hộ tịch' },
        onlineLevel: 'full',
      },
    });
  });
});
