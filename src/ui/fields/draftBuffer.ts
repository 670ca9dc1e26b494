// The timing of a field's draft, apart from Preact so it can be tested without a page: a change waits
// DELAY_MS for the next one (and never more than DRAFT_MAX_WAIT_MS in all) before it is committed, and
// `held` says when the field starts holding a change and when it has committed it.

const DELAY_MS = 250;
/** Typing without a 250 ms pause still commits this often: text on screen reaches the journal within a second. */
export const DRAFT_MAX_WAIT_MS = 1000;

export interface DraftBuffer<T> {
  /** The principal changed the text: commit it after a pause. */
  change: (value: T) => void;
  /** Commits a waiting change now (nothing when none waits). */
  flush: () => void;
  /** Whether a change waits. */
  waiting: () => boolean;
  /** The newest value typed (or followed from the document). */
  latest: () => T;
  /** The document changed elsewhere: follow it (only when no change waits). */
  follow: (value: T) => void;
}

export function createDraftBuffer<T>(initial: T, commit: (value: T) => void, held: (held: boolean) => void): DraftBuffer<T> {
  let latest = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | null = null;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    pendingSince = null;
    commit(latest);
    // After the commit: a change the document takes has already set the save status to pending by now, and
    // one it does not take (the same value again) starts no save, so the status goes back to what it said.
    held(false);
  };
  return {
    change: (value) => {
      latest = value;
      if (timer === undefined) held(true);
      else clearTimeout(timer);
      const now = Date.now();
      pendingSince ??= now;
      timer = setTimeout(flush, Math.max(0, Math.min(DELAY_MS, pendingSince + DRAFT_MAX_WAIT_MS - now)));
    },
    flush,
    waiting: () => timer !== undefined,
    latest: () => latest,
    follow: (value) => {
      if (timer === undefined) latest = value;
    },
  };
}
