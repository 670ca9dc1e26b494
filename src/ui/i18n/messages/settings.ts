import { defineMessages } from '../define';

export const settings = defineMessages({
  sv: {},
  en: {},
});
