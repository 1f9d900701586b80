import { defineMessages } from '../messages/catalogue';

/** Messages for domain-record rules (dates, fees, dossier fields). */
export const schemaMessages = defineMessages({
  vi: {},
  en: {},
});
