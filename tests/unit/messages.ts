// Every message group in both languages, for tests that read or check the whole catalogue; the app loads one
// language at a time, page by page (src/ui/i18n/load.ts).
import type { MessageGroup, Messages } from '../../src/engine/messages';
import { registerMessages } from '../../src/ui/i18n/catalogue';
import { common } from '../../src/ui/i18n/messages/common';
import { wizard } from '../../src/ui/i18n/messages/wizard';
import { wizardReview } from '../../src/ui/i18n/messages/wizardReview';
import { home } from '../../src/ui/i18n/messages/home';
import { settings } from '../../src/ui/i18n/messages/settings';
import { session } from '../../src/ui/i18n/messages/session';
import { pdfUi } from '../../src/ui/i18n/messages/pdfUi';
import { verify } from '../../src/ui/i18n/messages/verify';
import { kindsMessages } from '../../src/ui/i18n/messages/kinds';
import { organisation } from '../../src/ui/i18n/messages/organisation';
import { organisationPrompt } from '../../src/ui/i18n/messages/organisationPrompt';
import { dateField } from '../../src/ui/i18n/messages/dateField';
import { lifecycleMessages } from '../../src/assessments/camera/messages/lifecycle';

/** The shell's own groups, and the camera's lifecycle group, which home's catalogue carries (first-sv.ts). */
export const allGroups: readonly MessageGroup<Messages>[] = [
  common, wizard, wizardReview, home, settings, session, pdfUi, verify, kindsMessages, organisation, organisationPrompt, dateField, lifecycleMessages,
];

/**
 * Each kind's catalogue as one group of its two languages. The registry is imported here, when called, not with
 * this module: the setup file imports it before a test file's mocks of the domain apply.
 */
export async function kindGroups(): Promise<MessageGroup<Messages>[]> {
  const { kinds } = await import('../../src/assessments/registry');
  return Promise.all(kinds.kinds.map(async (k) => ({ sv: { ...(await k.messages.sv()) }, en: { ...(await k.messages.en()) } })));
}

/** The whole catalogue in both languages, as the app has it once every page was opened in each. */
export async function registerAll(): Promise<void> {
  registerMessages(allGroups);
  registerMessages(await kindGroups());
}
