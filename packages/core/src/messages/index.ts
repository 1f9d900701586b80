export { defineMessages, interpolate, type LocalizedCatalogue, type MessageParams } from './catalogue.js';
export { DEFAULT_LOCALE, LOCALES, type Locale, resolveLocale } from './locale.js';
export { formatMessage, type MessageKey, type MessageOverrides, messages } from './messages.js';
export { type FieldIssue, type ValidateOptions, type ValidationResult, validate } from './validate.js';
export { createErrorMap, type IssueParams } from './zod-errors.js';
