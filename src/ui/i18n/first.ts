// The message groups the home page needs (with `common`, which ships in the first chunk), in one language:
// loaded beside storage at startup, the other language on a switch. Every other group arrives with the first
// page that needs it (all.ts, see App.tsx). `?lang=` keeps one half of each group (vite.config.ts, oneLanguage).
import type { Lang } from '../../engine/kind';
import { registerMessages } from './catalogue';
import type { MessageGroup, Messages } from '../../engine/messages';

type GroupModule = Record<string, MessageGroup<Messages>>;
// Home's dashboard sections, review notice and card lines speak the annual review's words (lifecycle).
const groups: Record<Lang, () => Promise<GroupModule[]>> = {
  sv: () => import('./first-sv').then((m) => m.groups),
  en: () => import('./first-en').then((m) => m.groups),
};

const loaded = new Map<Lang, Promise<void>>();

/** Home's messages in this language, fetched once; a failed fetch is tried again on the next call. */
export function loadFirstMessages(lang: Lang): Promise<void> {
  let load = loaded.get(lang);
  if (!load) {
    load = groups[lang]().then((modules) => registerMessages(modules.flatMap((m) => Object.values(m))));
    load.catch(() => loaded.delete(lang));
    loaded.set(lang, load);
  }
  return load;
}
