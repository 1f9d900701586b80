/**
 * `@motcua/core`: the domain of Vietnam's public-service platform, with no I/O.
 * Administrative-unit data lives behind `@motcua/core/units` so this entry stays small.
 */

export * from './form-spec/index.js';
export * from './identifiers/index.js';
export * from './messages/index.js';
export * from './schemas/index.js';
export * from './status/index.js';
export { compareVietnamese, foldText, normalizeText } from './text.js';
