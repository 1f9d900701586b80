import type { Actor } from './actors.js';
import { type DossierStatusCode, isDossierStatusCode, DossierStatus as S } from './codes.js';

// Kept apart so the schemas (ActorSchema) do not pull the transition table into a bundle.
export { ACTORS, type Actor } from './actors.js';

/**
 * The stable verbs of the lifecycle, used in processing histories and as button identifiers.
 *
 * @example
 * TRANSITION_ACTIONS.includes('requestSupplement') // true
 */
export const TRANSITION_ACTIONS = [
  'submit',
  'accept',
  'refuse',
  'requestSupplement',
  'answerSupplement',
  'requestFees',
  'payFees',
  'assign',
  'finish',
  'returnResult',
  'withdraw',
  'stop',
] as const;

/** One of {@link TRANSITION_ACTIONS}. */
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** One legal move of a dossier from a status to another, and who may make it. */
export interface DossierTransition {
  readonly from: DossierStatusCode;
  readonly to: DossierStatusCode;
  readonly action: TransitionAction;
  readonly actors: readonly Actor[];
}

const row = (from: DossierStatusCode, to: DossierStatusCode, action: TransitionAction, ...actors: Actor[]) =>
  Object.freeze({ from, to, action, actors: Object.freeze(actors) }) satisfies DossierTransition;

/**
 * The dossier lifecycle as data: every legal move, nothing else. Statuses absent from `from` (refused, withdrawn,
 * stopped, result returned) are final. Transfers between agencies (liên thông) keep the status and are not here.
 *
 * @example
 * DOSSIER_TRANSITIONS.filter((t) => t.action === 'withdraw').length // 5
 */
export const DOSSIER_TRANSITIONS: readonly DossierTransition[] = Object.freeze([
  // The applicant files the online draft; from here on it exists for the national portal.
  row(S.Draft, S.Submitted, 'submit', 'applicant'),
  // The desk checks completeness: accept, refuse (wrong competence, ineligible), or ask for what is missing first.
  row(S.Submitted, S.Accepted, 'accept', 'deskOfficer'),
  row(S.Submitted, S.Refused, 'refuse', 'deskOfficer'),
  row(S.Submitted, S.SupplementRequested, 'requestSupplement', 'deskOfficer'),
  row(S.Submitted, S.Withdrawn, 'withdraw', 'applicant'),
  // The desk hands the dossier to the competent department, or routing rules do it automatically.
  row(S.Accepted, S.Processing, 'assign', 'deskOfficer', 'system'),
  // Procedures resolved on the spot (e.g. certified copies) skip processing altogether.
  row(S.Accepted, S.Processed, 'finish', 'deskOfficer'),
  row(S.Accepted, S.Withdrawn, 'withdraw', 'applicant'),
  // The specialist may need more documents, need fees or taxes paid, finish, or stop on legal grounds.
  row(S.Processing, S.SupplementRequested, 'requestSupplement', 'specialist'),
  row(S.Processing, S.FeesRequested, 'requestFees', 'specialist'),
  row(S.Processing, S.Processed, 'finish', 'specialist'),
  row(S.Processing, S.Stopped, 'stop', 'specialist'),
  row(S.Processing, S.Withdrawn, 'withdraw', 'applicant'),
  // Answering a supplement request returns the dossier to where the request found it: see statusAfterSupplement.
  row(S.SupplementRequested, S.Submitted, 'answerSupplement', 'applicant'),
  row(S.SupplementRequested, S.Processing, 'answerSupplement', 'applicant'),
  // An unanswered request ends the dossier: the system when the deadline passes, or whoever made the request.
  row(S.SupplementRequested, S.Stopped, 'stop', 'system', 'specialist', 'deskOfficer'),
  row(S.SupplementRequested, S.Withdrawn, 'withdraw', 'applicant'),
  // Payment is confirmed by the payment platform's callback, or by the desk when paid in cash.
  row(S.FeesRequested, S.Processing, 'payFees', 'system', 'deskOfficer'),
  // Unpaid obligations end the dossier: the system at the deadline, or the specialist.
  row(S.FeesRequested, S.Stopped, 'stop', 'system', 'specialist'),
  row(S.FeesRequested, S.Withdrawn, 'withdraw', 'applicant'),
  // Paper results are handed over at the desk; electronic results are delivered by the platform.
  row(S.Processed, S.ResultReturned, 'returnResult', 'deskOfficer', 'system'),
]);

const BY_PAIR = new Map(DOSSIER_TRANSITIONS.map((t) => [`${t.from}>${t.to}`, t]));

/**
 * The transition from one status to another, or `null` if the move is not legal (or either code is unknown).
 *
 * @example
 * transitionFor(4, 6)?.action // 'requestFees'
 */
export function transitionFor(from: number, to: number): DossierTransition | null {
  if (!isDossierStatusCode(from) || !isDossierStatusCode(to)) return null;
  return BY_PAIR.get(`${from}>${to}`) ?? null;
}

/**
 * Tells whether a dossier may move from one status to another. Unknown codes (NaN, -1, 11, 2.5) give `false`.
 *
 * @example
 * canTransition(1, 2) // true
 * canTransition(1, 9) // false
 */
export function canTransition(from: number, to: number): boolean {
  return transitionFor(from, to) !== null;
}

/**
 * Every legal move out of a status, in table order; empty for final statuses and unknown codes.
 *
 * @example
 * allowedTransitions(9).map((t) => t.to) // [10]
 */
export function allowedTransitions(from: number): readonly DossierTransition[] {
  return DOSSIER_TRANSITIONS.filter((t) => t.from === from);
}

/**
 * Tells whether this actor may make this move.
 *
 * @example
 * canActorTransition('applicant', 1, 7)   // true: withdraw
 * canActorTransition('applicant', 1, 2)   // false: only the desk accepts
 */
export function canActorTransition(actor: Actor, from: number, to: number): boolean {
  return transitionFor(from, to)?.actors.includes(actor) ?? false;
}

/**
 * Where a dossier goes once the applicant answers a supplement request (yêu cầu bổ sung). Status 5 alone cannot
 * tell: a request made by the desk before acceptance goes back to Submitted (1), one made during processing
 * back to Processing (4). The caller passes the status the dossier had just before the request, from its
 * processing history. `null` when no supplement can be requested from that status.
 *
 * @example
 * statusAfterSupplement(DossierStatus.Processing) // 4
 */
export function statusAfterSupplement(statusBeforeRequest: number): DossierStatusCode | null {
  const request = transitionFor(statusBeforeRequest, S.SupplementRequested);
  const answer = transitionFor(S.SupplementRequested, statusBeforeRequest);
  return request?.action === 'requestSupplement' && answer?.action === 'answerSupplement' ? answer.to : null;
}
