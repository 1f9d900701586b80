/**
 * `@motcua/core`: the domain of Vietnam's public-service platform, with no I/O.
 * Administrative-unit data lives behind `@motcua/core/units` so this entry stays small.
 */
export * from './messages/index';
export { compareVietnamese, foldText, normalizeText } from './text';
