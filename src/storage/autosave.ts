// Autosave, independent of the UI: debounced with a max-wait, flushable, never two saves at once, the latest
// state wins. "Saved" is reported only after the transaction committed; a failed write keeps the state and
// retries with backoff, so a passing fault (a full disk freed, a closed connection) loses nothing.
import type { StoreDoc } from '../engine/kind';
import { later, rows } from './later';
import type { SaveResult } from './assessments';
import { storageFailure } from './errors';

const saveToDb = later(async () => (await rows()).save);

/**
 * The same document apart from the bookkeeping each save or tab writes (its revision and time, the step on screen).
 * Asked only on a conflict, so its code loads then, not with the first page.
 */
async function sameContent(a: StoreDoc, b: StoreDoc): Promise<boolean> {
  const { canonicalJson } = await import('../engine/canonical');
  const content = ({ revision: _r, updatedAt: _u, step: _s, ...rest }: StoreDoc) => canonicalJson(rest);
  return content(a) === content(b);
}

export type RetryableReason = 'quota' | 'closed' | 'unknown';

export type AutosaveStatus =
  | 'idle'
  | 'pending'
  | 'saving'
  /** `source` is the very object passed to schedule() that is now stored (so the caller can tell what is on disk). */
  | { saved: Date; id: string; revision: number; source: StoreDoc }
  /** Another tab saved first: the UI lets the principal choose (keepBoth / overwriteWithMine / adopt theirs). */
  | { error: 'conflict'; id: string; stored: StoreDoc }
  /** 'signed': the stored signed version cannot change. 'erased': everything was erased (here or in another tab); this autosave stops. */
  | { error: 'signed' | 'erased'; id: string; message: string }
  /** A write failed; it is retried by itself at `retryAt` (the unsaved state is kept meanwhile). */
  | { error: RetryableReason; id: string; message: string; retryAt: Date; attempt: number };

export interface AutosaveOptions {
  /** Default: storage's own save, with the revision autosave tracks. */
  save?: (a: StoreDoc) => Promise<SaveResult>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** While the principal types without pause, still save this often. */
  maxWaitMs?: number;
  /** Waits before each retry of a failed write; the last one repeats. */
  retryDelaysMs?: readonly number[];
  onStatus?: (status: AutosaveStatus) => void;
}

export interface Autosave {
  /** The principal changed something: save this state soon. */
  schedule(a: StoreDoc): void;
  /** Save everything scheduled now; resolves when it is stored (or has failed, reported via onStatus). */
  flush(): Promise<void>;
  /** The stored state of `a.id` is `a` (after loading, or resolving a conflict): forget pending work, resume. */
  adopt(a: StoreDoc): void;
  /** Drop everything pending without saving (before erasing all data). */
  discard(): void;
  status(): AutosaveStatus;
  /** Whether anything is waiting to be saved (for a "leave page?" prompt). */
  hasPending(): boolean;
  dispose(): void;
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000];

