// Two tabs saved the same assessment: the principal keeps both, takes theirs, or overwrites with mine.
import type { StoreDoc } from '../engine/kind';
import type { IsoDateTime } from '../engine/dates';
import { copyOf, save } from './assessments';
import type { SaveResult } from './assessments';

export type KeepBothResult = { ok: true; copy: StoreDoc; theirs: StoreDoc } | Exclude<SaveResult, { ok: true }>;

/**
 * Keeps both: 'theirs' stays stored under its id, 'mine' is stored as a new, unsigned copy under `newId`.
 * Afterwards the UI opens one of them and calls `autosave.adopt(...)` with it.
 */
export async function keepBoth(mine: StoreDoc, theirs: StoreDoc, newId: string, now: IsoDateTime): Promise<KeepBothResult> {
  const result = await save(copyOf(mine, newId, now), 0);
  return result.ok ? { ok: true, copy: result.assessment, theirs } : result;
}

/**
 * Replaces the stored copy with 'mine' (the principal chose so knowingly); fails with a new conflict if
 * yet another save came in meanwhile. Then `autosave.adopt(result.assessment)`.
 * Taking theirs needs no storage call: load `theirs` into the machine and `autosave.adopt(theirs)`.
 */
export function overwriteWithMine(mine: StoreDoc, theirs: StoreDoc): Promise<SaveResult> {
  return save(mine, theirs.revision);
}
