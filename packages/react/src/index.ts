/**
 * `@motcua/react`: accessible widgets for Vietnam's public-service platform, Vietnamese first.
 * This file only re-exports (plus the zod CSP switch). Styles: `import '@motcua/react/styles.css'`.
 */
import './zod-config.js';

export { AdminUnitPicker, type AdminUnitPickerProps } from './admin-unit-picker/AdminUnitPicker.js';
export {
  LegacyAddressHelper,
  type LegacyAddressHelperProps,
} from './admin-unit-picker/LegacyAddressHelper.js';
export {
  type AdminUnitValue,
  type UseAdminUnitPickerOptions,
  useAdminUnitPicker,
} from './admin-unit-picker/useAdminUnitPicker.js';
export {
  type LegacyChoice,
  type LegacyLookup,
  resolveOldAddress,
  type UseLegacyAddressOptions,
  useLegacyAddress,
} from './admin-unit-picker/useLegacyAddress.js';
// Form building blocks
export { CitizenIdInput, type CitizenIdInputProps } from './citizen-id-input/CitizenIdInput.js';
export {
  type CitizenIdCheck,
  checkCitizenId,
  normalizeCitizenId,
  type UseCitizenIdInputOptions,
  useCitizenIdInput,
} from './citizen-id-input/useCitizenIdInput.js';
export { DateInput, type DateInputProps } from './date-input/DateInput.js';
export {
  checkDateParts,
  type DateIssue,
  type DatePart,
  type DateParts,
  datePartsFromValue,
  dateValueFromParts,
  type UseDateInputOptions,
  useDateInput,
} from './date-input/useDateInput.js';
export { DossierForm, type DossierFormProps } from './dossier-form/DossierForm.js';
export { draftKey } from './dossier-form/draft.js';
export type { DossierDetails } from './dossier-form/submission.js';
export {
  type DossierFormApi,
  type DossierFormStage,
  type PrefillState,
  type SubmissionState,
  type UseDossierFormOptions,
  useDossierForm,
} from './dossier-form/useDossierForm.js';
export { ErrorSummary, type ErrorSummaryProps } from './error-summary/ErrorSummary.js';
export {
  type ErrorSummaryItem,
  type UseErrorSummaryOptions,
  useErrorSummary,
} from './error-summary/useErrorSummary.js';
// Dossier follow-up and payment
export { FeeSummary, type FeeSummaryProps } from './fee-summary/FeeSummary.js';
export { PayButton, type PayButtonProps } from './fee-summary/PayButton.js';
export { type FeeLine, type FeeTotals, feeTotals, withPayment } from './fee-summary/useFeeSummary.js';
export {
  isSafeCheckoutUrl,
  type PayState,
  type UsePayButtonOptions,
  usePayButton,
} from './fee-summary/usePayButton.js';
export {
  type PaymentBackoff,
  type PaymentReturnState,
  paymentIdFromUrl,
  type UsePaymentReturnOptions,
  usePaymentReturn,
  type WaitForPaymentOptions,
  waitForPayment,
} from './fee-summary/usePaymentReturn.js';
export { FileUpload, type FileUploadProps } from './file-upload/FileUpload.js';
export { displayFileName } from './file-upload/file-name.js';
export {
  checkFile,
  refusalOf,
  type UploadEvent,
  type UploadedFile,
  type UploadItem,
  type UploadRejection,
  type UploadStatus,
  type UseFileUploadOptions,
  useFileUpload,
} from './file-upload/useFileUpload.js';
// Infrastructure
export { focusField } from './internal/focus.js';
export { ANNOUNCE_INTERVAL_MS, LiveRegion, useAnnouncer } from './internal/live-region.js';
export * from './messages/index.js';
export { ProcedureSearch, type ProcedureSearchProps } from './procedure-search/ProcedureSearch.js';
export {
  type ProcedureFilters,
  type UseProcedureSearchOptions,
  useProcedureSearch,
} from './procedure-search/useProcedureSearch.js';
export * from './provider/index.js';
export { groupHex } from './signature-prompt/fingerprint.js';
export { SignaturePrompt, type SignaturePromptProps } from './signature-prompt/SignaturePrompt.js';
export {
  type SignableDocument,
  type SignatureProviderId,
  type SignatureStage,
  type UseSignaturePromptOptions,
  useSignaturePrompt,
} from './signature-prompt/useSignaturePrompt.js';
export { StatusTracker, type StatusTrackerProps } from './status-tracker/StatusTracker.js';
export {
  applyEvent,
  type DossierProgress,
  describeProgress,
  type StatusTrackerState,
  type UseStatusTrackerOptions,
  useStatusTracker,
} from './status-tracker/useStatusTracker.js';
