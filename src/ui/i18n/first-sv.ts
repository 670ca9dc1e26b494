// The Swedish half of home's message groups (load.ts); the list is the same in first-sv.ts and first-en.ts.
import type { MessageGroup, Messages } from '../../engine/messages';

export const groups = Object.values(
  import.meta.glob<Record<string, MessageGroup<Messages>>>(
    ['./messages/home.ts', './messages/settings.ts', './messages/session.ts', './messages/organisationPrompt.ts', './messages/dateField.ts', '../../assessments/camera/messages/lifecycle.ts'],
    { eager: true, query: '?lang=sv' },
  ),
);
