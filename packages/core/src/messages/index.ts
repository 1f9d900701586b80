// Each domain's own catalogue, for widgets that need only those words (a status label should not pull every message).
export { formSpecMessages } from '../form-spec/messages.js';
export { identifierMessages } from '../identifiers/messages.js';
export { schemaMessages } from '../schemas/messages.js';
export { statusMessages } from '../status/messages.js';
export {
  defineMessages,
  formatFrom,
  interpolate,
  type LocalizedCatalogue,
  type MessageParams,
} from './catalogue.js';
export { DEFAULT_LOCALE, LOCALES, type Locale, resolveLocale } from './locale.js';
export { formatMessage, type MessageKey, type MessageOverrides, messages } from './messages.js';
export {
  describeIssuesFrom,
  type FieldIssue,
  type RaisedIssue,
  type ValidateOptions,
  type ValidationResult,
  validate,
  validateFrom,
} from './validate.js';
export { validationMessages } from './validation.js';
export { createErrorMap, createErrorMapFrom, type IssueParams } from './zod-errors.js';
