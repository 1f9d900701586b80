import { formatFrom, type MessageOverrides } from '../messages/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../messages/locale.js';
import type { Actor, TransitionAction } from './machine.js';
import { statusMessages } from './messages.js';

/**
 * Who acted, in the interface language, for processing histories.
 *
 * @example
 * actorLabel('deskOfficer')       // 'Cán bộ tiếp nhận'
 * actorLabel('deskOfficer', 'en') // 'Desk officer'
 */
export function actorLabel(
  actor: Actor,
  locale: Locale = DEFAULT_LOCALE,
  overrides?: MessageOverrides,
): string {
  return formatFrom(statusMessages, `actor.${actor}`, {}, locale, overrides);
}

/**
 * What was done, in the interface language, for buttons and processing histories.
 *
 * @example
 * transitionActionLabel('requestSupplement')       // 'Yêu cầu bổ sung hồ sơ'
 * transitionActionLabel('requestSupplement', 'en') // 'Request more documents'
 */
export function transitionActionLabel(
  action: TransitionAction,
  locale: Locale = DEFAULT_LOCALE,
  overrides?: MessageOverrides,
): string {
  return formatFrom(statusMessages, `transition.${action}`, {}, locale, overrides);
}