export function createAutosave(options: AutosaveOptions = {}): Autosave {
  const save = options.save ?? ((a: StoreDoc) => saveToDb(a, a.revision));
  const delayMs = options.delayMs ?? 700;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const pending = new Map<string, StoreDoc>(); // per assessment, only the latest state
  const known = new Map<string, number>(); // the revision this tab last stored, per assessment
  const paused = new Set<string>(); // waiting for the principal to resolve a conflict
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;
  let failures = 0; // consecutive failed writes; while > 0 the retry timer decides when to write
  let stopped = false; // the data was erased: nothing may be written back
  let running: Promise<void> | null = null;
  let current: AutosaveStatus = 'idle';

  const emit = (s: AutosaveStatus): void => {
    current = s;
    options.onStatus?.(s);
  };
  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const startTimer = (wait: number): void => {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, wait);
  };
  const savable = (): StoreDoc | undefined => {
    if (stopped) return undefined;
    for (const [id, a] of pending) if (!paused.has(id)) return a;
    return undefined;
  };

  async function drain(): Promise<void> {
    for (let a = savable(); a; a = savable()) {
      pending.delete(a.id);
      if (pending.size === 0) firstPendingAt = null;
      if (failures === 0) emit('saving'); // while retrying, the failure stays on screen until a write succeeds
      // The machine may still hold the revision it loaded; what this tab stored since is newer.
      const revision = Math.max(a.revision, known.get(a.id) ?? a.revision);
      let result: SaveResult;
      try {
        result = await save({ ...a, revision });
      } catch (e) {
        result = storageFailure(e);
      }
      if (result.ok) {
        failures = 0;
        known.set(a.id, result.revision);
        emit(savable() ? 'pending' : { saved: new Date(), id: a.id, revision: result.revision, source: a });
        continue;
      }
      if (result.reason === 'conflict' && (await sameContent(a, result.stored).catch(() => false))) {
        // Another tab stored what this one holds (both saved the new day's list entry at midnight, say): there is
        // nothing to choose between, so the principal is not asked; this tab goes on from the stored revision.
        known.set(a.id, result.stored.revision);
        emit(savable() ? 'pending' : { saved: new Date(), id: a.id, revision: result.stored.revision, source: a });
        continue;
      }
      if (!pending.has(a.id)) pending.set(a.id, a); // keep the unsaved state; a newer one, if any, wins
      firstPendingAt ??= Date.now();
      if (result.reason === 'erased') {
        stopped = true;
        clearTimer();
        pending.clear();
        return emit({ error: 'erased', id: a.id, message: result.error });
      }
      if (result.reason === 'conflict' || result.reason === 'signed') {
        paused.add(a.id); // retrying cannot succeed until the principal decides
        emit(result.reason === 'conflict' ? { error: 'conflict', id: a.id, stored: result.stored } : { error: 'signed', id: a.id, message: result.error });
        continue;
      }
      const wait = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 10_000;
      failures += 1;
      startTimer(wait);
      emit({ error: result.reason, id: a.id, message: result.error, retryAt: new Date(Date.now() + wait), attempt: failures });
      return; // not in a tight loop: the retry timer (or a flush) tries again
    }
  }

  function run(): Promise<void> {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    schedule(a) {
      if (stopped) return;
      pending.set(a.id, a);
      if (paused.has(a.id)) return;
      // A failed write is retried on its own schedule; typing neither hides the failure nor hammers the disk.
      if (failures > 0) return;
      const now = Date.now();
      firstPendingAt ??= now;
      emit('pending');
      startTimer(Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now)));
    },
    async flush() {
      if (failures === 0) clearTimer(); // a retry timer stays armed in case this attempt fails too
      while (running) await running;
      if (savable()) await run();
    },
    adopt(a) {
      known.set(a.id, a.revision);
      paused.delete(a.id);
      pending.delete(a.id);
      if (!savable() && !stopped) {
        failures = 0;
        clearTimer();
        emit('idle');
      }
    },
    discard() {
      clearTimer();
      pending.clear();
      paused.clear();
      firstPendingAt = null;
      failures = 0;
      emit('idle');
    },
    status: () => current,
    hasPending: () => pending.size > 0,
    dispose: clearTimer,
  };
}

export interface LifecycleTargets {
  document: EventTarget & { visibilityState: string };
  window: EventTarget;
}

/** Flushes when the page is hidden or unloaded (mobile browsers may kill a hidden tab without warning). */
export function bindLifecycle(autosave: Pick<Autosave, 'flush'>, targets?: LifecycleTargets): () => void {
  const { document: doc, window: win } = targets ?? { document: globalThis.document, window: globalThis.window };
  const onVisibility = (): void => {
    if (doc.visibilityState === 'hidden') void autosave.flush();
  };
  const onPageHide = (): void => void autosave.flush();
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
  };
}
