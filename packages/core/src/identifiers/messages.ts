import { defineMessages } from '../messages/catalogue';

/** Messages for identifier rules (citizen ID, tax code, phone, dossier/agency/procedure codes). */
export const identifierMessages = defineMessages({
  vi: {},
  en: {},
});
