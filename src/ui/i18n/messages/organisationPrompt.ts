// The first-run prompt's words: shown on home, so they ship with home's messages (first-sv.ts, first-en.ts), not with the form.
import { defineMessages } from '../../../engine/messages';

export const organisationPrompt = defineMessages({
  sv: {
    'org.prompt.title': 'Ställ in din organisation',
    'org.prompt.body': 'Ingen organisation är inställd. Tills du gör det använder bedömningarna exempelpolicyn (Stockholms stads anvisningar): du ser den och kan ändra den när du ställer in organisationen.',
    'org.prompt.link': 'Ställ in din organisation',
  },
  en: {
    'org.prompt.title': 'Set up your organisation',
    'org.prompt.body': 'No organisation is set up. Until you do, assessments use the example policy (the City of Stockholm’s instructions): you see it and can change it when you set up your organisation.',
    'org.prompt.link': 'Set up your organisation',
  },
});
