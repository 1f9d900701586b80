import { defineMessages } from '../messages/catalogue';

/** Dossier status labels and lifecycle messages. */
export const statusMessages = defineMessages({
  vi: {},
  en: {},
});
