// Every message group but `common`: the shell's own groups, and each kind's catalogue, which the shell gets
// through the kind (its `messages`), never by importing a kind's files. Loaded as one chunk with the first page
// past home (App.tsx), and by the tests.
import type { MessageGroup, Messages } from '../../engine/messages';
import { registerMessages } from './catalogue';
import { common } from './messages/common';
import { wizard } from './messages/wizard';
import { wizardReview } from './messages/wizardReview';
import { home } from './messages/home';
import { settings } from './messages/settings';
import { session } from './messages/session';
import { pdfUi } from './messages/pdfUi';
import { verify } from './messages/verify';
import { kindsMessages } from './messages/kinds';
import { organisation } from './messages/organisation';
import { organisationPrompt } from './messages/organisationPrompt';
import { dateField } from './messages/dateField';

/** The shell's own groups. */
export const allGroups: readonly MessageGroup<Messages>[] = [common, wizard, wizardReview, home, settings, session, pdfUi, verify, kindsMessages, organisation, organisationPrompt, dateField];

/**
 * Each kind's catalogue as one group, in both languages: a language switch must find the other at once. The
 * registry (every kind's code) loads here, on first use, not with this module.
 */
export async function kindGroups(): Promise<MessageGroup<Messages>[]> {
  const { kinds } = await import('../../assessments/registry');
  return Promise.all(kinds.kinds.map(async (k) => ({ sv: await k.messages.sv(), en: await k.messages.en() })));
}

export function registerShellMessages(): void {
  registerMessages(allGroups);
}

export async function registerAll(): Promise<void> {
  registerShellMessages();
  registerMessages(await kindGroups());
}
