// From a kind's steps to the answer parts of its document schema and its empty answers. Kind-agnostic.
import type * as v from 'valibot';
import { emptyOf, objectOf, type Step } from './builders';

type Parts<S extends Record<string, Step>> = { [K in keyof S]: ReturnType<typeof objectOf<S[K]['questions']>> };
type Answers<S extends Record<string, Step>> = { [K in keyof S]: v.InferOutput<Parts<S>[K]> };

// Object.fromEntries loses the per-key types that the mapped types state; the entries are built from the same keys.
export const partsOf = <S extends Record<string, Step>>(steps: S): Parts<S> =>
  Object.fromEntries(Object.entries(steps).map(([k, s]) => [k, objectOf(s.questions)])) as Parts<S>;

export const emptyAnswersOf = <S extends Record<string, Step>>(steps: S): Answers<S> =>
  Object.fromEntries(Object.entries(steps).map(([k, s]) => [k, emptyOf(s)])) as Answers<S>;
