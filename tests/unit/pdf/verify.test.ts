import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../../../src/domain';
import { canonicalJson, restore } from '../../../src/domain';
import { extractAssessment } from '../../../src/pdf/extract';
import { renderAssessmentPdf } from '../../../src/pdf/render';
import { verifyDocument } from '../../../src/pdf/verify';
import { nodeDeps, signedCopy } from './helpers';

const load = (file: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  return r.value;
};

describe('the assessment inside the PDF', () => {
  test.each(['facade-night.json', 'stress-60-cameras.json'])('%s comes back identical through extractAssessment and restore', async (file) => {
    const a = await signedCopy(load(file));
    const raw = extractAssessment(await renderAssessmentPdf({ assessment: a }, nodeDeps));
    const back = restore(raw);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(canonicalJson(back.value)).toBe(canonicalJson(a));
    expect(back.value).toEqual(a); // volatile fields and the fingerprint travel too
  });

  test('a copy for wide distribution carries no data', async () => {
    const pdf = await renderAssessmentPdf({ assessment: load('facade-night.json'), omitPlacement: true }, nodeDeps);
    expect(extractAssessment(pdf)).toBeNull();
  });

  test('anything but a PDF gives null', () => {
    expect(extractAssessment(new TextEncoder().encode('{"format":"kamerabedomning/assessment"}'))).toBeNull();
  });
});

describe('verifyDocument', () => {
  test('an unaltered signed PDF matches, with its fingerprint', async () => {
    const a = await signedCopy(load('reference-8-cameras.json'));
    const result = await verifyDocument(await renderAssessmentPdf({ assessment: a }, nodeDeps));
    expect(result.status).toBe('match');
    expect(result.fingerprint).toBe(a.signoff!.fingerprint);
    expect(result.source).toBe('pdf');
  });

  test('a signed JSON file matches; the same file with one field changed is altered', async () => {
    const a = await signedCopy(load('facade-night.json'));
    expect((await verifyDocument(JSON.stringify(a))).status).toBe('match');
    const tampered = structuredClone(a);
    tampered.data.retentionHours = 720;
    const result = await verifyDocument(JSON.stringify(tampered));
    expect(result.status).toBe('altered');
    expect(result.fingerprint).not.toBe(a.signoff!.fingerprint);
  });

  test('a PDF whose embedded data was edited is altered', async () => {
    const a = await signedCopy(load('facade-night.json'));
    const pdf = await renderAssessmentPdf({ assessment: a }, nodeDeps);
    const tampered = structuredClone(a);
    tampered.cameras[0]!.hours.windows = [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '00:00' }];
    const forged = await renderAssessmentPdf({ assessment: tampered }, nodeDeps);
    expect((await verifyDocument(pdf)).status).toBe('match');
    expect((await verifyDocument(forged)).status).toBe('altered');
  });

  test('a PDF whose printed fingerprint was changed is altered', async () => {
    const a = await signedCopy(load('facade-night.json'));
    const pdf = await renderAssessmentPdf({ assessment: a }, nodeDeps);
    const binary = Array.from(pdf, (b) => String.fromCharCode(b)).join('');
    const stamp = `<kb:fingerprint>${a.signoff!.fingerprint}</kb:fingerprint>`;
    expect(binary).toContain(stamp);
    const edited = binary.replace(stamp, `<kb:fingerprint>${'0'.repeat(64)}</kb:fingerprint>`);
    const result = await verifyDocument(Uint8Array.from(edited, (ch) => ch.charCodeAt(0)));
    expect(result).toMatchObject({ status: 'altered', reason: 'printed-fingerprint-differs' });
  });

  test('a draft is not signed', async () => {
    const result = await verifyDocument(await renderAssessmentPdf({ assessment: load('facade-night.json') }, nodeDeps));
    expect(result.status).toBe('not-signed');
  });

  test('garbage, an empty file and a redacted copy are unreadable', async () => {
    expect((await verifyDocument(new Uint8Array([0xde, 0xad, 0xbe, 0xef]))).status).toBe('unreadable');
    expect((await verifyDocument('')).status).toBe('unreadable');
    expect((await verifyDocument('{"hello": "world"}')).status).toBe('unreadable');
    const copy = await renderAssessmentPdf({ assessment: await signedCopy(load('facade-night.json')), omitPlacement: true }, nodeDeps);
    expect(await verifyDocument(copy)).toMatchObject({ status: 'unreadable', reason: 'redacted-copy' });
  });
});
