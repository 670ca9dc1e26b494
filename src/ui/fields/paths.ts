// DOM-free helpers that tie a dotted answer path to element ids and to values in the document.

/** The id of the element that answers the question at `path` ('incidents.0.date' → 'f-incidents-0-date'). */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;

/** The id of one answer of a multiple-choice question ('data.legalBasis', '6.1e' → 'f-data-legalBasis--6-1e'). */
export const optionId = (path: string, value: string): string => `${fieldId(path)}--${value.replace(/[^\w-]/g, '-')}`;

/** Ids of the messages under a field, for aria-describedby. */
export const hintId = (path: string): string => `${fieldId(path)}-hint`;
export const messageId = (path: string, n: number): string => `${fieldId(path)}-msg-${n}`;

export { valueAt } from '../../engine/paths';

/** The path itself, then each shorter prefix: where to look when the exact question is not on screen. */
export function pathAndParents(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}
