// The unsaved-changes journal. Whenever the state on screen is ahead of the stored one, its newest version is
// also written to localStorage, which is synchronous and survives a crash or a failed IndexedDB write. It is
// cleared only once the stored revision holds exactly the journaled state; opening the assessment again puts
// anything left in it back (see recover.ts).
import type { StoreDoc } from '../../engine/kind';
import { localStore } from '../../engine/local-store';

const PREFIX = 'kb.unsaved.';

/** What opening an assessment did with the journal's changes (the recovery banner says it). */
export type Recovery =
  | { kind: 'none' }
  /** The journal's state is what opens; it still has to be saved (the session does that at once). */
  | { kind: 'applied'; at: string }
  /** Stored elsewhere since, or signed: the journal's state was saved as a copy. */
  | { kind: 'copy'; copyId: string; at: string }
  /** Could not be put back now (unreadable, or the copy could not be saved): it stays in the journal. */
  | { kind: 'kept'; raw: string };

export interface JournalEntry {
  /** The stored revision these changes were made on. */
  base: number;
  /** Untrusted when read back: goes through restore. */
  assessment: unknown;
  /** The entry as stored, for "save it as a file" when it cannot be read back. */
  raw: string;
}

/** Returns whether the journal now holds `a` (false: localStorage is full or disabled). */
export function writeJournal(a: StoreDoc, base: number): boolean {
  try {
    const store = localStore();
    if (!store) return false;
    store.setItem(PREFIX + a.id, JSON.stringify({ base, assessment: a }));
    return true;
  } catch {
    // Full or disabled: the IndexedDB save (and the backup button) are then the only chance.
    return false;
  }
}

/**
 * A save committed `stored` as `revision`. The journal is cleared only if that is exactly what is on screen;
 * otherwise what is on screen stays journalled, now on the new base. Returns whether it is journalled.
 */
export function journalAfterCommit(stored: StoreDoc, revision: number, onScreen: StoreDoc | null): boolean {
  if (!onScreen || onScreen === stored) {
    clearJournal(stored.id);
    return true;
  }
  return writeJournal(onScreen, revision);
}

export function readJournal(id: string): JournalEntry | null {
  try {
    const raw = localStore()?.getItem(PREFIX + id);
    if (!raw) return null;
    const entry = parseEntry(raw);
    return entry ? { ...entry, raw } : { base: -1, assessment: null, raw };
  } catch {
    return null;
  }
}

function parseEntry(raw: string): Omit<JournalEntry, 'raw'> | null {
  try {
    const entry = JSON.parse(raw) as Partial<JournalEntry> | null;
    return entry && typeof entry.base === 'number' && entry.assessment !== undefined ? { base: entry.base, assessment: entry.assessment } : null;
  } catch {
    return null;
  }
}

export function clearJournal(id: string): void {
  try {
    localStore()?.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear.
  }
}

// An entry that could not be put back is moved aside (same prefix, so erase-all removes it too), so the
// journal of the work that follows cannot overwrite it; the principal can save it as a file.
const ASIDE = '#aside';

export function setAside(id: string, raw: string): boolean {
  try {
    localStore()?.setItem(PREFIX + id + ASIDE, raw);
    localStore()?.removeItem(PREFIX + id);
    return true;
  } catch {
    return false;
  }
}

export function readAside(id: string): string | null {
  try {
    return localStore()?.getItem(PREFIX + id + ASIDE) ?? null;
  } catch {
    return null;
  }
}

export function clearAside(id: string): void {
  clearJournal(id + ASIDE);
}

/** "Ta bort allt från den här enheten" also removes changes that never reached IndexedDB. */
export function clearAllJournals(): void {
  const store = localStore();
  if (!store) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Nothing more can be done.
  }
}
