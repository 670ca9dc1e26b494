// "Verifiera dokument" reads every PDF through the kinds registry: a digital-service decision checks, with its
// kind, service, outcome, decider and date, and an edited or forged one does not; a camera PDF takes the same
// path and verifies as before, showing which signed version it is; a file no kind writes is not an assessment.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { restore } from '../../../src/assessments/camera/domain';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { renderServicePdf } from '../../../src/assessments/digital-service/pdf/render';
import { decisionRecord } from '../../../src/assessments/digital-service/pdf/record';
import { verifyDocument, type VerifyDeps } from '../../../src/pdf/verify';
import { base64FromUtf8, DATA_TAG, FINGERPRINT_TAG, SIGNED_TAG, utf8FromBase64 } from '../../../src/pdf/xmp';
import { editVisibleText } from '../../e2e/pdf-edit';
import { serviceFixture } from '../assessments/digital-service/fixtures';
import { nodeDeps, signedCopy } from './helpers';

const NOW = new Date('2026-12-04T10:00:00Z');
const DECIDED = '2026-12-04';

const deps = (known: string[] = []): VerifyDeps => ({
  fonts: nodeDeps,
  pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  known: async (fp) => (known.includes(fp) ? [{ where: 'typed', detail: '' }] : []),
});

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

/** The text between the last <tag> and </tag>, as the app reads it. */
function element(pdf: Uint8Array, tag: string): string {
  const text = latin1(pdf);
  const close = text.lastIndexOf(`</${tag}>`);
  return text.slice(text.lastIndexOf(`<${tag}>`, close) + tag.length + 2, close);
}
const replaceElement = (pdf: Uint8Array, tag: string, value: string): Uint8Array =>
  bytesOf(latin1(pdf).replace(`<${tag}>${element(pdf, tag)}</${tag}>`, `<${tag}>${value}</${tag}>`));
const editJson = (pdf: Uint8Array, tag: string, edit: (o: Record<string, unknown>) => void): Uint8Array => {
  const o = JSON.parse(utf8FromBase64(element(pdf, tag))) as Record<string, unknown>;
  edit(o);
  return replaceElement(pdf, tag, base64FromUtf8(JSON.stringify(o)));
};

async function decided() {
  const doc = serviceFixture('03-workspace-administration');
  doc.decision.verdict = 'approveWithConditions';
  return renderServicePdf({ doc, decidedOn: DECIDED, lang: 'sv', now: NOW }, nodeDeps);
}

describe('a digital-service decision PDF', () => {
  test('verifies, with its kind, service, outcome, decider and date', async () => {
    const pdf = await decided();
    const fingerprint = element(pdf, FINGERPRINT_TAG);
    const r = await verifyDocument(pdf, deps([fingerprint]));
    expect(r.status).toBe('match');
    expect(r.differences).toEqual([]);
    expect(r.fingerprint).toBe(fingerprint);
    expect(r.known).toHaveLength(1);
    expect(r.decision).toEqual({
      kind: { sv: 'Digital tjänst', en: 'Digital service' },
      title: 'Google Workspace for Education',
      outcome: { sv: expect.stringMatching(/villkor/), en: expect.stringMatching(/conditions/) },
      by: expect.stringContaining('Anna Berg'),
      on: DECIDED,
    });
  });

  test('a draft has nothing to check against', async () => {
    const pdf = await renderServicePdf({ doc: serviceFixture('01-free-quiz-app'), decidedOn: null, now: NOW }, nodeDeps);
    const r = await verifyDocument(pdf, deps());
    expect(r.status).toBe('not-signed');
    expect(r.decision?.title).toBe('Quizzly');
    expect(r.decision?.on).toBeNull();
  });

  test('edited data (another service name) no longer agree with the decision', async () => {
    const pdf = editJson(await decided(), DATA_TAG, (doc) => {
      (doc.service as Record<string, unknown>).name = 'Google Workspace Plus';
    });
    const r = await verifyDocument(pdf, deps());
    expect(r).toMatchObject({ status: 'altered', reason: 'record-differs' });
    expect(r.decision?.title).toBe('Google Workspace Plus');
  });

  test('an edited decision record breaks its kontrollkod', async () => {
    const pdf = editJson(await decided(), SIGNED_TAG, (rec) => {
      rec.decidedOn = '2026-01-01';
    });
    expect((await verifyDocument(pdf, deps())).status).toBe('altered');
  });

  test('another kontrollkod printed on the pages is an altered document', async () => {
    const pdf = replaceElement(await decided(), FINGERPRINT_TAG, 'a'.repeat(64));
    expect(await verifyDocument(pdf, deps())).toMatchObject({ status: 'altered', reason: 'printed-fingerprint-differs', signedFingerprint: 'a'.repeat(64) });
  });

  test('pages edited to say something the decision does not are an altered document, with the place shown', async () => {
    const pdf = editVisibleText(await decided(), 'Google Workspace for Education', 'Google Workspace for Educatiom');
    const r = await verifyDocument(pdf, deps());
    expect(r).toMatchObject({ status: 'altered', reason: 'text-differs' });
    expect(r.differences?.[0]).toMatchObject({ expected: expect.stringContaining('Education'), found: expect.stringContaining('Educatiom') });
  });

  test('a forged decision, data, record and printed kontrollkod rewritten together, no longer reads as its pages', async () => {
    const original = await decided();
    const known = element(original, FINGERPRINT_TAG);
    const doc = serviceFixture('03-workspace-administration');
    doc.decision.verdict = 'approve'; // the conditions dropped
    const record = await decisionRecord(doc, DECIDED);
    let pdf = replaceElement(original, DATA_TAG, base64FromUtf8(JSON.stringify(doc)));
    pdf = replaceElement(pdf, SIGNED_TAG, base64FromUtf8(JSON.stringify(record)));
    pdf = replaceElement(pdf, FINGERPRINT_TAG, record.fingerprint);
    expect(await verifyDocument(pdf, deps([known]))).toMatchObject({ status: 'altered', reason: 'text-differs' });
    // A whole new PDF made from the forged decision is consistent in itself, as any forgery can be made;
    // only the kontrollkod in the diarium tells.
    const remade = await renderServicePdf({ doc, decidedOn: DECIDED, lang: 'sv', now: NOW }, nodeDeps);
    const r = await verifyDocument(remade, deps([known]));
    expect(r.status).toBe('match');
    expect(r.fingerprint).not.toBe(known);
    expect(r.known).toEqual([]);
  });

  test('random data under the kind’s format, or a newer version, are refused with a reason, never thrown', async () => {
    const base = await decided();
    const garbage = replaceElement(base, DATA_TAG, base64FromUtf8(JSON.stringify({ format: 'kamerabedomning/digital-service', schemaVersion: 1, id: 7 })));
    expect(await verifyDocument(garbage, deps())).toMatchObject({ status: 'unreadable', reason: 'not-an-assessment' });
    const newer = editJson(base, DATA_TAG, (doc) => {
      doc.schemaVersion = 2;
    });
    expect(await verifyDocument(newer, deps())).toMatchObject({ status: 'unreadable', reason: 'newer-version' });
    const broken = replaceElement(base, DATA_TAG, 'not base64 at all');
    expect(await verifyDocument(broken, deps())).toMatchObject({ status: 'unreadable', reason: 'no-data' });
  });

  test('a validation saved as JSON is read too, and says nothing was decided', async () => {
    const json = JSON.stringify(serviceFixture('05-swedish-lms'));
    const r = await verifyDocument(json, deps());
    expect(r).toMatchObject({ status: 'not-signed', source: 'json' });
    expect(r.decision?.title).toBe('Skolplattan');
  });
});

