// Server rendering from the installed tarball: importing @motcua/react touches no browser global, and every widget
// renders to HTML on the server in Vietnamese, without an inline style (a strict Content-Security-Policy holds).
import assert from 'node:assert/strict';
import { birthRegistrationSpec } from '@motcua/core/examples';
import {
  AdminUnitPicker,
  CitizenIdInput,
  DateInput,
  DossierForm,
  ErrorSummary,
  FeeSummary,
  FileUpload,
  MotcuaProvider,
  PayButton,
  ProcedureSearch,
  SignaturePrompt,
  StatusTracker,
} from '@motcua/react';
import { createClient } from '@motcua/sdk';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

assert.equal(typeof globalThis.window, 'undefined');
assert.equal(typeof globalThis.document, 'undefined');

const cases = [
  [h(ErrorSummary, { errors: [{ fieldId: 'full-name', message: 'Nhập họ và tên' }] }), 'Nhập họ và tên'],
  [h(DateInput, { id: 'birth-date', label: 'Ngày sinh' }), 'Ngày sinh'],
  [h(CitizenIdInput, { id: 'citizen-id' }), 'Số định danh'],
  [h(FileUpload, { id: 'certificate', label: 'Giấy chứng sinh' }), 'Giấy chứng sinh'],
  [h(StatusTracker, { dossierCode: '000.00.01.H26-261124-0001' }), 'motcua-status-tracker'],
  [h(FeeSummary, { fees: undefined }), 'motcua-fee-summary'],
  [h(PayButton, { dossierCode: '000.00.01.H26-261124-0001', amount: 24000 }), 'Thanh toán'],
  [h(ProcedureSearch, {}), 'thủ tục'],
  [h(AdminUnitPicker, { id: 'birth-place', label: 'Nơi sinh' }), 'Nơi sinh'],
  [
    h(SignaturePrompt, {
      document: { name: 'to-khai.pdf', sha256: 'ab'.repeat(32) },
      signer: { citizenId: '001087123456', name: 'Nguyễn Văn An' },
    }),
    'Ký số',
  ],
  [
    h(DossierForm, {
      spec: birthRegistrationSpec,
      procedureCode: '1.001193',
      dossier: { applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456' } },
      autosave: false,
      prefill: false,
    }),
    'Tờ khai đăng ký khai sinh',
  ],
];

// Rendering calls nothing: requests start in effects, which never run on the server.
const client = createClient({ baseUrl: 'http://127.0.0.1:9' });
for (const [element, expected] of cases) {
  const name = element.type.name;
  const html = renderToString(h(MotcuaProvider, { client, locale: 'vi', theme: 'light' }, element));
  assert.ok(html.includes(expected), `${name}: server HTML lacks "${expected}"`);
  assert.ok(!/\sstyle="/.test(html), `${name}: inline style in server HTML`);
}
console.log(`ssr  @motcua/react renders ${cases.length} widgets on the server`);
