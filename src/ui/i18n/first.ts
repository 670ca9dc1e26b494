// The message groups the home page needs (with `common`, which ships in the first chunk). Loaded beside
// storage at startup; every other group arrives with the first page that needs it (all.ts, see App.tsx).
import { registerMessages } from './catalogue';
import { home } from './messages/home';
import { settings } from './messages/settings';
import { session } from './messages/session';

export function registerFirst(): void {
  registerMessages([home, settings, session]);
}
