import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { bindLifecycle, createAutosave } from '../../../src/storage/autosave';
import type { AutosaveStatus } from '../../../src/storage/autosave';
import type { SaveResult } from '../../../src/storage/assessments';
import { sample } from './helpers';

/**
 * A fake store: records every save, answers with the next revision unless told otherwise, can be held. What
 * another tab stored is in `theirs` (by default the same document as the one saved: both tabs held the same).
 */
function fakeSave() {
  const calls: Assessment[] = [];
  const theirs = new Map<string, Assessment>();
  let active = 0;
  let maxActive = 0;
  const revisions = new Map<string, number>();
  let next: ((a: Assessment) => SaveResult) | null = null;
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  const save = async (a: Assessment): Promise<SaveResult> => {
    calls.push(a);
    active += 1;
    maxActive = Math.max(maxActive, active);
    if (gate) await gate;
    active -= 1;
    if (next) return next(a);
    const stored = revisions.get(a.id) ?? 0;
    if (stored !== a.revision) return { ok: false, reason: 'conflict', stored: { ...(theirs.get(a.id) ?? a), revision: stored } };
    revisions.set(a.id, stored + 1);
    return { ok: true, revision: stored + 1, assessment: { ...a, revision: stored + 1 } };
  };
  return {
    save,
    calls,
    maxActive: () => maxActive,
    respond: (f: ((a: Assessment) => SaveResult) | null) => (next = f),
    hold: () => (gate = new Promise<void>((r) => (open = r))),
    release: () => {
      gate = null;
      open();
    },
    revisions,
    theirs,
  };
}

const edit = (a: Assessment, text: string): Assessment => ({ ...a, problem: { ...a.problem, description: text } });

