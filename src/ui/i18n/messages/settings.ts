import { defineMessages } from '../define';

export const settings = defineMessages({
  sv: {
    'settings.wiped.title': 'Dina sparade bedömningar finns inte längre på den här datorn',
    'settings.wiped.body': 'Webbläsaren har raderat appens data. Om du har en säkerhetskopia kan du läsa in den igen.',
    'settings.wiped.restore': 'Återställ från säkerhetskopia',
  },
  en: {
    'settings.wiped.title': 'Your saved assessments are no longer on this computer',
    'settings.wiped.body': 'The browser has deleted the app’s data. If you have a backup you can import it again.',
    'settings.wiped.restore': 'Restore from a backup',
  },
});
