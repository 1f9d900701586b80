import type { Locale } from '@motcua/core';
import { adminUnitPickerMessages } from './admin-unit-picker.js';
import { citizenIdInputMessages } from './citizen-id-input.js';
import { commonMessages } from './common.js';
import { dateInputMessages } from './date-input.js';
import { dossierFormMessages } from './dossier-form.js';
import { errorSummaryMessages } from './error-summary.js';
import { feeSummaryMessages } from './fee-summary.js';
import { fileUploadMessages } from './file-upload.js';
import { procedureSearchMessages } from './procedure-search.js';
import { signaturePromptMessages } from './signature-prompt.js';
import { statusTrackerMessages } from './status-tracker.js';

const catalogues = [
  commonMessages,
  errorSummaryMessages,
  dateInputMessages,
  citizenIdInputMessages,
  fileUploadMessages,
  statusTrackerMessages,
  feeSummaryMessages,
  dossierFormMessages,
  signaturePromptMessages,
  procedureSearchMessages,
  adminUnitPickerMessages,
];

/**
 * Every widget string in one object per locale: the reference a locality copies to write its overrides.
 * (Widgets themselves import only their own catalogue.)
 *
 * @example
 * widgetMessages().en['errorSummary.title'] // 'There is a problem'
 */
export function widgetMessages(): Record<Locale, Record<string, string>> {
  const merged: Record<Locale, Record<string, string>> = { vi: {}, en: {} };
  for (const catalogue of catalogues) {
    Object.assign(merged.vi, catalogue.vi);
    Object.assign(merged.en, catalogue.en);
  }
  return merged;
}
