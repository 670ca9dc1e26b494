// The digital-service kind's words, one language at a time, for the shell and the kind's contract: the loaders
// only, so the shell's first chunk carries neither the words nor how they are put together (words.ts).
import type { Lang } from '../../../engine/kind';
import type { Catalogue } from '../../../engine/messages';

const words = () => import('./words');

export const serviceMessages: Readonly<Record<Lang, () => Promise<Catalogue>>> = {
  sv: () => words().then((m) => m.loadServiceWords('sv')),
  en: () => words().then((m) => m.loadServiceWords('en')),
};
