import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { canonicalJson, createSignedRecord, defaultPolicy, evaluate, fingerprint, nextVersion, restore } from '../../../src/assessments/camera/domain';
import { extractAssessment } from '../../../src/pdf/extract';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { diffPages } from '../../../src/pdf/page-diff';
import type { VerifyDeps } from '../../../src/pdf/verify';
import { verifyDocument } from '../../../src/pdf/verify';
import { buildBackup } from '../../../src/storage/backup-export';
import { editVisibleText } from '../../e2e/pdf-edit';
import { nodeDeps, signedCopy } from './helpers';

const load = (file: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  return r.value;
};

const deps = (known: string[] = []): VerifyDeps => ({
  fonts: nodeDeps,
  pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  known: async (fp) => (known.includes(fp) ? [{ where: 'file', detail: 'register.csv' }] : []),
});

const NOW = new Date('2026-09-20T10:00:00Z');
const binary = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const fromBinary = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
/** Hides an XMP tag from readers without changing a byte count, as in a PDF made before the tag existed. */
const hideTag = (pdf: Uint8Array, tag: string): Uint8Array => fromBinary(binary(pdf).replaceAll(`kb:${tag}>`, `kb:${'x'.repeat(tag.length)}>`));

describe('the assessment inside the PDF', () => {
  test.each(['facade-night.json', 'stress-60-cameras.json'])('%s comes back identical through extractAssessment and restore', async (file) => {
    const a = await signedCopy(load(file));
    const back = restore(extractAssessment(await renderAssessmentPdf({ assessment: a }, nodeDeps)));
    expect(back.ok && canonicalJson(back.value)).toBe(canonicalJson(a));
    expect(back.ok && back.value).toEqual(a); // volatile fields and the fingerprint travel too
  });

  test('a copy for wide distribution carries no data and no record', async () => {
    const pdf = await renderAssessmentPdf({ assessment: await signedCopy(load('facade-night.json')), omitPlacement: true }, nodeDeps);
    expect(extractAssessment(pdf)).toBeNull();
    expect(binary(pdf)).not.toContain('<kb:signed>');
  });
});

describe('a signed PDF', async () => {
  const a = await signedCopy(load('facade-night.json'));
  const pdf = await renderAssessmentPdf({ assessment: a, now: NOW }, nodeDeps);
  const signed = a.signoff!.fingerprint;

  test('untouched, it matches and reads the same; the fingerprint is known only where listed', async () => {
    const alone = await verifyDocument(pdf, deps());
    expect(alone).toMatchObject({ status: 'match', source: 'pdf', record: 'embedded', fingerprint: signed, differences: [], known: [] });
    expect((await verifyDocument(pdf, deps([signed]))).known).toEqual([{ where: 'file', detail: 'register.csv' }]);
  });

  test('one edited visible word fails and is named by page, field and words', async () => {
    const edited = editVisibleText(pdf, '72 timmar (3 dygn)', '24 timmar (1 dygn)');
    expect(extractAssessment(edited)).toEqual(extractAssessment(pdf)); // the data is left alone
    const result = await verifyDocument(edited, deps([signed]));
    expect(result).toMatchObject({ status: 'altered', reason: 'text-differs' });
    // The retention is stated first in the beslutsformel on page 1 (2026-12), so the first occurrence edited is there.
    expect(result.differences).toEqual([{ page: 1, field: 'Beslut', expected: '72 timmar (3', found: '24 timmar (1' }]);
  });

  test('a forgery whose data was edited and fingerprint recomputed is consistent but not known', async () => {
    const forged = structuredClone(a);
    forged.data.retentionHours = 24;
    forged.signoff!.fingerprint = await fingerprint(forged);
    const result = await verifyDocument(await renderAssessmentPdf({ assessment: forged, now: NOW }, nodeDeps), deps([signed]));
    expect(result.fingerprint).not.toBe(signed);
    expect(result.known).toEqual([]);
  });

  test('data edited without recomputing the fingerprint is altered', async () => {
    const tampered = structuredClone(a);
    tampered.data.retentionHours = 24;
    const result = await verifyDocument(await renderAssessmentPdf({ assessment: tampered, signed: await createSignedRecord(a) }, nodeDeps), deps());
    expect(result).toMatchObject({ status: 'altered', reason: 'record-differs' });
  });

  test('a record whose content was edited and fingerprint recomputed does not match the document', async () => {
    const other = structuredClone(a);
    other.data.retentionHours = 24;
    const forgedRecord = await createSignedRecord(other); // its own hash holds, but it signs other content
    const result = await verifyDocument(await renderAssessmentPdf({ assessment: a, signed: forgedRecord }, nodeDeps), deps());
    expect(result).toMatchObject({ status: 'altered', reason: 'fingerprint-differs' });
  });

  test('a record whose content was edited but not rehashed is broken', async () => {
    const record = await createSignedRecord(a);
    const broken = { ...record, content: record.content.replace('"retentionHours":72', '"retentionHours":24') };
    expect(broken.content).not.toBe(record.content);
    const result = await verifyDocument(await renderAssessmentPdf({ assessment: a, signed: broken }, nodeDeps), deps());
    expect(result).toMatchObject({ status: 'altered', reason: 'record-broken' });
  });

  test('a changed fingerprint in the XMP packet is altered', async () => {
    const edited = fromBinary(binary(pdf).replace(`<kb:fingerprint>${signed}</kb:fingerprint>`, `<kb:fingerprint>${'0'.repeat(64)}</kb:fingerprint>`));
    expect(await verifyDocument(edited, deps())).toMatchObject({ status: 'altered', reason: 'printed-fingerprint-differs' });
  });

  test('made before records and kb:render: the record comes from the raw data; edited text is not called unaltered', async () => {
    const old = hideTag(hideTag(pdf, 'signed'), 'render');
    expect(await verifyDocument(old, deps())).toMatchObject({ status: 'match', record: 'derived', fingerprint: signed, differences: [] });
    const edited = await verifyDocument(editVisibleText(old, '72 timmar (3 dygn)', '24 timmar (1 dygn)'), deps());
    expect(edited.status).toBe('pages-not-compared');
    expect(edited.differences).toHaveLength(1);
  });

  test('an English PDF is made again in English, also when only its XMP language says so', async () => {
    const en = await renderAssessmentPdf({ assessment: a, lang: 'en', now: NOW }, nodeDeps);
    expect(await verifyDocument(en, deps())).toMatchObject({ status: 'match', differences: [] });
    expect(await verifyDocument(hideTag(hideTag(en, 'signed'), 'render'), deps())).toMatchObject({ status: 'match', record: 'derived', differences: [] });
  });
});

