// The save status while the principal types: a keystroke first waits in the field's draft, then in autosave,
// then in the IndexedDB write. Until that write has committed the new text, the status must not say saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveStatus } from '../../../../src/storage/autosave';
import type { SaveResult } from '../../../../src/storage/assessments';
import type { StoreDoc } from '../../../../src/engine/kind';
import { createDraftBuffer } from '../../../../src/ui/fields/draftBuffer';
import { createFieldDrafts } from '../../../../src/ui/wizard/drafts';
import { lineStateOf, shownStatus } from '../../../../src/ui/session/shownStatus';
import type { ServiceSave } from '../../../../src/assessments/digital-service/ui/useServiceDoc';

type Doc = StoreDoc & { purpose: string };

const isSaved = (s: AutosaveStatus): s is Extract<AutosaveStatus, { saved: Date }> => typeof s === 'object' && 'saved' in s;

/** A wizard page in miniature: one text field, the document it commits to, autosave and a disk that answers when told. */
function page() {
  const writes: { doc: Doc; commit: (r: SaveResult) => void }[] = [];
  const autosave = createAutosave({
    save: (a) => new Promise<SaveResult>((commit) => writes.push({ doc: a as Doc, commit })),
    delayMs: 600,
    maxWaitMs: 2000,
  });
  let doc: Doc = { id: 'a1', revision: 1, purpose: 'Skadegörelse' } as Doc;
  const drafts = createFieldDrafts();
  const field = createDraftBuffer(
    doc.purpose,
    // As the machine does: an answer equal to the one held changes nothing and is not saved.
    (purpose) => {
      if (purpose === doc.purpose) return;
      doc = { ...doc, purpose };
      autosave.schedule(doc);
    },
    (held) => drafts.hold(field.flush, held),
  );
  drafts.register(field.flush);
  const status = () => shownStatus(autosave.status(), drafts.held());
  /** The disk commits the oldest write waiting. */
  const commitWrite = async () => {
    const write = writes.shift();
    if (!write) throw new Error('no write is waiting');
    write.commit({ ok: true, revision: write.doc.revision + 1 } as SaveResult);
    await vi.runOnlyPendingTimersAsync();
  };
  return { autosave, field, status, writes, commitWrite, drafts };
}

describe('the save status while a keystroke waits', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not say saved from typing until the write of the new text has committed', async () => {
    const p = page();
    p.field.change('Skadegörelse i entrén');
    await vi.runOnlyPendingTimersAsync(); // the draft reaches the document, autosave waits
    await vi.runOnlyPendingTimersAsync(); // autosave writes
    await p.commitWrite();
    expect(isSaved(p.status())).toBe(true);

    p.field.change('Skadegörelse i entrén och');
    expect(p.status()).toBe('pending'); // still in the field: the earlier "Sparat" does not vouch for it
    await vi.runOnlyPendingTimersAsync();
    expect(p.drafts.held()).toBe(false);
    expect(p.status()).toBe('pending'); // in the document, waiting for autosave
    await vi.runOnlyPendingTimersAsync();
    expect(p.status()).toBe('saving');
    expect(p.writes).toHaveLength(1);
    await p.commitWrite();
    const shown = p.status();
    expect(isSaved(shown) && (shown.source as Doc).purpose).toBe('Skadegörelse i entrén och');
  });

  it('goes back to what it said when the field commits the text the document already has', async () => {
    const p = page();
    p.field.change('Skadegörelse i entrén');
    p.field.change('Skadegörelse');
    expect(p.status()).toBe('pending');
    await vi.runOnlyPendingTimersAsync();
    // No save follows an unchanged answer, so waiting for one would leave "sparas …" on screen for good.
    expect(p.writes).toHaveLength(0);
    expect(p.status()).toBe('idle');
  });

  it('keeps a failed write on screen while the principal types on', () => {
    const failed: AutosaveStatus = { error: 'quota', id: 'a1', message: '', retryAt: new Date(), attempt: 1 };
    expect(shownStatus(failed, true)).toBe(failed);
  });
});

describe('the digital-service save line while a keystroke waits', () => {
  it('says pending, not the last save, and keeps a failure', () => {
    const saved: ServiceSave = { saved: new Date() };
    const failed: ServiceSave = { error: 'quota', message: 'Disken är full' };
    expect(shownStatus(saved, true)).toBe('pending');
    expect(shownStatus<ServiceSave>('idle', true)).toBe('pending');
    expect(shownStatus(saved, false)).toBe(saved);
    expect(shownStatus(failed, true)).toBe(failed);
  });
});

describe('when the save line is heard', () => {
  it('only once it has settled: saved, nothing to save, or failed', () => {
    expect(lineStateOf('pending')).toBe('pending');
    expect(lineStateOf('saving')).toBe('pending');
    expect(lineStateOf('idle')).toBe('saved');
    expect(lineStateOf({ saved: new Date() })).toBe('saved');
    expect(lineStateOf({ error: 'quota' })).toBe('failed');
  });
});

describe('the fields a wizard page holds drafts in', () => {
  it('tells the status only when some field starts or stops holding typing, and forgets a field that leaves', () => {
    const drafts = createFieldDrafts();
    const told = vi.fn();
    drafts.subscribe(told);
    const a = () => undefined;
    const b = () => undefined;
    const unregisterA = drafts.register(a);
    drafts.register(b);
    drafts.hold(a, true);
    drafts.hold(b, true);
    drafts.hold(b, false);
    expect(drafts.held()).toBe(true);
    expect(told).toHaveBeenCalledTimes(1);
    unregisterA();
    expect(drafts.held()).toBe(false);
    expect(told).toHaveBeenCalledTimes(2);
  });
});
