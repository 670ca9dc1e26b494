// The English half of the kinds' message groups home's catalogue carries (src/ui/i18n/first-en.ts): the assessments
// store's kind speaks on home's cards, reviews and later decisions. Like home-list.ts, the shell imports this list,
// never a kind; the list is the same in home-messages-sv.ts and home-messages-en.ts.
import type { MessageGroup, Messages } from '../engine/messages';

export const homeKindGroups = Object.values(
  import.meta.glob<Record<string, MessageGroup<Messages>>>(['./camera/messages/lifecycle.ts'], { eager: true, query: '?lang=en' }),
);