describe('a PDF made as the app makes it', async () => {
  const first = await signedCopy(load('facade-night.json'));
  const policy = { ...defaultPolicy, organisationName: 'Utbildningsnämnden i Exempelstad', dpoContact: { name: 'Dana Dataskydd', title: 'Dataskyddsombud', email: 'dpo@example.se', phone: '' } };

  test('with the organisation policy and the evaluation of the day it was made, it reads the same', async () => {
    const evaluation = evaluate(first, policy, '2026-09-20');
    const pdf = await renderAssessmentPdf({ assessment: first, policy, evaluation, now: NOW }, nodeDeps);
    expect(await verifyDocument(pdf, deps())).toMatchObject({ status: 'match', differences: [] });
    expect(await verifyDocument(editVisibleText(pdf, 'Utbildningsnämnden', 'Utbildningsnämndan'), deps())).toMatchObject({ status: 'altered', reason: 'text-differs' });
  });

  test('with an evaluation of an unknown day, edited text is "not compared", never unaltered', async () => {
    const evaluation = { ...evaluate(first, policy, '2026-09-20'), nextReviewDate: '2031-01-01' };
    const pdf = await renderAssessmentPdf({ assessment: first, policy, evaluation, now: NOW }, nodeDeps);
    const edited = await verifyDocument(editVisibleText(pdf, '72 timmar (3 dygn)', '24 timmar (1 dygn)'), deps());
    expect(edited.status).toBe('pages-not-compared');
    expect(edited.differences).toContainEqual({ page: 1, field: 'Beslut', expected: '72 timmar (3', found: '24 timmar (1' });
  });

  test('a new version prints its changes since the previous one, which must itself be unaltered', async () => {
    const draft = nextVersion(first, 'second', NOW);
    draft.data.retentionHours = 48;
    const second = await signedCopy(draft);
    const pdf = await renderAssessmentPdf({ assessment: second, previous: first, now: NOW }, nodeDeps);
    expect(await verifyDocument(pdf, deps())).toMatchObject({ status: 'match', differences: [] });

    const forgedPrevious = structuredClone(first);
    forgedPrevious.data.retentionHours = 720; // the printed changes would then lie about what changed
    const lying = await renderAssessmentPdf({ assessment: second, previous: forgedPrevious, now: NOW }, nodeDeps);
    expect(await verifyDocument(lying, deps())).toMatchObject({ status: 'altered', reason: 'previous-broken' });
  });
});

