// The cameras' drawings and photos in the PDF: the full copy prints each image with its marked field of view
// and description; the copy for distribution carries no image at all and says they were left out; a document
// without images prints exactly as before.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { restore } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import type { ViewImages } from '../../../src/assessments/camera/pdf/view-images';
import { verifyDocument } from '../../../src/pdf/verify';
import { extractAssessment, extractAttachments } from '../../../src/pdf/extract';
import { applyImport, loadAttachment, parseBackup } from '../../../src/storage';
import type { AttachmentSection } from '../../../src/storage';
import { buildBackup } from '../../../src/storage/backup-export';
import { freshStorage } from '../storage/helpers';
import { nodeDeps, pdfText, signaturePng, signedCopy, squash } from './helpers';

const load = (file: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  return r.value;
};
const NOW = new Date('2026-11-20T10:00:00.000Z');
const HASH = 'a1'.repeat(32);
const png = Uint8Array.from(atob(signaturePng(400, 300).split(',')[1]!), (ch) => ch.charCodeAt(0));
const images: ViewImages = new Map([[HASH, { type: 'image/png', bytes: png, width: 400, height: 300 }]]);
/** Image XObjects in the file (the fonts are not images). */
const imageCount = (pdf: Uint8Array): number => (Buffer.from(pdf).toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length;

function withView(a: Assessment): Assessment {
  const [first, ...rest] = a.cameras;
  if (!first) throw new Error('no camera');
  return { ...a, cameras: [{ ...first, name: 'Södra fasaden', fieldOfView: 'Fasaden och två meter ut.', view: { attachment: HASH, polygon: [[0.1, 0.2], [0.8, 0.2], [0.5, 0.9]] } }, ...rest] };
}

describe('drawings and photos in the PDF', () => {
  const a = withView(load('facade-night.json'));

  test('the full copy prints the image, the camera and its field of view in an appendix', async () => {
    const pdf = await renderAssessmentPdf({ assessment: a, images, now: NOW }, nodeDeps);
    // A transparent PNG is an image and its alpha mask.
    expect(imageCount(pdf)).toBeGreaterThan(0);
    const text = squash(await pdfText(pdf));
    expect(text).toContain(squash('Bilaga: Ritningar och foton'));
    expect(text).toContain(squash('Upptagningsområde: Fasaden och två meter ut.'));
  });

  test('the copy for distribution has no image and says they were left out', async () => {
    const pdf = await renderAssessmentPdf({ assessment: a, images, omitPlacement: true, now: NOW }, nodeDeps);
    expect(imageCount(pdf)).toBe(0);
    const text = squash(await pdfText(pdf));
    expect(text).toContain(squash('Ritningar och foton med kamerornas upptagningsområden är utelämnade i denna kopia'));
    expect(text).not.toContain(squash('Fasaden och två meter ut.'));
  });

  test('the pages read the same without the image at hand (verifying makes them again without it)', async () => {
    const found = await pdfText(await renderAssessmentPdf({ assessment: a, images, now: NOW }, nodeDeps));
    const again = await renderAssessmentPdf({ assessment: a, now: NOW }, nodeDeps);
    expect(imageCount(again)).toBe(0);
    expect(await pdfText(again)).toBe(found);
  });

  test('a document without images prints as before, whatever images are passed', async () => {
    const plain = load('facade-night.json');
    const before = await renderAssessmentPdf({ assessment: plain, now: NOW }, nodeDeps);
    const after = await renderAssessmentPdf({ assessment: plain, images, now: NOW }, nodeDeps);
    expect(imageCount(after)).toBe(0);
    expect(await pdfText(after)).toBe(await pdfText(before));
    expect(squash(await pdfText(before))).not.toContain(squash('Ritningar och foton'));
  });

  test('a signed PDF with an image verifies as matching its signed data', async () => {
    const signed = await signedCopy(a);
    const pdf = await renderAssessmentPdf({ assessment: signed, images, now: NOW }, nodeDeps);
    const result = await verifyDocument(pdf, { fonts: nodeDeps, pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), known: async () => [] });
    expect(result).toMatchObject({ status: 'match', differences: [] });
  });

  test('the full copy carries the image beside the data, and importing it stores the image; the distribution copy carries none', async () => {
    const full = await renderAssessmentPdf({ assessment: a, images, now: NOW }, nodeDeps);
    const carried = extractAttachments(full) as AttachmentSection;
    expect(Object.keys(carried)).toEqual([HASH]);
    const distribution = await renderAssessmentPdf({ assessment: a, images, omitPlacement: true, now: NOW }, nodeDeps);
    expect(extractAttachments(distribution)).toBeNull();
    expect(Buffer.from(distribution).toString('latin1')).not.toContain('kb:attachments');

    // As the import of a PDF does it: the document and its images as a backup, checked on reading.
    const restored = restore(extractAssessment(full));
    if (!restored.ok) throw new Error('does not restore');
    const asBackup = async (section: AttachmentSection) =>
      JSON.stringify(await buildBackup({ assessments: [{ assessment: restored.value, versions: [], deletedAt: null }], policy: null, attachments: section }));
    await freshStorage();
    // HASH is not the hash of these bytes: the image is refused, and with it the whole file.
    const forged = await parseBackup(await asBackup(carried));
    expect(forged.ok ? 'imported' : forged.error.kind).toBe('invalid-attachment');
  });

  test('an image whose bytes hash to its name comes back from the full copy into storage', async () => {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(png).digest('hex');
    const b = { ...a, cameras: a.cameras.map((k, i) => (i === 0 && k.view ? { ...k, view: { ...k.view, attachment: hash } } : k)) };
    const full = await renderAssessmentPdf({ assessment: b, images: new Map([[hash, images.get(HASH)!]]), now: NOW }, nodeDeps);
    const restored = restore(extractAssessment(full));
    if (!restored.ok) throw new Error('does not restore');
    await freshStorage();
    const file = await buildBackup({ assessments: [{ assessment: restored.value, versions: [], deletedAt: null }], policy: null, attachments: extractAttachments(full) as AttachmentSection });
    const parsed = await parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(await applyImport(parsed.plan)).toMatchObject({ ok: true, added: 1 });
    expect(Array.from((await loadAttachment(hash))?.bytes ?? [])).toEqual(Array.from(png));
  });
});
