// A short journey with the installed tarballs (ESM): @motcua/sandbox serves, @motcua/sdk files a birth registration
// (upload over tus, attach, submit), an officer accepts it, the citizen's watch sees it; validation and auth entries load.
import assert from 'node:assert/strict';
import * as checks from '@motcua/contract/checks';
import { sampleAnswers } from '@motcua/core/examples';
import { createClient, isApiError, isValidationError } from '@motcua/sdk';
import { startSignIn } from '@motcua/sdk/auth';
import { createValidation } from '@motcua/sdk/validation';

const APPLICANT = {
  kind: 'citizen',
  fullName: 'Nguyễn Văn An',
  citizenId: '001087123456',
  phone: '0912345678',
  address: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
};
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

// The journey needs the sandbox's tarball too (`check-packages.mjs sandbox sdk`, or all packages).
const { createSandbox } = await import('@motcua/sandbox').catch((error) => {
  if (!String(error?.message).includes("'@motcua/sandbox'")) throw error;
  console.log('esm  @motcua/sdk journey skipped: @motcua/sandbox is not installed');
  process.exit(0);
});
const sandbox = await createSandbox({ database: ':memory:', logger: false });
const server = await sandbox.listen({ port: 0 });
try {
  const token = async (persona) =>
    (await (await fetch(`${server.url}/sandbox/personas/${persona}/token`, { method: 'POST' })).json())
      .accessToken;
  // The citizen's client checks what it sends and receives with the contract's generated checks.
  const validation = createValidation(Object.values(checks));
  const citizen = createClient({ baseUrl: server.url, token: await token('citizen-an'), validation });
  const desk = createClient({ baseUrl: server.url, token: await token('officer-ba-dinh-desk') });

  const procedure = await citizen.procedures.get('1.001193');
  const draft = await citizen.dossiers.create({ procedureCode: procedure.code, applicant: APPLICANT });
  const file = await citizen.files.upload(PDF, { name: 'giay-chung-sinh.pdf', mediaType: 'application/pdf' });
  assert.equal(file.mediaType, 'application/pdf');
  await citizen.dossiers.attach(draft.id, { componentId: 'giay-chung-sinh', fileIds: [file.fileId] });
  const { code } = await citizen.dossiers.submit(draft.id, {
    formData: sampleAnswers(procedure.formSpec),
    declaration: true,
  });
  assert.match(code, /-\d{6}-\d{4}$/);
  await desk.officer.accept(code, { note: 'Đủ giấy tờ' });

  const seen = [];
  for await (const event of citizen.dossiers.watch(code)) {
    seen.push(event.type);
    if (event.type === 'dossier.accepted') break;
  }
  assert.deepEqual(seen, ['dossier.submitted', 'dossier.accepted']);

  const refused = await citizen.dossiers.submit(code).catch((error) => error);
  assert.ok(isApiError(refused) && refused.code === 'dossier.illegalTransition');
  const invalid = await citizen.dossiers
    .create({ procedureCode: 'x', applicant: APPLICANT })
    .catch((error) => error);
  assert.ok(isValidationError(invalid) && invalid.issues[0].path.join('.') === 'procedureCode');
  const { url } = await startSignIn({
    issuer: server.url,
    clientId: 'smoke',
    redirectUri: 'http://localhost/cb',
  });
  assert.equal(url.origin, server.url);
  console.log(`esm  @motcua/sdk filed ${code} against @motcua/sandbox, accepted, watched`);
} finally {
  await sandbox.close();
}
