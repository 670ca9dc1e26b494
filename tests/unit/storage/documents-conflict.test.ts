// A document of another kind is saved on top of the version the tab read: a tab that missed another tab's save
// (a decision among them) is refused instead of overwriting it unnoticed, and the stored row stays as it was.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDocument, saveDocument } from '../../../src/storage';
import { freshStorage } from './helpers';

const row = (answer: string, decidedOn: string | null = null) => ({
  id: 'v1',
  kind: 'digital-service',
  doc: { id: 'v1', service: { name: answer } },
  summary: { answer },
  decidedOn,
});

async function stored() {
  const r = await loadDocument('v1');
  if (!r.ok) throw new Error('not stored');
  return r.record;
}

beforeEach(async () => {
  await freshStorage();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('saving a document on top of the version read', () => {
  it('writes when the stored row is the one the tab read, and each save gives the next base', async () => {
    const created = await saveDocument(row('först'));
    if (!created.ok) throw new Error('create failed');
    const next = await saveDocument(row('sedan'), created.updatedAt);
    expect(next.ok).toBe(true);
    expect((await stored()).doc).toEqual(row('sedan').doc);
  });

  it('refuses a tab that missed another tab’s save, hands back what that tab stored and changes nothing', async () => {
    const created = await saveDocument(row('först'));
    if (!created.ok) throw new Error('create failed');
    const other = await saveDocument(row('den andra fliken'), created.updatedAt);
    if (!other.ok) throw new Error('other tab failed');
    const before = await stored();

    const stale = await saveDocument(row('den här fliken'), created.updatedAt);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect(stale.ok === false && stale.reason === 'conflict' ? stale.stored : null).toEqual(before);
    expect(await stored()).toEqual(before);
  });

  it('never lets a stale draft replace a recorded decision', async () => {
    const created = await saveDocument(row('utkast'));
    if (!created.ok) throw new Error('create failed');
    const decided = await saveDocument(row('beslutad', '2026-11-20'), created.updatedAt);
    if (!decided.ok) throw new Error('decision failed');

    const stale = await saveDocument(row('utkast, ändrat i gamla fliken'), created.updatedAt);
    expect(stale.ok).toBe(false);
    expect(await stored()).toMatchObject({ decidedOn: '2026-11-20', doc: row('beslutad').doc });
  });

  it('gives two saves within one millisecond two versions, so the older one is still refused', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-20T10:00:00.000Z'));
    const created = await saveDocument(row('först'));
    if (!created.ok) throw new Error('create failed');
    const other = await saveDocument(row('den andra fliken'), created.updatedAt);
    if (!other.ok) throw new Error('other tab failed');
    expect(other.updatedAt).not.toBe(created.updatedAt);
    expect(await saveDocument(row('den här fliken'), created.updatedAt)).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await stored()).doc).toEqual(row('den andra fliken').doc);
  });

  it('refuses a save on top of a document another tab has since deleted', async () => {
    const stale = await saveDocument(row('finns inte'), '2026-11-20T10:00:00.000Z');
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', stored: null });
    expect((await loadDocument('v1')).ok).toBe(false);
  });
});
