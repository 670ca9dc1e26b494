// The unsaved-changes journal. IndexedDB cannot finish a read-then-write save once the page is unloading,
// so when the page hides or unloads with changes not yet stored, the newest state is also written to
// localStorage, which is synchronous. Opening the assessment again stores it (or keeps it as a copy).
import type { Assessment } from '../../domain';

const PREFIX = 'kb.unsaved.';

export interface JournalEntry {
  /** The stored revision these changes were made on. */
  base: number;
  /** Untrusted when read back: goes through restore. */
  assessment: unknown;
}

function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function writeJournal(a: Assessment, base: number): void {
  try {
    local()?.setItem(PREFIX + a.id, JSON.stringify({ base, assessment: a }));
  } catch {
    // Full or disabled: the IndexedDB flush that runs alongside is then the only chance.
  }
}

export function readJournal(id: string): JournalEntry | null {
  try {
    const raw = local()?.getItem(PREFIX + id);
    if (!raw) return null;
    const entry = JSON.parse(raw) as Partial<JournalEntry>;
    return typeof entry.base === 'number' && entry.assessment !== undefined ? { base: entry.base, assessment: entry.assessment } : null;
  } catch {
    return null;
  }
}

export function clearJournal(id: string): void {
  try {
    local()?.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear.
  }
}

/** "Ta bort allt från den här enheten" also removes changes that never reached IndexedDB. */
export function clearAllJournals(): void {
  const store = local();
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
