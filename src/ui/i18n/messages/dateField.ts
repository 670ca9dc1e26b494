// The date box's words (src/ui/fields/DateInput.tsx): shown in the wizard and in home's lifecycle dialogs,
// so they ship with home's messages (first-sv.ts, first-en.ts).
import { defineMessages } from '../../../engine/messages';

export const dateField = defineMessages({
  sv: {
    'date.hint': 'Till exempel 4/12 2026, 4 dec 2026 eller 2026-12-04.',
    'date.error': 'Datumet går inte att läsa eller finns inte. Skriv till exempel 4/12 2026 eller 2026-12-04.',
    'date.understood': 'Tolkat som {date}',
  },
  en: {
    'date.hint': 'For example 4/12 2026, 4 Dec 2026 or 2026-12-04 (day first).',
    'date.error': 'The date cannot be read or does not exist. Write for example 4/12 2026 or 2026-12-04.',
    'date.understood': 'Read as {date}',
  },
});
