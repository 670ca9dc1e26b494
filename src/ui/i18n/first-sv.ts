// The Swedish half of home's message groups (load.ts); the list is the same in first-sv.ts and first-en.ts. The
// kinds' groups home speaks come from the kinds' list (src/assessments/home-messages-sv.ts).
import type { MessageGroup, Messages } from '../../engine/messages';
import { homeKindGroups } from '../../assessments/home-messages-sv';

const shellGroups = import.meta.glob<Record<string, MessageGroup<Messages>>>(
  ['./messages/home.ts', './messages/settings.ts', './messages/session.ts', './messages/organisationPrompt.ts', './messages/dateField.ts'],
  { eager: true, query: '?lang=sv' },
);

export const groups = [...Object.values(shellGroups), ...homeKindGroups];
