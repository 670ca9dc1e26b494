// The backup's payload is written in canonical order and read back without the sorted copy: the checksum text
// must be exactly canonicalJson's for any data (files from before, edited files, forged files), and a file
// written this way must read as the same backup as one written the old way.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, parseBackup, save } from '../../../src/storage';
import type { BackupFile } from '../../../src/storage';
import { backupText, buildBackup } from '../../../src/storage/backup-export';
import { canonicalJson, canonicalPayload } from '../../../src/storage/canonical';
import { entryOf, freshStorage, sample, signedSample } from './helpers';

// Keys that order differently as strings and as the engine's integer keys, and the one JSON.parse keeps as data.
const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('0', '1', '2', '9', '10', '01', '__proto__', 'toJSON', 'a', 'B'));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.string(), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
})).value;

/** Sorted at every level the way the exporter writes it, then read back as a file would be. */
const reparsedSorted = (v: unknown): unknown => JSON.parse(canonicalJson(v));

describe('the checksum text', () => {
  it('is canonicalJson for any data, sorted or not, as parsed from a file', () => {
    fc.assert(
      fc.property(json, (v) => {
        const parsed: unknown = JSON.parse(JSON.stringify(v) ?? 'null');
        expect(canonicalPayload(parsed)).toBe(canonicalJson(parsed));
        expect(canonicalPayload(reparsedSorted(v))).toBe(canonicalJson(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the general path for what JSON.stringify would write differently', () => {
    const withDate = { a: new Date(0) };
    expect(canonicalPayload(withDate)).toBe(canonicalJson(withDate));
    const numeric = JSON.parse('{"10":1,"9":2}') as unknown;
    expect(canonicalPayload(numeric)).toBe(canonicalJson(numeric));
    const ownToJson = { a: 1, toJSON: () => 'x' };
    expect(canonicalPayload(ownToJson)).toBe(canonicalJson(ownToJson));
  });
});

describe('a backup written in canonical order', () => {
  beforeEach(freshStorage);

  it('parses to the same file as the old serialisation, checksum included', async () => {
    const payload: BackupFile['payload'] = { assessments: [entryOf(sample('a', 'Ekskolan')), entryOf(signedSample('b', 'Björkskolan'))], policy: null };
    const now = new Date('2026-12-06T01:00:00Z');
    expect(JSON.parse(await backupText(payload, now))).toEqual(JSON.parse(JSON.stringify(await buildBackup(payload, now))));
  });

  it('imports what it exported, and refuses it once a character of a record is changed', async () => {
    expect((await save(sample('a', 'Ekskolan'), 0)).ok).toBe(true);
    const exported = await exportBackup();
    if (!exported.ok) throw new Error('export failed');
    expect((await parseBackup(exported.text)).ok).toBe(true);
    const forged = exported.text.replace('"Ekskolan"', '"EkskolaN"');
    expect(forged).not.toBe(exported.text);
    const refused = await parseBackup(forged);
    expect(refused.ok ? null : refused.error.kind).toBe('checksum-mismatch');
  });
});
