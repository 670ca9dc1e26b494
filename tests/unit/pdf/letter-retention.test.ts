// (2026-12) The Art 13 letter of a mixed decision: a camera approved with a shorter retention is named with
// it, so the letter never promises the general retention for footage that is deleted sooner; a camera
// approved as assessed is not singled out.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { restore } from '../../../src/assessments/camera/domain';
import { setVerdict } from '../../../src/assessments/camera/machine/edits';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { nodeDeps, pdfText, signedCopy, squash } from './helpers';

function decided(retentionHours: number | null): Assessment {
  const r = restore(JSON.parse(readFileSync('tests/fixtures/facade-night.json', 'utf8')));
  if (!r.ok) throw new Error('facade-night does not restore');
  let a = r.value;
  a = setVerdict(a, 'cam-1', retentionHours === null ? { verdict: 'approve', reason: '' } : { verdict: 'approve-changed', changes: { retentionHours }, reason: 'Ett dygn räcker.' })!;
  return setVerdict(a, 'cam-2', { verdict: 'approve', reason: '' })!;
}

async function letter(a: Assessment): Promise<string> {
  const bytes = await renderAssessmentPdf({ assessment: await signedCopy(a, 'typed'), now: new Date('2026-11-23T10:00:00Z') }, nodeDeps);
  const pages = (await pdfText(bytes)).split('\f').map(squash);
  const start = pages.findIndex((p) => p.includes(squash('Bilaga 2. Information om kamerabevakning')));
  return pages.slice(start).join('');
}

test('the letter names the camera approved with 24 hours next to the general 72 hours', async () => {
  const text = await letter(decided(24));
  expect(text).toContain(squash('Filmerna raderas automatiskt efter 72 timmar (3 dygn).'));
  expect(text).toContain(squash('Idrottshallens södra fasad, monterad under takfoten: här raderas filmerna redan efter 24 timmar.'));
  expect(text).not.toContain(squash('norra fasad vid förrådet: här raderas'));
});

test('with every camera approved as assessed, the letter gives only the general retention', async () => {
  const text = await letter(decided(null));
  expect(text).toContain(squash('Filmerna raderas automatiskt efter 72 timmar (3 dygn).'));
  expect(text).not.toContain(squash('här raderas filmerna redan'));
});
