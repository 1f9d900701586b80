/**
 * E-forms (biểu mẫu điện tử): specs as JSON described by a zod schema, their compiler into submission
 * validators, and the visibility rules widgets render by.
 */

export { formSpecRule } from './check.js';
export {
  type AddressAnswer,
  type CompileOptions,
  compileFormSpec,
  compileTrustedFormSpec,
  type FormAnswers,
  type FormAnswerValue,
  FormSpecError,
  isFormSpecError,
} from './compile.js';
export * from './spec.js';
export { isFieldVisible, type VisibleField, visibleFields } from './visibility.js';