describe('JSON files and backups', async () => {
  const a = await signedCopy(load('facade-night.json'));
  const b = await signedCopy(load('schoolyard-evening.json'));

  test('a signed JSON file matches; with one field changed it is altered', async () => {
    expect(await verifyDocument(JSON.stringify(a), deps())).toMatchObject({ status: 'match', source: 'json', record: 'derived' });
    const tampered = structuredClone(a);
    tampered.data.retentionHours = 720;
    expect(await verifyDocument(JSON.stringify(tampered), deps())).toMatchObject({ status: 'altered', reason: 'fingerprint-differs' });
  });

  test('a document from a newer schema version asks for an update instead of guessing', async () => {
    expect(await verifyDocument(JSON.stringify({ ...a, schemaVersion: 99 }), deps())).toMatchObject({ status: 'unreadable', reason: 'newer-version' });
  });

  test('the fingerprint is recomputed from the raw JSON, not from restored data', async () => {
    const raw = JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
    raw.futureField = 'kept by restore, hashed as it is'; // restore keeps it; an app that dropped it would differ
    const result = await verifyDocument(JSON.stringify(raw), deps());
    expect(result.status).toBe('altered');
  });

  test('a format-1 backup kept from an earlier release: every signed version verifies', async () => {
    const file = readFileSync('tests/fixtures/backup/v1-signed-chain.json', 'utf8');
    const result = await verifyDocument(file, deps());
    expect(result.entries?.length).toBeGreaterThan(1);
    expect(result.entries?.every((e) => e.status === 'match')).toBe(true);
  });

  test('a backup the app writes: every signed version verifies, and says which fingerprints are known', async () => {
    const version = async (x: Assessment) => ({ document: x, signed: await createSignedRecord(x) });
    const backup = await buildBackup({
      assessments: [
        { assessment: a, versions: [await version(a)], deletedAt: null },
        { assessment: b, versions: [await version(b)], deletedAt: null },
      ],
      policy: null,
    });
    const result = await verifyDocument(JSON.stringify(backup), deps([a.signoff!.fingerprint]));
    expect(result.status).toBe('match');
    expect(result.entries?.map((e) => [e.status, e.fingerprint, e.known.length])).toEqual([
      ['match', a.signoff!.fingerprint, 1],
      ['match', b.signoff!.fingerprint, 0],
    ]);
  });

  test('a format-2 backup reads the record beside each version; a forged version is altered', async () => {
    const forged = structuredClone(b);
    forged.data.retentionHours = 720;
    const file = {
      format: 'kamerabedomning/backup',
      formatVersion: 2,
      payload: {
        assessments: [
          { assessment: a, versions: [{ document: a, signed: await createSignedRecord(a) }] },
          { assessment: forged, versions: [{ document: forged, signed: await createSignedRecord(b) }] },
        ],
      },
    };
    const result = await verifyDocument(JSON.stringify(file), deps());
    expect(result.status).toBe('altered');
    expect(result.entries?.map((e) => [e.status, e.record])).toEqual([
      ['match', 'embedded'],
      ['altered', 'embedded'],
    ]);
  });
});

describe('nothing to verify', () => {
  test('a draft is not signed', async () => {
    expect((await verifyDocument(await renderAssessmentPdf({ assessment: load('facade-night.json') }, nodeDeps), deps())).status).toBe('not-signed');
  });

  test('garbage, an empty file, foreign JSON and a redacted copy are unreadable', async () => {
    expect((await verifyDocument(new Uint8Array([0xde, 0xad, 0xbe, 0xef]), deps())).status).toBe('unreadable');
    expect((await verifyDocument('', deps())).status).toBe('unreadable');
    expect((await verifyDocument('{"hello": "world"}', deps())).status).toBe('unreadable');
    const copy = await renderAssessmentPdf({ assessment: await signedCopy(load('facade-night.json')), omitPlacement: true }, nodeDeps);
    expect(await verifyDocument(copy, deps())).toMatchObject({ status: 'unreadable', reason: 'redacted-copy' });
  });

});

describe('comparing page text', () => {
  const line = (text: string, label: string | null = null) => ({ text, label });

  test('the same words broken into lines differently read the same', () => {
    expect(diffPages([[line('Lagringstid 72 timmar', 'Lagringstid'), line('(3 dygn)')]], [[line('Lagringstid 72'), line('timmar (3 dygn)')]])).toEqual([]);
  });

  test('a word changed under a heading is named by the heading, an extra page by its number', () => {
    const expected = [[line('6. Personuppgiftshantering', '6. Personuppgiftshantering'), line('Bilderna sparas i 72 timmar.')]];
    const found = [[expected[0]![0]!, line('Bilderna sparas i 720 timmar.')], [line('Ett tillagt blad')]];
    expect(diffPages(expected, found)).toEqual([
      { page: 1, field: '6. Personuppgiftshantering', expected: '72', found: '720' },
      { page: 2, field: null, expected: '', found: 'Ett tillagt blad' },
    ]);
  });
});
