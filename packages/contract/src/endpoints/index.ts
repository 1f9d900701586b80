/**
 * Every endpoint of the platform, one namespace per resource. `allEndpoints` lists them in a stable order
 * (by resource, then as declared), which the route table and the OpenAPI document follow.
 */
import type { EndpointSpec } from '../endpoint.js';
import * as agencies from './agencies.js';
import * as auth from './auth.js';
import * as citizenData from './citizen-data.js';
import * as dossiers from './dossiers.js';
import * as feedback from './feedback.js';
import * as files from './files.js';
import * as officer from './officer.js';
import * as payments from './payments.js';
import * as procedures from './procedures.js';
import * as sandbox from './sandbox.js';
import * as signatures from './signatures.js';
import * as units from './units.js';
import * as webhooks from './webhooks.js';

export {
  agencies,
  auth,
  citizenData,
  dossiers,
  feedback,
  files,
  officer,
  payments,
  procedures,
  sandbox,
  signatures,
  units,
  webhooks,
};

/** The resource namespaces, in the order the OpenAPI document lists them. */
export const resources = {
  auth,
  procedures,
  agencies,
  units,
  dossiers,
  officer,
  files,
  payments,
  signatures,
  citizenData,
  feedback,
  webhooks,
  sandbox,
} as const;

function isEndpoint(value: unknown): value is EndpointSpec {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EndpointSpec).id === 'string' &&
    typeof (value as EndpointSpec).method === 'string' &&
    typeof (value as EndpointSpec).path === 'string' &&
    Array.isArray((value as EndpointSpec).errors)
  );
}

/** Every endpoint, each once. (Pure: a bundle that never reads it keeps only the endpoints it imports.) */
export const allEndpoints: readonly EndpointSpec[] = /* @__PURE__ */ collectEndpoints(resources);

function collectEndpoints(namespaces: typeof resources): readonly EndpointSpec[] {
  return Object.freeze(
    Object.values(namespaces).flatMap((resource) => Object.values(resource).filter(isEndpoint)),
  );
}

type EndpointsOf<Resource> = Extract<Resource[keyof Resource], EndpointSpec>;

/** The union of every endpoint's exact type. */
export type AnyEndpoint = {
  [K in keyof typeof resources]: EndpointsOf<(typeof resources)[K]>;
}[keyof typeof resources];

/** Every endpoint id, e.g. `'dossiers.submit'`. */
export type EndpointId = AnyEndpoint['id'];

/**
 * The exact type of one endpoint, by id.
 *
 * @example
 * type Submit = EndpointById<'dossiers.submit'>; // typeof dossiers.submit
 */
export type EndpointById<Id extends EndpointId> = Extract<AnyEndpoint, { id: Id }>;
