import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { save } from '../../../src/storage/assessments';
import { findSignedVersion } from '../../../src/storage/known';
import { freshStorage, sample, signedSample } from './helpers';

describe('findSignedVersion', () => {
  beforeEach(async () => {
    await freshStorage();
  });

  test('finds a version signed on this device by its fingerprint, in any case', async () => {
    await save(signedSample('s', 'Lindängsskolan', 'ab'.repeat(32)), 0);
    await save(sample('d', 'Utkastskolan'), 0);
    expect(await findSignedVersion('AB'.repeat(32))).toEqual([{ id: 's', version: 1, schoolName: 'Lindängsskolan', signedAt: '2026-03-02T10:00:00.000Z' }]);
  });

  test('a fingerprint no version here has is unknown, as on an empty device', async () => {
    expect(await findSignedVersion('cd'.repeat(32))).toEqual([]);
    await save(signedSample('s', 'Lindängsskolan', 'ab'.repeat(32)), 0);
    expect(await findSignedVersion('cd'.repeat(32))).toEqual([]);
  });
});
