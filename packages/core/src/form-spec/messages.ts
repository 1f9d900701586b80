import { defineMessages } from '../messages/catalogue';

/** Messages for form-spec fields and spec errors. */
export const formSpecMessages = defineMessages({
  vi: {},
  en: {},
});
