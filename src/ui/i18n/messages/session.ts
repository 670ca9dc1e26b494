import { defineMessages } from '../define';

export const session = defineMessages({
  sv: {},
  en: {},
});
