/**
 * Dossier status codes and the lifecycle between them. The codes and the transition table are plain data;
 * zod schemas live in `./schemas` only.
 */
export {
  DOSSIER_STATUS_CODES,
  DossierStatus,
  type DossierStatusCode,
  dossierStatusLabel,
  isDossierStatusCode,
  isFinalStatus,
  isOfficialStatusCode,
} from './codes.js';
export { actorLabel, transitionActionLabel } from './labels.js';
export {
  ACTORS,
  type Actor,
  allowedTransitions,
  canActorTransition,
  canTransition,
  DOSSIER_TRANSITIONS,
  type DossierTransition,
  statusAfterSupplement,
  TRANSITION_ACTIONS,
  type TransitionAction,
  transitionFor,
} from './machine.js';
export { ActorSchema, DossierStatusCodeSchema } from './schemas.js';
