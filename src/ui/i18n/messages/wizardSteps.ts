import { defineMessages } from '../define';

export const wizardSteps = defineMessages({
  sv: {},
  en: {},
});
