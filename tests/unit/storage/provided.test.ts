// What main.tsx provides to storage (the store's kind, the summarizer): at once, or as a loader on first need.
import { describe, expect, it } from 'vitest';
import { provided } from '../../../src/storage/provided';

describe('a part provided to storage', () => {
  it('is a wiring error, said as such, when asked for before anything was provided', () => {
    expect(() => provided<string>('nothing provided').get()).toThrow('nothing provided');
  });

  it('loads on first need, once, when provided for later', async () => {
    const slot = provided<string>('none');
    let loads = 0;
    slot.provideLater(async () => (loads++, 'kind'));
    expect(slot.current()).toBeNull();
    expect(await Promise.all([slot.ready(), slot.ready()])).toEqual(['kind', 'kind']);
    expect(slot.get()).toBe('kind');
    expect(loads).toBe(1);
  });

  it('tries the load again after a failed one', async () => {
    const slot = provided<string>('none');
    let fail = true;
    slot.provideLater(async () => {
      if (fail) throw new Error('offline');
      return 'kind';
    });
    await expect(slot.ready()).rejects.toThrow('offline');
    fail = false;
    expect(await slot.ready()).toBe('kind');
  });

  it('answers whoever waited before the loader was provided', async () => {
    const slot = provided<string>('none');
    const waited = slot.ready();
    slot.provideLater(async () => 'kind');
    expect(await waited).toBe('kind');
  });

  it('uses the one provided last', () => {
    const slot = provided<string>('none');
    slot.provide('first');
    slot.provide('second');
    expect(slot.get()).toBe('second');
  });
});
