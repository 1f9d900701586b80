import type { MessageParams } from '../messages/catalogue.js';
import type { IdentifierMessageKey } from './messages.js';

/**
 * The first rule an identifier breaks: a catalogue key plus the values its message needs. Plain validators
 * and zod schemas both speak through this, so a rule is written once.
 */
export interface IdentifierIssue {
  readonly key: IdentifierMessageKey;
  readonly params?: MessageParams;
}
