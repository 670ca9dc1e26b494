import { defineMessages } from '../define';

export const wizardCameras = defineMessages({
  sv: {},
  en: {},
});
