import { defineMessages } from '../define';

export const wizardReview = defineMessages({
  sv: {},
  en: {},
});
