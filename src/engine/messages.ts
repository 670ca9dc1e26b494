// A message group: Swedish first, English typed against it, so a key missing in either language is a type error.
import type { Lang } from './kind';

export type Messages = Record<string, string>;

export interface MessageGroup<S extends Messages> {
  sv: S;
  en: { [K in keyof S]: string };
}

export function defineMessages<const S extends Messages>(group: MessageGroup<S>): MessageGroup<S> {
  return group;
}

/**
 * The keys of message groups, as a type (spread over a union, so each group's keys count): how a kind declares
 * the keys its pages ask the shell's translator for, so the shell types them without naming the kind.
 */
export type KeysOf<G extends MessageGroup<Messages>> = G extends unknown ? Extract<keyof G['sv'], string> : never;

/** A catalogue: one language's messages, loaded on its own. */
export type Catalogue = Readonly<Messages>;

/**
 * A module of message groups imported with `?lang=sv` (or en): each group keeps only that half in a build
 * (vite.config.ts, oneLanguage), so the other language's words are never fetched. Where no build drops the other
 * half (the batch checker's bundle) it is there but unread.
 */
export type GroupModule = Readonly<Record<string, Partial<MessageGroup<Messages>>>>;

/** One language's words of these modules as one catalogue. */
export function catalogueIn(lang: Lang, modules: readonly GroupModule[]): Catalogue {
  return Object.assign({}, ...modules.flatMap((m) => Object.values(m).map((g) => g[lang] ?? {}))) as Catalogue;
}

/** Loads each module of a one-language `import.meta.glob` and makes them one catalogue. */
export async function loadCatalogue(lang: Lang, loaders: Readonly<Record<string, () => Promise<GroupModule>>>): Promise<Catalogue> {
  return catalogueIn(lang, await Promise.all(Object.values(loaders).map((load) => load())));
}
