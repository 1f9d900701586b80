import { type ClientOptions, normalizeOptions } from './options.js';
import { agenciesResource, proceduresResource, unitsResource } from './resources/catalogue.js';
import { dossiersResource } from './resources/dossiers.js';
import { filesResource } from './resources/files.js';
import { officerResource } from './resources/officer.js';
import {
  citizenDataResource,
  feedbackResource,
  paymentsResource,
  webhooksResource,
} from './resources/services.js';
import { signaturesResource } from './resources/signatures.js';
import { Transport } from './transport.js';

/**
 * Creates a client of the public-service platform (or of `motcua-sandbox`).
 *
 * @example
 * import { createClient } from '@motcua/sdk';
 *
 * const client = createClient({ baseUrl: 'http://localhost:8080', token: () => session.accessToken });
 * const draft = await client.dossiers.create({ procedureCode: '1.001193', applicant, summary: 'Đăng ký khai sinh' });
 * const submitted = await client.dossiers.submit(draft.id, { declaration: true });
 */
export function createClient(options: ClientOptions) {
  const transport = new Transport(normalizeOptions(options));
  return {
    procedures: proceduresResource(transport),
    agencies: agenciesResource(transport),
    units: unitsResource(transport),
    dossiers: dossiersResource(transport),
    officer: officerResource(transport),
    files: filesResource(transport),
    payments: paymentsResource(transport),
    signatures: signaturesResource(transport),
    citizenData: citizenDataResource(transport),
    feedback: feedbackResource(transport),
    webhooks: webhooksResource(transport),
    /** Calls any endpoint by id, for what the resources do not cover yet. @example client.request('auth.me') */
    request: transport.invoke.bind(transport),
  };
}

/** The client returned by {@link createClient}. */
export type MotcuaClient = ReturnType<typeof createClient>;