let statuses: AutosaveStatus[];
beforeEach(() => {
  vi.useFakeTimers();
  statuses = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('waits for a pause in typing, then saves only the latest state, within a second', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save, onStatus: (s) => statuses.push(s) });
    const a = sample('a');
    autosave.schedule(edit(a, 'K'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule(edit(a, 'Kl'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule(edit(a, 'Klotter'));
    expect(store.calls).toHaveLength(0);
    expect(autosave.status()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls.map((c) => c.problem.description)).toEqual(['Klotter']);
    expect(autosave.status()).toMatchObject({ id: 'a', revision: 1 });
    expect(statuses).toContain('saving');
  });

  it('still saves every few seconds while the principal types without pause', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save, delayMs: 700, maxWaitMs: 2000 });
    const a = sample('a');
    for (let i = 0; i < 30; i++) {
      autosave.schedule(edit(a, `text ${i}`));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(store.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('flush saves at once and resolves when stored', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save });
    autosave.schedule(edit(sample('a'), 'Nu'));
    await autosave.flush();
    expect(store.calls.map((c) => c.problem.description)).toEqual(['Nu']);
    expect(autosave.hasPending()).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.calls).toHaveLength(1); // the debounce timer does not save again
  });

  it('never overlaps saves; changes during a save are saved after it, latest wins', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save });
    const a = sample('a');
    store.hold();
    autosave.schedule(edit(a, 'ett'));
    await vi.advanceTimersByTimeAsync(800); // the first save starts and hangs
    autosave.schedule(edit(a, 'två'));
    autosave.schedule(edit(a, 'tre'));
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(800);
    expect(store.calls).toHaveLength(1);
    store.release();
    await flushed;
    expect(store.calls.map((c) => c.problem.description)).toEqual(['ett', 'tre']);
    expect(store.maxActive()).toBe(1);
  });

  it('passes the revision it stored last, though the caller still holds the loaded one', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save });
    const a = sample('a'); // revision 0, as loaded
    autosave.schedule(edit(a, '1'));
    await autosave.flush();
    autosave.schedule(edit(a, '2'));
    await autosave.flush();
    expect(store.calls.map((c) => c.revision)).toEqual([0, 1]);
    expect(autosave.status()).toMatchObject({ revision: 2 });
  });

  it('surfaces a quota error at once, keeps the unsaved state, and retries on flush', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save, onStatus: (s) => statuses.push(s) });
    store.respond(() => ({ ok: false, reason: 'quota', error: 'QuotaExceededError: full' }));
    autosave.schedule(edit(sample('a'), 'viktigt'));
    await autosave.flush();
    expect(autosave.status()).toMatchObject({ error: 'quota', id: 'a', message: 'QuotaExceededError: full', attempt: 1 });
    expect(autosave.hasPending()).toBe(true);
    store.respond(null);
    await autosave.flush();
    expect(autosave.status()).toMatchObject({ saved: expect.any(Date) });
    expect(store.calls.at(-1)?.problem.description).toBe('viktigt');
  });

  it('turns a thrown error into a reported one', async () => {
    const autosave = createAutosave({
      save: () => Promise.reject(Object.assign(new Error('closing'), { name: 'InvalidStateError' })),
    });
    autosave.schedule(sample('a'));
    await autosave.flush();
    expect(autosave.status()).toMatchObject({ error: 'closed', id: 'a' });
  });

  it('pauses on a conflict until the principal chooses, then resumes from the adopted state', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save });
    const a = sample('a');
    store.revisions.set('a', 5); // another tab saved something else meanwhile
    store.theirs.set('a', edit(a, 'deras'));
    autosave.schedule(edit(a, 'mitt'));
    await autosave.flush();
    const status = autosave.status();
    expect(status).toMatchObject({ error: 'conflict', id: 'a' });
    autosave.schedule(edit(a, 'mitt igen'));
    await autosave.flush();
    expect(store.calls).toHaveLength(1); // no retry storm while the dialog is open
    const theirs = typeof status === 'object' && 'stored' in status ? status.stored : a;
    autosave.adopt(theirs);
    autosave.schedule(edit(theirs, 'efter valet'));
    await autosave.flush();
    expect(store.calls.at(-1)).toMatchObject({ revision: 5 });
    expect(autosave.status()).toMatchObject({ revision: 6 });
  });

  it('does not ask when another tab stored the same document (both saved the new day at midnight): it goes on from there', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save, onStatus: (s) => statuses.push(s) });
    const a = sample('a');
    // The other tab saved this very document, on another step and at another time.
    store.revisions.set('a', 7);
    store.theirs.set('a', { ...a, step: 'cameras', updatedAt: '2026-11-20T00:00:01.000Z' });
    autosave.schedule(a);
    await autosave.flush();
    expect(statuses.some((s) => typeof s === 'object' && 'error' in s)).toBe(false);
    expect(autosave.status()).toMatchObject({ id: 'a', revision: 7 });
    // The next edit is saved on top of the stored revision, not refused as a conflict.
    autosave.schedule(edit(a, 'morgonen efter'));
    await autosave.flush();
    expect(store.calls.at(-1)).toMatchObject({ revision: 7 });
    expect(autosave.status()).toMatchObject({ revision: 8 });
  });

  it('discard drops pending work without saving', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save });
    autosave.schedule(sample('a'));
    autosave.discard();
    await vi.advanceTimersByTimeAsync(2000);
    await autosave.flush();
    expect(store.calls).toHaveLength(0);
  });
});

