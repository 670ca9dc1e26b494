// The erase-all tombstone. Every database carries an install id (the `meta` row 'install'), made anew when the
// database is created again. A tab remembers the id it started with; once "Ta bort allt" has erased the
// database, that tab's id no longer matches and its saves are refused, so an open tab that missed the
// 'erased' message still cannot write the erased assessments back.
import type { IDBPObjectStore, StoreNames } from 'idb';
import { newInstall, withDb } from './db';
import type { KbSchema } from './db';

let pinned: string | null = null;

type MetaStore = IDBPObjectStore<KbSchema, ArrayLike<StoreNames<KbSchema>>, 'meta', 'readwrite'>;

/** Remembers the install id of the database as it is now (when an assessment is opened; once per tab). */
export async function pinInstall(): Promise<void> {
  if (pinned !== null) return;
  const row = await withDb((db) => db.get('meta', 'install'));
  // Read twice in a race: the first answer wins, the same id either way.
  pinned ??= row?.installId ?? null;
}

/** This tab erased everything itself: it goes on with whatever database comes next. */
export function forgetInstall(): void {
  pinned = null;
}

/**
 * Inside a save's transaction: whether this tab may still write. A database whose install row is gone
 * (cleared but not deleted) gets a new identity, so it never matches a tab from before the erase.
 */
export async function installAllows(meta: MetaStore): Promise<boolean> {
  let row = await meta.get('install');
  if (!row) {
    row = newInstall();
    await meta.put(row);
  }
  pinned ??= row.installId;
  return pinned === row.installId;
}
