// The list of kinds, checked once: two kinds with one id or one format would make files ambiguous.
import { formatOf, type AssessmentKind, type BaseDoc } from './kind';

export interface Registry {
  readonly kinds: readonly AssessmentKind<BaseDoc>[];
  byId(id: string): AssessmentKind<BaseDoc> | undefined;
  /** The kind of an untrusted file, by its `format` field. */
  of(raw: unknown): AssessmentKind<BaseDoc> | undefined;
}

// The contract's methods take the document as a method parameter, so a kind of a narrower document type
// still fits AssessmentKind<BaseDoc> here; each kind is only ever handed files its own restore returned.
export function defineRegistry(kinds: readonly AssessmentKind<BaseDoc>[]): Registry {
  const seen = new Set<string>();
  for (const k of kinds) {
    for (const key of [`id ${k.id}`, `format ${k.format}`]) {
      if (seen.has(key)) throw new Error(`Two assessment kinds share the ${key}.`);
      seen.add(key);
    }
  }
  return {
    kinds,
    byId: (id) => kinds.find((k) => k.id === id),
    of: (raw) => {
      const format = formatOf(raw);
      return kinds.find((k) => k.format === format);
    },
  };
}
