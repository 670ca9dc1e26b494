// The message catalogue. Types know every group, the shell's and (through the kinds' list) each kind's, so a key
// missing in either language is a type error; at run time only `common` ships in the first chunk and the rest
// arrives one language at a time, with the page that speaks it (load.ts), because the two languages of every
// screen are most of the initial size budget.
import type { Lang } from '../../engine/kind';
import type { Catalogue, KeysOf, MessageGroup, Messages } from '../../engine/messages';
import type { KindMessageKey } from '../../assessments/messages';
import { common } from './messages/common';
import type { wizard } from './messages/wizard';
import type { wizardReview } from './messages/wizardReview';
import type { home } from './messages/home';
import type { settings } from './messages/settings';
import type { session } from './messages/session';
import type { pdfUi } from './messages/pdfUi';
import type { verify } from './messages/verify';
import type { kindsMessages } from './messages/kinds';
import type { organisation } from './messages/organisation';
import type { organisationPrompt } from './messages/organisationPrompt';
import type { dateField } from './messages/dateField';

type Group =
  | typeof common
  | typeof wizard
  | typeof wizardReview
  | typeof home
  | typeof settings
  | typeof session
  | typeof pdfUi
  | typeof verify
  | typeof kindsMessages
  | typeof organisation
  | typeof organisationPrompt
  | typeof dateField;
/** The shell's keys and those the kinds declare (src/assessments/messages.ts, the one list that knows every kind). */
export type MessageKey = KeysOf<Group> | KindMessageKey;

const registry: Record<Lang, Record<string, string>> = { sv: { ...common.sv }, en: { ...common.en } };

/** Adds message groups at run time; a translator reads the registry on every call, so a re-render picks them up. */
export function registerMessages(groups: readonly MessageGroup<Messages>[]): void {
  for (const g of groups) {
    Object.assign(registry.sv, g.sv);
    Object.assign(registry.en, g.en);
  }
}

/** Adds one language's catalogue at run time (load.ts). */
export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  Object.assign(registry[lang], catalogue);
}

/** The text for a key, or the key itself while its group has not arrived (visible, never a crash). */
export function lookup(lang: Lang, key: MessageKey): string {
  return registry[lang][key] ?? key;
}
