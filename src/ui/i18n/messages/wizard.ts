import { defineMessages } from '../define';

export const wizard = defineMessages({
  sv: {},
  en: {},
});
