/**
 * The widgets' strings, Vietnamese first. One catalogue per widget (so a page using one widget ships only its
 * strings); core's catalogue supplies status labels and validation messages. Override any key through
 * `<MotcuaProvider messages={{ vi: { 'errorSummary.title': '…' } }}>`.
 */

export { adminUnitPickerMessages } from './admin-unit-picker.js';
export { widgetMessages } from './all.js';
export { citizenIdInputMessages } from './citizen-id-input.js';
export { commonMessages } from './common.js';
export { dateInputMessages } from './date-input.js';
export { dossierFormMessages } from './dossier-form.js';
export { errorSummaryMessages } from './error-summary.js';
export { feeSummaryMessages } from './fee-summary.js';
export { fileUploadMessages } from './file-upload.js';
export { procedureSearchMessages } from './procedure-search.js';
export { signaturePromptMessages } from './signature-prompt.js';
export { statusTrackerMessages } from './status-tracker.js';
export { type CatalogueKey, type Translate, translate, type WidgetCatalogue } from './translate.js';
