import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../../../src/assessments/camera/domain';
import type { KeepBothResult } from '../../../../../../src/storage';
import { clearAllJournals, journalAfterCommit, readAside, readJournal, writeJournal } from '../../../../../../src/ui/session/journal';
import { recoverJournal } from '../../../../../../src/assessments/camera/ui/session/recover';
import { MemoryStorage, sample, signedSample } from '../../../../storage/helpers';

let local: MemoryStorage;
beforeEach(() => {
  local = new MemoryStorage();
  (globalThis as { localStorage?: Storage }).localStorage = local as unknown as Storage;
});

const typed = (a: Assessment, text: string, at = '2026-03-02T10:15:00.000Z'): Assessment => ({ ...a, updatedAt: at, problem: { ...a.problem, description: text } });

/** A storage whose keepBoth records what it kept, or fails. */
function fakeStorage(fail = false) {
  const copies: Assessment[] = [];
  return {
    copies,
    keepBoth: async (mine: Assessment, theirs: Assessment, newId: string): Promise<KeepBothResult> => {
      if (fail) return { ok: false, reason: 'quota', error: 'QuotaExceededError' };
      const copy = { ...mine, id: newId, revision: 1 };
      copies.push(copy);
      return { ok: true, copy, theirs };
    },
  };
}

describe('recovering the journal when an assessment opens', () => {
  it('opens the journal’s text over the older record, keeps the journal until it is stored, and says from when', async () => {
    const stored = { ...sample('a'), revision: 3 };
    writeJournal(typed(stored, 'Text som aldrig nådde databasen'), 3);
    const { assessment, recovery } = await recoverJournal(fakeStorage(), stored);
    expect(assessment.problem.description).toBe('Text som aldrig nådde databasen');
    expect(assessment.revision).toBe(3); // saved on top of the stored revision
    expect(recovery).toEqual({ kind: 'applied', at: '2026-03-02T10:15:00.000Z' });
    expect(readJournal('a')).not.toBeNull(); // cleared only once that state is stored
  });

  it('clears a journal the stored record already holds', async () => {
    const stored = { ...sample('a'), revision: 2 };
    writeJournal(stored, 2);
    expect((await recoverJournal(fakeStorage(), stored)).recovery).toEqual({ kind: 'none' });
    expect(readJournal('a')).toBeNull();
  });

  it('keeps the journal’s text as a copy when the record was saved elsewhere since', async () => {
    const stored = { ...sample('a'), revision: 5 };
    writeJournal(typed(stored, 'Mitt'), 4);
    const storage = fakeStorage();
    const { assessment, recovery } = await recoverJournal(storage, stored);
    expect(assessment).toBe(stored);
    expect(recovery).toMatchObject({ kind: 'copy', copyId: storage.copies[0]?.id });
    expect(storage.copies[0]?.problem.description).toBe('Mitt');
    expect(readJournal('a')).toBeNull();
  });

  it('keeps the journal’s text as a copy when the stored version is signed', async () => {
    const stored = signedSample('a');
    writeJournal(typed({ ...stored, signoff: null }, 'Efter signering'), stored.revision);
    const storage = fakeStorage();
    expect((await recoverJournal(storage, stored)).recovery.kind).toBe('copy');
    expect(storage.copies[0]?.problem.description).toBe('Efter signering');
  });

  it('never drops it silently: a copy that cannot be saved, or an unreadable entry, is set aside and reported', async () => {
    const stored = { ...sample('a'), revision: 5 };
    writeJournal(typed(stored, 'Mitt'), 4);
    const first = await recoverJournal(fakeStorage(true), stored);
    expect(first.recovery).toMatchObject({ kind: 'kept' });
    expect(readAside('a')).toContain('Mitt');
    // Work after opening journals under the same id; the set-aside text is not overwritten and is offered again.
    writeJournal(stored, 5);
    const again = await recoverJournal(fakeStorage(true), stored);
    expect(again.recovery).toMatchObject({ kind: 'kept' });
    expect(readAside('a')).toContain('Mitt');

    local.setItem('kb.unsaved.b', JSON.stringify({ base: 0, assessment: { ...sample('b'), problem: { description: 'x'.repeat(100_001) } } }));
    const unreadable = await recoverJournal(fakeStorage(), sample('b'));
    expect(unreadable.recovery).toMatchObject({ kind: 'kept' });
    expect(readAside('b')).toContain('xxxx');
  });

  it('is removed entirely by erase-all, set-aside entries included', async () => {
    writeJournal(typed(sample('a'), 'Mitt'), 0);
    local.setItem('kb.unsaved.b#aside', '{}');
    local.setItem('kb.lang', 'sv');
    clearAllJournals();
    expect(readJournal('a')).toBeNull();
    expect(readAside('b')).toBeNull();
    expect(local.getItem('kb.lang')).toBe('sv');
  });
});

describe('the journal while the principal works', () => {
  it('is cleared only when the committed state is exactly the one on screen', () => {
    const first = typed(sample('a'), 'Först');
    const second = typed(sample('a'), 'Först och sedan');
    writeJournal(second, 2); // typed on while `first` was being stored
    expect(journalAfterCommit(first, 3, second)).toBe(true);
    expect(readJournal('a')).toMatchObject({ base: 3, assessment: { problem: { description: 'Först och sedan' } } });
    // An equal-looking but older object is not "exactly what is on screen" either.
    expect(journalAfterCommit({ ...second }, 4, second)).toBe(true);
    expect(readJournal('a')).toMatchObject({ base: 4 });
    expect(journalAfterCommit(second, 5, second)).toBe(true);
    expect(readJournal('a')).toBeNull();
  });

  it('reports when localStorage refuses, so the status can ask for a backup instead', () => {
    (globalThis as { localStorage?: Storage }).localStorage = {
      ...local,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(writeJournal(sample('a'), 0)).toBe(false);
    expect(journalAfterCommit(sample('a'), 1, typed(sample('a'), 'x'))).toBe(false);
  });
});
