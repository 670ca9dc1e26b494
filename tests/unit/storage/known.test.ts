import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { save } from '../../../src/storage/assessments';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { createSignedRecord, recordIntact, restore } from '../../../src/assessments/camera/domain';
import { getDb } from '../../../src/storage/db';
import { findSignedVersion, storedSignedRecord } from '../../../src/storage/known';
import { signedCopy } from '../pdf/helpers';
import { freshStorage, sample, signedSample } from './helpers';

const load = (file: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  return r.value;
};

describe('findSignedVersion', () => {
  beforeEach(async () => {
    await freshStorage();
  });

  test('finds a version signed on this device by its fingerprint, in any case', async () => {
    const signed = signedSample('s', 'Lindängsskolan');
    await save(signed, 0);
    await save(sample('d', 'Utkastskolan'), 0);
    expect(await findSignedVersion(signed.signoff!.fingerprint.toUpperCase())).toEqual([{ id: 's', version: 1, schoolName: 'Lindängsskolan', signedAt: '2026-03-02T10:00:00.000Z' }]);
  });

  test('a fingerprint no version here has is unknown, as on an empty device', async () => {
    expect(await findSignedVersion('cd'.repeat(32))).toEqual([]);
    await save(signedSample('s', 'Lindängsskolan'), 0);
    expect(await findSignedVersion('cd'.repeat(32))).toEqual([]);
  });
});

describe('storedSignedRecord', () => {
  beforeEach(async () => {
    await freshStorage();
  });

  test('gives the record kept at signing, byte for byte, for the PDF to carry', async () => {
    const doc = await signedCopy(load('facade-night.json'));
    const record = await createSignedRecord(doc);
    expect((await save(doc, 0, record)).ok).toBe(true);
    expect(await storedSignedRecord(doc.id, doc.version)).toEqual(record);
  });

  test('a version row from before records were kept gets one from its raw stored JSON; no row, no record', async () => {
    const doc = await signedCopy(load('facade-night.json'));
    const db = await getDb();
    await db.put('versions', { id: doc.id, version: doc.version, signedAt: doc.signoff!.signedAt, fingerprint: doc.signoff!.fingerprint, assessment: doc });
    const record = await storedSignedRecord(doc.id, doc.version);
    expect(record?.fingerprint).toBe(doc.signoff!.fingerprint);
    expect(record && (await recordIntact(record))).toBe(true);
    expect(await storedSignedRecord(doc.id, doc.version + 1)).toBeNull();
  });
});