describe('autosave under faults', () => {
  /** Whether a status would make the principal believe the work is stored. */
  const claimsSaved = (s: AutosaveStatus): boolean => s === 'idle' || (typeof s === 'object' && 'saved' in s);

  it('saves at least every 2 s while the principal types without any pause', async () => {
    const store = fakeSave();
    const savedAt: number[] = [];
    const autosave = createAutosave({
      save: (a) => {
        savedAt.push(Date.now());
        return store.save(a);
      },
    });
    const start = Date.now();
    for (let i = 0; i < 100; i++) {
      autosave.schedule(edit(sample('a'), `tecken ${i}`)); // a keystroke every 100 ms for 10 s
      await vi.advanceTimersByTimeAsync(100);
    }
    const gaps = [savedAt[0]! - start, ...savedAt.slice(1).map((t, i) => t - savedAt[i]!)];
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2000);
    expect(savedAt.length).toBeGreaterThanOrEqual(5);
  });

  it('retries a failed write by itself with backoff, and says "saved" only after the write that succeeded', async () => {
    const store = fakeSave();
    let failuresLeft = 3;
    store.respond((a) => (failuresLeft-- > 0 ? { ok: false, reason: 'unknown', error: 'AbortError: injected' } : (store.respond(null), { ok: true, revision: 1, assessment: { ...a, revision: 1 } })));
    const autosave = createAutosave({ save: store.save, onStatus: (s) => statuses.push(s) });
    autosave.schedule(edit(sample('a'), 'får inte försvinna'));
    await vi.advanceTimersByTimeAsync(700); // first attempt
    expect(autosave.status()).toMatchObject({ error: 'unknown', attempt: 1 });
    const firstRetry = autosave.status();
    expect(typeof firstRetry === 'object' && 'retryAt' in firstRetry && firstRetry.retryAt.getTime() - Date.now()).toBe(1000);
    await vi.advanceTimersByTimeAsync(1000); // second attempt, after 1 s
    expect(store.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(store.calls).toHaveLength(2); // the next wait is 2 s
    await vi.advanceTimersByTimeAsync(1); // third attempt
    expect(store.calls).toHaveLength(3);
    expect(statuses.some(claimsSaved)).toBe(false);
    await vi.advanceTimersByTimeAsync(5000); // fourth attempt succeeds
    expect(store.calls).toHaveLength(4);
    expect(autosave.status()).toMatchObject({ saved: expect.any(Date), revision: 1 });
    expect(store.calls.every((c) => c.problem.description === 'får inte försvinna')).toBe(true);
    // Before the success, nothing ever claimed the text was stored.
    expect(statuses.slice(0, -1).some(claimsSaved)).toBe(false);
  });

  it('keeps the failure on screen while the principal types on, and the retry stores the newest text', async () => {
    const store = fakeSave();
    store.respond(() => ({ ok: false, reason: 'quota', error: 'QuotaExceededError: full' }));
    const autosave = createAutosave({ save: store.save, onStatus: (s) => statuses.push(s) });
    const a = sample('a');
    autosave.schedule(edit(a, 'ett'));
    await vi.advanceTimersByTimeAsync(700);
    const during: AutosaveStatus[] = [];
    autosave.schedule(edit(a, 'ett två'));
    during.push(autosave.status());
    autosave.schedule(edit(a, 'ett två tre'));
    during.push(autosave.status());
    expect(during.every((s) => typeof s === 'object' && 'error' in s && s.error === 'quota')).toBe(true);
    store.respond(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls.at(-1)?.problem.description).toBe('ett två tre');
    expect(autosave.status()).toMatchObject({ saved: expect.any(Date) });
    expect(autosave.hasPending()).toBe(false);
  });

  it('reports which state was stored, so the caller can tell whether the screen is ahead of the disk', async () => {
    const store = fakeSave();
    store.hold();
    const autosave = createAutosave({ save: store.save });
    const first = edit(sample('a'), 'först');
    autosave.schedule(first);
    await vi.advanceTimersByTimeAsync(700); // the save of `first` hangs
    const second = edit(sample('a'), 'sedan');
    autosave.schedule(second);
    store.release();
    await autosave.flush();
    expect(autosave.status()).toMatchObject({ source: second });
    expect(store.calls.map((c) => c.problem.description)).toEqual(['först', 'sedan']);
  });

  it('stops for good once the data was erased: nothing is written back', async () => {
    const store = fakeSave();
    store.respond(() => ({ ok: false, reason: 'erased', error: 'erased' }));
    const autosave = createAutosave({ save: store.save });
    autosave.schedule(edit(sample('a'), 'gammalt'));
    await autosave.flush();
    expect(autosave.status()).toMatchObject({ error: 'erased', id: 'a' });
    store.respond(null);
    autosave.schedule(edit(sample('a'), 'efteråt'));
    await vi.advanceTimersByTimeAsync(30_000);
    await autosave.flush();
    expect(store.calls).toHaveLength(1);
    expect(autosave.hasPending()).toBe(false);
  });
});

describe('bindLifecycle', () => {
  it('flushes when the page is hidden or unloaded, and not after unbinding', async () => {
    const store = fakeSave();
    const autosave = createAutosave({ save: store.save });
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const win = new EventTarget();
    const unbind = bindLifecycle(autosave, { document: doc, window: win });
    const a = sample('a');
    autosave.schedule(edit(a, 'synlig'));
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.calls).toHaveLength(0); // still visible: no hurry
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.calls.map((c) => c.problem.description)).toEqual(['synlig']);
    autosave.schedule(edit(a, 'stängs'));
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.calls.map((c) => c.problem.description)).toEqual(['synlig', 'stängs']);
    unbind();
    autosave.schedule(edit(a, 'efter'));
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.calls).toHaveLength(2);
  });
});
