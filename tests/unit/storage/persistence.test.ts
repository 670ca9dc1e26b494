import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acknowledgeWipe, requestPersistence, save, saveDocument, storageStatus, wasWiped } from '../../../src/storage';
import { closeDatabase } from '../../../src/storage/db';
import { forgetMarkerState } from '../../../src/storage/persistence';
import { freshStorage, sample } from './helpers';
import type { MemoryStorage } from './helpers';

let local: MemoryStorage;
beforeEach(async () => {
  local = await freshStorage();
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'navigator');
});

/** The browser deletes IndexedDB but localStorage survives. */
async function browserWipesDatabase(): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  forgetMarkerState();
}

describe('wipe marker', () => {
  it('a fresh install is not a wipe', async () => {
    expect(await wasWiped()).toBe(false);
  });

  it('a database deleted by the browser after data was saved is reported, until acknowledged', async () => {
    await save(sample('a'), 0);
    await browserWipesDatabase();
    expect(await wasWiped()).toBe(true);
    await save(sample('b'), 0); // new work does not hide the warning
    expect(await wasWiped()).toBe(true);
    await acknowledgeWipe();
    expect(await wasWiped()).toBe(false);
  });

  it('a device holding only service validations still counts as holding data once a wipe is acknowledged', async () => {
    await saveDocument({ id: 'v1', kind: 'digital-service', doc: { id: 'v1' }, summary: null, decidedOn: null });
    await acknowledgeWipe();
    await browserWipesDatabase();
    expect(await wasWiped()).toBe(true);
  });

  it('a wiped database that never held data is not reported', async () => {
    await wasWiped();
    await browserWipesDatabase();
    expect(await wasWiped()).toBe(false);
    expect(local.length).toBe(1);
  });
});

describe('persistent storage', () => {
  const fakeNavigator = (persisted: boolean, grant: boolean) => {
    const calls: string[] = [];
    Object.defineProperty(globalThis, 'navigator', {
      configurable: true,
      value: {
        storage: {
          persisted: async () => (calls.push('persisted'), persisted),
          persist: async () => (calls.push('persist'), grant),
          estimate: async () => ({ usage: 1234, quota: 10_000_000 }),
        },
      },
    });
    return calls;
  };

  it('asks for persistence only when not yet persistent', async () => {
    const calls = fakeNavigator(false, true);
    expect(await requestPersistence()).toBe(true);
    expect(calls).toEqual(['persisted', 'persist']);
    const again = fakeNavigator(true, true);
    expect(await requestPersistence()).toBe(true);
    expect(again).toEqual(['persisted']);
  });

  it('reports persistence, usage and quota', async () => {
    fakeNavigator(false, false);
    expect(await storageStatus()).toEqual({ persisted: false, usage: 1234, quota: 10_000_000 });
  });

  it('says "unknown" where the browser has no storage manager', async () => {
    Object.defineProperty(globalThis, 'navigator', { configurable: true, value: {} });
    expect(await requestPersistence()).toBeNull();
    expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
  });
});

describe('wipe marker across installs', () => {
  it('an empty earlier install does not blind the marker to a later wipe', async () => {
    await wasWiped(); // install 1, nothing saved
    await browserWipesDatabase();
    await save(sample('a'), 0); // install 2 holds data now
    await browserWipesDatabase();
    expect(await wasWiped()).toBe(true);
  });
});
