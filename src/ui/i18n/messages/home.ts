import { defineMessages } from '../define';

export const home = defineMessages({
  sv: {},
  en: {},
});
