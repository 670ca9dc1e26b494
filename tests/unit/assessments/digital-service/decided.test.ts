// A recorded decision is evidence. Its kontrollkod covers the decided answers and not the follow-up the
// decision starts (offboarding, a review flag, conditions marked done), so a PDF made after discontinuing
// carries the same kontrollkod as the one filed at the decision; decision PDFs written before this rule
// (kontrollkod over the whole document, kb-ds-c14n-1) still verify exactly as before.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mayChangeAfterDecision } from '../../../../src/assessments/digital-service/decided';
import { discontinue } from '../../../../src/assessments/digital-service/offboarding';
import { checkDecision, decisionRecord, DS_C14N_V1, parseDecisionRecord } from '../../../../src/assessments/digital-service/pdf/record';
import { verifyDocument, type VerifyDeps } from '../../../../src/pdf/verify';
import { readPdfPayload } from '../../../../src/pdf/extract';
import { nodeDeps } from '../../pdf/helpers';
import { serviceFixture } from './fixtures';

const DECIDED = '2026-12-04';
const deps: VerifyDeps = { fonts: nodeDeps, pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), known: async () => [] };
const golden = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/golden/ds/${name}.pdf`));

describe('what may change after a decision', () => {
  test('only the follow-up: offboarding, the review flag and conditions marked done', () => {
    for (const path of ['discontinued', 'discontinued.tasks.0.done', 'needsReview', 'decision.conditions.2.done']) expect(mayChangeAfterDecision(path), path).toBe(true);
    for (const path of ['service.name', 'decision.verdict', 'decision.reasons', 'decision.conditions.0.text', 'decision.conditions.0.done.x', 'discontinuedX', 'decision.registryNumber'])
      expect(mayChangeAfterDecision(path), path).toBe(false);
  });

  test('the kontrollkod stays when the service is discontinued, flagged, or a condition is done; it changes with an answer', async () => {
    const doc = serviceFixture('03-workspace-administration');
    doc.decision.verdict = 'approveWithConditions';
    const before = await decisionRecord(doc, DECIDED);
    const later = discontinue(doc, '2027-03-01');
    later.needsReview = { reason: 'platformSuperseded', since: '2027-02-01', fingerprint: 'b'.repeat(64) };
    for (const c of later.decision.conditions) c.done = 'yes';
    expect((await decisionRecord(later, DECIDED)).fingerprint).toBe(before.fingerprint);
    expect(await checkDecision(later, before)).toMatchObject({ signed: true, valid: true });
    const edited = structuredClone(doc);
    edited.decision.reasons += ' Och mer.';
    expect((await decisionRecord(edited, DECIDED)).fingerprint).not.toBe(before.fingerprint);
    expect(await checkDecision(edited, before)).toMatchObject({ signed: true, valid: false });
  });
});

describe('decision PDFs written before (kontrollkod over the whole document)', () => {
  for (const name of ['ds-decided-c14n-1', 'ds-discontinued-c14n-1']) {
    test(`${name} still verifies, with its own kontrollkod; its pages, from an earlier build, are not compared`, async () => {
      const pdf = golden(name);
      const payload = readPdfPayload(pdf);
      expect(parseDecisionRecord(payload.signed)?.c14n).toBe(DS_C14N_V1);
      const r = await verifyDocument(pdf, deps);
      // The data and the printed kontrollkod agree with the record; the pages were made by a build whose
      // wording this one cannot reproduce, so they are neither called altered nor unaltered.
      expect(r.status).toBe('pages-not-compared');
      expect(r.fingerprint).toBe(parseDecisionRecord(payload.signed)?.fingerprint);
    });
  }
});
