import { formSpecMessages } from '../form-spec/messages.js';
import { identifierMessages } from '../identifiers/messages.js';
import { schemaMessages } from '../schemas/messages.js';
import { statusMessages } from '../status/messages.js';
import { formatFrom, type MessageOverrides, type MessageParams } from './catalogue.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import { validationMessages } from './validation.js';

/** Every message of the domain, by locale. Widgets and the sandbox speak from this one catalogue. */
export const messages = {
  vi: {
    ...validationMessages.vi,
    ...identifierMessages.vi,
    ...statusMessages.vi,
    ...schemaMessages.vi,
    ...formSpecMessages.vi,
  },
  en: {
    ...validationMessages.en,
    ...identifierMessages.en,
    ...statusMessages.en,
    ...schemaMessages.en,
    ...formSpecMessages.en,
  },
} as const;

/** A key of the message catalogue, e.g. `'citizenId.length'`. */
export type MessageKey = keyof (typeof messages)['vi'];

export type { MessageOverrides } from './catalogue.js';

/**
 * Formats one catalogue message in the given locale (Vietnamese by default).
 * Unknown keys come back as the key itself, so a missing translation is visible, never blank.
 *
 * @example
 * formatMessage('validation.string.tooShort', { minimum: 3 }, 'en') // 'Must be at least 3 characters'
 */
export function formatMessage(
  key: MessageKey | (string & {}),
  params?: MessageParams,
  locale: Locale = DEFAULT_LOCALE,
  overrides?: MessageOverrides,
): string {
  return formatFrom(messages, key, params, locale, overrides);
}
