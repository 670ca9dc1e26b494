// A first visit shows home before its database exists: what it shows must be what that database reads as.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as storage from '../../../src/storage';
import { NOTHING_STORED, readHome } from '../../../src/ui/home/useHomeData';
import { freshStorage, sample } from '../storage/helpers';

beforeEach(async () => {
  await freshStorage();
});

describe('home on a first visit', () => {
  it('the page shown before the first read is what an empty database reads as', async () => {
    expect(await readHome(storage)).toEqual(NOTHING_STORED);
  });

  it('is no longer what the database reads as once something is stored, so the read replaces it', async () => {
    await storage.save(sample('a'), 0);
    const read = await readHome(storage);
    expect(read).not.toEqual(NOTHING_STORED);
    expect(read.kind === 'ready' && read.items.map((i) => i.id)).toEqual(['a']);
  });

  it('is told by the install marker, which every start writes and which no database read is needed for', async () => {
    expect(storage.installKnown()).toBe(false);
    await storage.wasWiped();
    expect(storage.installKnown()).toBe(true);
  });
});
