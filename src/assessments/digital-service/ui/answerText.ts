// An answer in the words the wizard shows (option labels, a list one row a line), for the PDF and for the
// changes since the last decision on screen.
import type { Question } from '../../../engine/questions/builders';
import { isEmptyAnswer } from '../../../engine/questions/walk';
import type { DsText } from './text';

/** Printed for an answer not given. */
export const EMPTY = '–';

export function answerText(words: Pick<DsText, 'option'>, q: Question, value: unknown): string {
  if (isEmptyAnswer(value)) return EMPTY;
  const set = q.optionSet;
  if (Array.isArray(value)) {
    if (q.item) return value.map((row: unknown) => rowText(words, q.item ?? {}, row)).join('\n');
    return value.map((v) => (set ? words.option(set, String(v)) : String(v))).join(', ');
  }
  if (q.item) return rowText(words, q.item, value);
  return set ? words.option(set, String(value)) : String(value);
}

/** One row of a list: its answers in order, empty ones left out. */
function rowText(words: Pick<DsText, 'option'>, item: Readonly<Record<string, Question>>, row: unknown): string {
  const cell = (k: string) => (typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[k] : undefined);
  return Object.entries(item)
    .map(([k, iq]) => answerText(words, iq, cell(k)))
    .filter((s) => s !== EMPTY)
    .join(' · ');
}
