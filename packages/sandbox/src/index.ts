/**
 * `@motcua/sandbox`: a local, stateful emulator of Vietnam's national public-service platform, with a real
 * database (SQLite embedded, or PostgreSQL), serving the same contract as the platform.
 */
export {
  createSandbox,
  type ListenOptions,
  type Sandbox,
  type SandboxOptions,
  type SandboxServer,
} from './app.js';
export type {
  AgencyKeyPrincipal,
  AuthenticatedPrincipal,
  CitizenPrincipal,
  OfficerPrincipal,
} from './auth/principal.js';
export { addWorkingDays, countWorkingDays, isWorkingDay, localDate, receiptDay } from './calendar/index.js';
export * as controlEndpoints from './control/endpoints.js';
export type { MigrationContext, SandboxMigration } from './db/migrations.js';
export { type DatabaseHandle, openDatabase } from './db/open.js';
export type { Dialect } from './db/portable.js';
export type { Database } from './db/schema.js';
export type { EventBus, NewEvent, SandboxEvent } from './events/outbox.js';
export { FAULT_HEADER, FAULT_ONCE_HEADER, FAULT_STATUSES } from './http/faults.js';
export {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_TTL_MS,
  IDEMPOTENT_REPLAYED_HEADER,
} from './http/idempotency.js';
export { decodeCursor, encodeCursor, pageRequest, toPage } from './http/pagination.js';
export { isProblemError, ProblemError, type ProblemOptions } from './http/problem.js';
export { REQUEST_ID_HEADER } from './http/request-id.js';
export {
  type Handler,
  type HandlerContext,
  type HandlerResult,
  type PrincipalOf,
  type RouteDefinition,
  reply,
  route,
} from './http/route.js';
export { jsonLogger, type LogEntry, type Logger, type LogLevel } from './log/logger.js';
export { redact, redactText } from './log/redact.js';
export type { SandboxModule } from './module.js';
export {
  DEMO_AGENCY_API_KEY,
  DEMO_AGENCY_CODE,
  PERSONAS,
  type PersonaSeed,
  type SeedContext,
  type Seeder,
} from './seed/index.js';
