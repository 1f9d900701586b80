/**
 * `@motcua/contract/checks`: each platform endpoint's schemas as plain checks, generated from the zod schemas
 * of `@motcua/contract` at build time, so a browser bundle can check what it sends and receives without
 * carrying zod. They answer exactly as the schemas do (a test holds them to it); `@motcua/sdk/validation`
 * turns their issues into localised `ValidationError`s.
 *
 * @example
 * import { dossiersCreate, dossiersEvents, dossiersSubmit } from '@motcua/contract/checks';
 * import { createValidation } from '@motcua/sdk/validation';
 *
 * const validation = createValidation([dossiersCreate, dossiersSubmit, dossiersEvents]);
 */

export type { Check, EndpointChecks, Path, RawIssue } from './checks/runtime.js';
export * from './checks.generated.js';
