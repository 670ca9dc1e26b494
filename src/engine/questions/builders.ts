// Questions as data: each builder gives the valibot piece, the empty answer and what the walker needs.
// Kind-agnostic: imports nothing from an assessment kind (the engine's layer rule holds it to that).
import * as v from 'valibot';
import { isIsoDate } from '../dates';

export type Widget = 'text' | 'choice' | 'multi' | 'yesNo' | 'number' | 'date' | 'list';

export interface QuestionOptions {
  /** Only answered when this named predicate holds (and the step applies). */
  when?: string;
  /** Required when it applies. */
  required?: boolean;
  /** "Vet inte" counts as missing: the validation stays incomplete until someone finds out. */
  inc?: boolean;
  /** Ids of the rules that read this answer; named when it is missing. */
  rules?: readonly string[];
  /** Taken over read-only from a platform validation a school builds on. */
  inheritable?: boolean;
}

export interface Question<S extends v.GenericSchema = v.GenericSchema> {
  widget: Widget;
  schema: S;
  empty: v.InferOutput<S>;
  when: string | undefined;
  required: boolean;
  inc: boolean;
  rules: readonly string[];
  inheritable: boolean;
  /** The option set a choice draws its labels from (message keys `<kind>.opt.<set>.<value>`). */
  optionSet?: string;
  options?: readonly string[];
  /** The fields of one row of a list. */
  item?: Readonly<Record<string, Question>>;
}

export const UNKNOWN = 'unknown';

const make = <S extends v.GenericSchema>(
  widget: Widget,
  schema: S,
  empty: v.InferOutput<S>,
  o: QuestionOptions,
  extra: Partial<Pick<Question, 'optionSet' | 'options' | 'item'>> = {},
): Question<S> => ({
  widget,
  schema,
  empty,
  when: o.when,
  required: o.required ?? false,
  inc: o.inc ?? false,
  rules: o.rules ?? [],
  inheritable: o.inheritable ?? false,
  ...extra,
});

const textSchema = (max: number) => v.pipe(v.string(), v.maxLength(max));
const dateSchema = v.union([v.literal(''), v.pipe(v.string(), v.check(isIsoDate, 'Ogiltigt datum.'))]);

export const text = (o: QuestionOptions & { max?: number } = {}) => make('text', textSchema(o.max ?? 2000), '', o);

export const date = (o: QuestionOptions = {}) => make('date', dateSchema, '', o);

/**
 * A question added after files were written: older files lack it and must restore unchanged (their kontrollkod
 * is over their text), so its answer may be absent; a new document starts with the question's empty answer.
 */
export const addedLater = <S extends v.GenericSchema>(q: Question<S>): Question<v.OptionalSchema<S, undefined>> => ({ ...q, schema: v.optional(q.schema) });

export const number = (o: QuestionOptions & { min: number; max: number }) =>
  make('number', v.nullable(v.pipe(v.number(), v.integer(), v.minValue(o.min), v.maxValue(o.max))), null, o);

const YES_NO = ['', 'yes', 'no'] as const;
const YES_NO_UNKNOWN = ['', 'yes', 'no', UNKNOWN] as const;

export const yesNo = (o: QuestionOptions = {}) => make('yesNo', v.picklist(YES_NO), '', o, { optionSet: 'yesNo' });

/** Ja / nej / vet inte. */
export const yesNoUnknown = (o: QuestionOptions = {}) =>
  make('yesNo', v.picklist(YES_NO_UNKNOWN), '', o, { optionSet: 'yesNoUnknown' });

export const choice = <const T extends string>(optionSet: string, options: readonly T[], o: QuestionOptions = {}) =>
  make('choice', v.picklist(['', ...options]), '', o, { optionSet, options });

export const multi = <const T extends string>(optionSet: string, options: readonly T[], o: QuestionOptions = {}) =>
  make(
    'multi',
    v.pipe(
      v.array(v.picklist(options)),
      v.check((a) => new Set(a).size === a.length, 'Ett val förekommer två gånger.'),
    ),
    [] as T[],
    o,
    { optionSet, options },
  );

type Schemas<Q extends Record<string, Question>> = { [K in keyof Q]: Q[K]['schema'] };

export const objectOf = <Q extends Record<string, Question>>(questions: Q) => {
  const entries = Object.fromEntries(Object.entries(questions).map(([k, q]) => [k, q.schema]));
  // Object.fromEntries loses the key-to-schema pairing that the mapped type states.
  return v.strictObject(entries as Schemas<Q>);
};

export const list = <Q extends Record<string, Question>>(item: Q, o: QuestionOptions & { max?: number } = {}) => {
  const row = objectOf(item);
  return make('list', v.pipe(v.array(row), v.maxLength(o.max ?? 200)), [] as v.InferOutput<typeof row>[], o, { item });
};

export interface Step<Q extends Record<string, Question> = Record<string, Question>> {
  id: string;
  when: string | undefined;
  questions: Q;
}

export const step = <Q extends Record<string, Question>>(id: string, questions: Q, o: { when?: string } = {}): Step<Q> => ({
  id,
  when: o.when,
  questions,
});

/** The empty answers of one step, from each question's own empty value. */
export const emptyOf = <Q extends Record<string, Question>>(s: Step<Q>) =>
  Object.fromEntries(Object.entries(s.questions).map(([k, q]) => [k, structuredClone(q.empty)])) as {
    [K in keyof Q]: v.InferOutput<Q[K]['schema']>;
  };
