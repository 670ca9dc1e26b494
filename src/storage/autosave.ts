// Autosave, independent of the UI: debounced, flushable, never two saves at once, the latest state wins.
import type { Assessment } from '../domain';
import { save as saveToDb } from './assessments';
import type { SaveResult } from './assessments';
import { storageFailure } from './errors';

export type AutosaveStatus =
  | 'idle'
  | 'pending'
  | 'saving'
  | { saved: Date; id: string; revision: number }
  /** Another tab saved first: the UI lets the principal choose (keepBoth / overwriteWithMine / adopt theirs). */
  | { error: 'conflict'; id: string; stored: Assessment }
  /** 'signed': the stored signed version cannot change; 'quota' / 'closed' / 'unknown': show with a way out. */
  | { error: 'signed' | 'quota' | 'closed' | 'unknown'; id: string; message: string };

export interface AutosaveOptions {
  /** Default: storage's own save, with the revision autosave tracks. */
  save?: (a: Assessment) => Promise<SaveResult>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** While the principal types without pause, still save this often. */
  maxWaitMs?: number;
  onStatus?: (status: AutosaveStatus) => void;
}

export interface Autosave {
  /** The principal changed something: save this state soon. */
  schedule(a: Assessment): void;
  /** Save everything scheduled now; resolves when it is stored (or has failed, reported via onStatus). */
  flush(): Promise<void>;
  /** The stored state of `a.id` is `a` (after loading, or resolving a conflict): forget pending work, resume. */
  adopt(a: Assessment): void;
  /** Drop everything pending without saving (before erasing all data). */
  discard(): void;
  status(): AutosaveStatus;
  /** Whether anything is waiting to be saved (for a "leave page?" prompt). */
  hasPending(): boolean;
  dispose(): void;
}

export function createAutosave(options: AutosaveOptions = {}): Autosave {
  const save = options.save ?? ((a: Assessment) => saveToDb(a, a.revision));
  const delayMs = options.delayMs ?? 700;
  const maxWaitMs = options.maxWaitMs ?? 5000;
  const pending = new Map<string, Assessment>(); // per assessment, only the latest state
  const known = new Map<string, number>(); // the revision this tab last stored, per assessment
  const paused = new Set<string>(); // waiting for the principal to resolve a conflict
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;
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
  const savable = (): Assessment | undefined => {
    for (const [id, a] of pending) if (!paused.has(id)) return a;
    return undefined;
  };

  async function drain(): Promise<void> {
    for (let a = savable(); a; a = savable()) {
      pending.delete(a.id);
      if (pending.size === 0) firstPendingAt = null;
      emit('saving');
      // The machine may still hold the revision it loaded; what this tab stored since is newer.
      const revision = Math.max(a.revision, known.get(a.id) ?? a.revision);
      let result: SaveResult;
      try {
        result = await save({ ...a, revision });
      } catch (e) {
        result = storageFailure(e);
      }
      if (result.ok) {
        known.set(a.id, result.revision);
        emit(savable() ? 'pending' : { saved: new Date(), id: a.id, revision: result.revision });
        continue;
      }
      if (!pending.has(a.id)) pending.set(a.id, a); // keep the unsaved state; a newer one, if any, wins
      if (result.reason === 'conflict' || result.reason === 'signed') {
        paused.add(a.id); // retrying cannot succeed until the principal decides
        emit(result.reason === 'conflict' ? { error: 'conflict', id: a.id, stored: result.stored } : { error: 'signed', id: a.id, message: result.error });
        continue;
      }
      emit({ error: result.reason, id: a.id, message: result.error });
      return; // quota or a closed database: retried on the next change or flush, not in a tight loop
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
      pending.set(a.id, a);
      if (paused.has(a.id)) return;
      const now = Date.now();
      firstPendingAt ??= now;
      emit('pending');
      clearTimer();
      const wait = Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now));
      timer = setTimeout(() => {
        timer = null;
        void run();
      }, wait);
    },
    async flush() {
      clearTimer();
      while (running) await running;
      if (savable()) await run();
    },
    adopt(a) {
      known.set(a.id, a.revision);
      paused.delete(a.id);
      pending.delete(a.id);
      if (!savable()) emit('idle');
    },
    discard() {
      clearTimer();
      pending.clear();
      paused.clear();
      firstPendingAt = null;
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