describe('a camera PDF', () => {
  const signedPdf = async () => {
    const raw = restore(JSON.parse(readFileSync('tests/fixtures/facade-night.json', 'utf8')));
    if (!raw.ok) throw new Error('fixture');
    const a = await signedCopy(raw.value);
    return { a, pdf: await renderAssessmentPdf({ assessment: a, now: new Date('2026-09-20T10:00:00Z') }, nodeDeps) };
  };

  test('goes through its kind like any other and verifies, pages compared, showing the signed version', async () => {
    const { a, pdf } = await signedPdf();
    const r = await verifyDocument(pdf, deps());
    expect(r.status).toBe('match');
    expect(r.decision).toBeUndefined();
    expect(r.assessment).toEqual({
      id: a.id,
      title: a.school.schoolName,
      version: a.version,
      signed: { by: [a.signoff!.name, a.signoff!.title].filter(Boolean).join(', '), at: a.signoff!.signedAt, date: a.signoff!.date },
    });
    expect(r.differences).toEqual([]);
  });

  test('a record that is not one is altered, with no fingerprint to look up, and still says which version it was', async () => {
    const { a, pdf } = await signedPdf();
    const r = await verifyDocument(replaceElement(pdf, SIGNED_TAG, base64FromUtf8(JSON.stringify({ hello: 'world' }))), deps());
    expect(r).toMatchObject({ status: 'altered', reason: 'record-unreadable', assessment: { id: a.id, version: a.version } });
    expect(r.fingerprint).toBeUndefined();
  });

  test('a record from a newer version of the app asks for an update instead of guessing', async () => {
    const { pdf } = await signedPdf();
    const newer = editJson(pdf, SIGNED_TAG, (record) => {
      record.schemaVersion = 99;
    });
    expect(await verifyDocument(newer, deps())).toMatchObject({ status: 'unreadable', reason: 'newer-version' });
  });
});

describe('a file no kind writes', () => {
  test('is not an assessment, with one reason, as a PDF and as JSON', async () => {
    const foreign = editJson(await decided(), DATA_TAG, (doc) => {
      doc.format = 'someone-else/document';
    });
    expect(await verifyDocument(foreign, deps())).toMatchObject({ status: 'unreadable', reason: 'not-an-assessment' });
    expect(await verifyDocument(JSON.stringify({ format: 'someone-else/document', schemaVersion: 1, id: 'x' }), deps())).toMatchObject({ status: 'unreadable', source: 'json', reason: 'not-an-assessment' });
  });

  test('one of ours of a kind this version does not have, from a newer app, asks for an update', async () => {
    const future = { format: 'kamerabedomning/some-later-kind', schemaVersion: 99, id: 'x' };
    expect(await verifyDocument(JSON.stringify(future), deps())).toMatchObject({ status: 'unreadable', source: 'json', reason: 'newer-version' });
    // Another app's file of a high version is still not ours; nor is ours of a version this app writes.
    expect(await verifyDocument(JSON.stringify({ ...future, format: 'someone-else/document' }), deps())).toMatchObject({ reason: 'not-an-assessment' });
    expect(await verifyDocument(JSON.stringify({ ...future, schemaVersion: 1 }), deps())).toMatchObject({ reason: 'not-an-assessment' });
  });
});
