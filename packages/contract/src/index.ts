/**
 * `@motcua/contract`: every endpoint of the platform as data. The sandbox serves these, the SDK calls
 * them, and `@motcua/contract/openapi.json` is generated from them. `@motcua/contract/routes` is the same
 * list without schemas, for run-time use in browsers.
 */
export {
  type AlternativeResponse,
  type BodyOf,
  buildPath,
  type EndpointSpec,
  endpoint,
  type HeadersOf,
  type HttpMethod,
  type ParamsOf,
  type Principal,
  pathParamNames,
  type QueryOf,
  type RequestKind,
  type ResponseHeadersOf,
  type ResponseKind,
  type ResponseOf,
  type Schema,
  type SuccessStatus,
} from './endpoint.js';
export {
  type AnyEndpoint,
  agencies,
  allEndpoints,
  auth,
  citizenData,
  dossiers,
  type EndpointById,
  type EndpointId,
  feedback,
  files,
  officer,
  payments,
  procedures,
  resources,
  sandbox,
  signatures,
  units,
  webhooks,
} from './endpoints/index.js';
export {
  DOSSIER_EVENT_TYPES,
  type DossierEvent,
  DossierEventSchema,
  type DossierEventType,
  DossierEventTypeSchema,
  EVENT_STREAM_HEARTBEAT_SECONDS,
  EventStreamHeadersSchema,
  EventStreamQuerySchema,
} from './events.js';
export {
  buildOpenApiDocument,
  DEFAULT_SANDBOX_URL,
  type OpenApiDocument,
  type OpenApiOptions,
} from './openapi.js';
export { PAGE_LIMIT, type Page, PageQuerySchema, pageOf } from './pagination.js';
export {
  AUTH_PROBLEMS,
  COMMON_PROBLEMS,
  type FieldProblem,
  FieldProblemSchema,
  IDEMPOTENCY_PROBLEMS,
  PROBLEMS,
  type Problem,
  type ProblemCode,
  ProblemSchema,
  problemsOf,
  problemType,
} from './problems.js';
export { isPlatformEndpoint, type RouteInfo, renderRoutesModule, routeTableOf } from './routes.js';
export { NAMED_SCHEMAS, type SchemaMeta } from './schema-names.js';
export {
  WEBHOOK_DEFAULT_TOLERANCE_SECONDS,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_SIGNATURE_SCHEME,
} from './webhooks.js';
export {
  AcknowledgementSchema,
  type BinaryBody,
  BinaryBodySchema,
  DossierRefSchema,
  pagedQuery,
  queryInt,
  StatusQuerySchema,
} from './wire.js';
