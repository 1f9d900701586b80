export { defineMessages, interpolate, type LocalizedCatalogue, type MessageParams } from './catalogue';
export { DEFAULT_LOCALE, LOCALES, type Locale, resolveLocale } from './locale';
export { formatMessage, type MessageKey, type MessageOverrides, messages } from './messages';
export { type FieldIssue, type ValidateOptions, type ValidationResult, validate } from './validate';
export { createErrorMap, type IssueParams } from './zod-errors';
