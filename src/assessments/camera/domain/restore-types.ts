import type { Text } from './types';

/** A reason a document could not be read, or a note about how it was read. */
export interface RestoreProblem {
  /** Dotted path of the field, '' for the document as a whole. */
  path: string;
  message: Text;
}

export type RestoreResult<T> =
  | { ok: true; value: T; migratedFrom: number | null; notes: RestoreProblem[] }
  | { ok: false; problems: RestoreProblem[] };
