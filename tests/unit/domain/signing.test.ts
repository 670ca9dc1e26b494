import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { canonicalJson, fingerprint, restore } from '../../../src/assessments/camera/domain';
import {
  createSignedRecord,
  documentMatchesRecord,
  parseSignedRecord,
  recordFromRawDocument,
  recordIntact,
  sha256Hex,
} from '../../../src/assessments/camera/domain/signing';
import { signedCopy } from '../pdf/helpers';

const load = (file: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  return r.value;
};

describe('the signed record', () => {
  test('holds the text that was hashed, and its fingerprint is the one signing put on the document', async () => {
    const a = await signedCopy(load('reference-8-cameras.json'));
    const record = await createSignedRecord(a);
    expect(record.fingerprint).toBe(a.signoff!.fingerprint);
    expect(await sha256Hex(record.content)).toBe(record.fingerprint);
    expect(await recordIntact(record)).toBe(true);
    expect(documentMatchesRecord(a, record)).toBe(true);
  });

  test('a document with one changed answer no longer matches the record', async () => {
    const a = await signedCopy(load('facade-night.json'));
    const record = await createSignedRecord(a);
    const edited = structuredClone(a);
    edited.data.retentionHours = (edited.data.retentionHours ?? 0) + 1;
    expect(documentMatchesRecord(edited, record)).toBe(false);
  });

  test('register events and bookkeeping after signing do not break the match', async () => {
    const a = await signedCopy(load('facade-night.json'));
    const record = await createSignedRecord(a);
    const later: Assessment = { ...a, revision: a.revision + 7, updatedAt: '2027-01-01T00:00:00.000Z', endedOn: '2027-01-01' };
    expect(documentMatchesRecord(later, record)).toBe(true);
  });

  test('a record whose content was edited without a new fingerprint is not intact', async () => {
    const a = await signedCopy(load('facade-night.json'));
    const record = await createSignedRecord(a);
    expect(await recordIntact({ ...record, content: record.content.replace('"retentionHours":', '"retentionHours":1') })).toBe(false);
  });

  test('a bare signed file is hashed from its raw JSON with the frozen v1 form, equal to what signing computed', async () => {
    const a = await signedCopy(load('stress-60-cameras.json'));
    const raw = JSON.parse(JSON.stringify(a)) as unknown;
    const record = await recordFromRawDocument(raw);
    expect(record?.fingerprint).toBe(a.signoff!.fingerprint);
    expect(record?.content).toBe(canonicalJson(a));
    expect(await fingerprint(a)).toBe(record?.fingerprint);
  });

  test('an unsigned or foreign document has no record; a malformed record is refused', async () => {
    expect(await recordFromRawDocument(JSON.parse(JSON.stringify(load('facade-night.json'))))).toBeNull();
    expect(await recordFromRawDocument({ format: 'other', signoff: {} })).toBeNull();
    expect(parseSignedRecord({ format: 'x', schemaVersion: 1, c14n: 'kb-c14n-1', content: '{}', fingerprint: 'nothex' })).toBeNull();
    expect(parseSignedRecord('text')).toBeNull();
  });
});
