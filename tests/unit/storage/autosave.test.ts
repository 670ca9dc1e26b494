import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/domain';
import { bindLifecycle, createAutosave } from '../../../src/storage/autosave';
import type { AutosaveStatus } from '../../../src/storage/autosave';
import type { SaveResult } from '../../../src/storage/assessments';
import { sample } from './helpers';

/** A fake store: records every save, answers with the next revision unless told otherwise, can be held. */
function fakeSave() {
  const calls: Assessment[] = [];
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
    if (stored !== a.revision) return { ok: false, reason: 'conflict', stored: { ...a, revision: stored } };
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
    expect(autosave.status()).toEqual({ error: 'quota', id: 'a', message: 'QuotaExceededError: full' });
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
    store.revisions.set('a', 5); // another tab saved meanwhile
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
