// The message groups the home page needs (with `common`, which ships in the first chunk). Loaded beside
// storage at startup; every other group arrives with the first page that needs it (all.ts, see App.tsx).
import { registerMessages } from './catalogue';
import { home } from './messages/home';
import { settings } from './messages/settings';
import { session } from './messages/session';
import { organisationPrompt } from './messages/organisationPrompt';
// Home's dashboard sections, review notice and card lines speak the annual review's words.
import { lifecycleMessages } from '../../assessments/camera/messages/lifecycle';

export function registerFirst(): void {
  registerMessages([home, settings, session, lifecycleMessages, organisationPrompt]);
}
