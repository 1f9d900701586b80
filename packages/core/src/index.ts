/**
 * `@motcua/core`: the domain of Vietnam's public-service platform, with no I/O.
 * Administrative-unit data lives behind `@motcua/core/units` so this entry stays small.
 */
export * from './identifiers/index';
export * from './messages/index';
export * from './schemas/administrative-unit';
export * from './status/index';
export { compareVietnamese, foldText, normalizeText } from './text';
