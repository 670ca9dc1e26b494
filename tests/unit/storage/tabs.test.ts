import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepBoth, listSummaries, load, overwriteWithMine, save, watchAssessment } from '../../../src/storage';
import type { RemoteChange } from '../../../src/storage';
import { CHANNEL_NAME, closeTabs } from '../../../src/storage/tabs';
import { freshStorage, sample } from './helpers';

/** Another tab, as seen through the channel. */
let other: BroadcastChannel;
let heard: unknown[];
beforeEach(async () => {
  await freshStorage();
  other = new BroadcastChannel(CHANNEL_NAME);
  heard = [];
  other.onmessage = (e: MessageEvent) => heard.push(e.data);
});
afterEach(() => {
  other.close();
  closeTabs();
});

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('tabs', () => {
  it('announces saves to other tabs with the new revision', async () => {
    await save(sample('a'), 0);
    await until(() => heard.length > 0);
    expect(heard).toContainEqual(expect.objectContaining({ type: 'saved', id: 'a', revision: 1 }));
  });

  it('tells the watcher when another tab opens, saves or leaves the same assessment, and ignores others', async () => {
    const changes: RemoteChange[] = [];
    const stop = watchAssessment('a', (c) => changes.push(c));
    await until(() => heard.some((m) => (m as { type: string }).type === 'open'));
    other.postMessage({ type: 'open', id: 'a', tabId: 'tab-2' });
    other.postMessage({ type: 'saved', id: 'b', revision: 9, tabId: 'tab-2' });
    other.postMessage({ type: 'saved', id: 'a', revision: 4, tabId: 'tab-2' });
    other.postMessage({ type: 'closed', id: 'a', tabId: 'tab-2' });
    other.postMessage({ nonsense: true });
    await until(() => changes.length >= 3);
    expect(changes).toEqual([
      { kind: 'presence', otherTabs: 1 },
      { kind: 'saved', revision: 4, tabId: 'tab-2', otherTabs: 1 },
      { kind: 'presence', otherTabs: 0 },
    ]);
    // The newcomer was told this tab is here too.
    expect(heard).toContainEqual(expect.objectContaining({ type: 'here', id: 'a' }));
    stop();
    await until(() => heard.some((m) => (m as { type: string }).type === 'closed'));
    expect(heard).toContainEqual(expect.objectContaining({ type: 'closed', id: 'a' }));
  });
});

describe('conflicts between two tabs', () => {
  async function conflict() {
    const a = sample('a');
    await save(a, 0);
    const theirs = { ...a, problem: { ...a.problem, description: 'Flik 2' } };
    await save(theirs, 1);
    const mine = { ...a, revision: 1, problem: { ...a.problem, description: 'Flik 1' } };
    const result = await save(mine, 1);
    if (result.ok || result.reason !== 'conflict') throw new Error('expected a conflict');
    return { mine, theirs: result.stored };
  }

  it('keep both: theirs stays, mine is stored as a copy, nothing is lost', async () => {
    const { mine, theirs } = await conflict();
    const kept = await keepBoth(mine, theirs, 'a-copy', '2026-03-02T12:00:00.000Z');
    expect(kept.ok).toBe(true);
    const a = await load('a');
    const copy = await load('a-copy');
    expect(a.ok && a.assessment.problem.description).toBe('Flik 2');
    expect(copy.ok && copy.assessment.problem.description).toBe('Flik 1');
    expect((await listSummaries()).length).toBe(2);
  });

  it('overwrite with mine replaces theirs, knowingly', async () => {
    const { mine, theirs } = await conflict();
    expect(await overwriteWithMine(mine, theirs)).toMatchObject({ ok: true, revision: 3 });
    const a = await load('a');
    expect(a.ok && a.assessment.problem.description).toBe('Flik 1');
  });
});
