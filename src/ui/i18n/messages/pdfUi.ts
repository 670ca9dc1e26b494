import { defineMessages } from '../define';

export const pdfUi = defineMessages({
  sv: {},
  en: {},
});
