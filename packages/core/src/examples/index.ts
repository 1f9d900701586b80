/**
 * `@motcua/core/examples`: worked examples of the domain's data, for documentation, demos and tests. Nothing in
 * the main entry depends on them.
 */
export {
  BIRTH_REGISTRATION_PROCEDURE,
  birthRegistrationAnswers,
  birthRegistrationSpec,
} from './birth-registration.js';
export { sampleAnswers } from './sample-answers.js';
