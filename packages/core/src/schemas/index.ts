/**
 * The domain's records and inputs as zod (mini) schemas: the one definition every package derives from.
 * Records (what the platform returns) are open objects; inputs (what clients send) refuse unknown fields.
 * Helpers that need no zod (calendar, money formatting, media types) are exported from their own zod-free
 * modules, so a bundle using only them does not carry zod.
 */
export * from './address.js';
export * from './administrative-unit.js';
export * from './agency.js';
export * from './applicant.js';
export * from './calendar.js';
export * from './citizen.js';
export { IdSchema, MediaRangeSchema, MediaTypeSchema, openEnum } from './common.js';
export * from './dates.js';
export * from './dossier.js';
export * from './fee.js';
export * from './feedback.js';
export * from './file.js';
export * from './format-vnd.js';
export * from './media-type.js';
export * from './money.js';
export * from './payment.js';
export * from './procedure.js';
export { ruleCheck } from './rule.js';
export * from './rules.js';
export * from './signature.js';
