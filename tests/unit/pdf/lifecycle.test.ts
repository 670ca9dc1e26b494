import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { chainsOf, endSurveillance, registerEntries, restore, startAnnualReview } from '../../../src/assessments/camera/domain';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { renderRegisterPdf } from '../../../src/assessments/camera/pdf/register';
import { pdfText as catalogue } from '../../../src/assessments/camera/pdf/text';
import { LANDSCAPE_PAGE, MARGIN, PT } from '../../../src/pdf/theme';
import type { Coverage } from '../../../src/pdf/coverage';
import { fontCoverage, sanitizeForFont } from '../../../src/pdf/coverage';
import { fontBytes, nodeDeps, pdfText, signedCopy, squash, textItems } from './helpers';

let coverage: Coverage;
beforeAll(() => {
  coverage = fontCoverage(fontBytes('DejaVuSans.ttf'));
});
/** What the PDF can show of a text: characters the font lacks become the visible marker. */
const printable = (s: string): string => squash(sanitizeForFont(s, coverage).text);

const load = (file: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  return r.value;
};
const FIXTURES = readdirSync('tests/fixtures').filter((f) => f.endsWith('.json'));
const TODAY = '2026-12-01';

/** Every fixture signed, each a chain of its own: the register of a whole organisation. */
async function signedFixtures(): Promise<Assessment[]> {
  return Promise.all(FIXTURES.map(async (f) => signedCopy(load(f), 'typed')));
}

/** Version 2 of facade-night: an annual review that moved camera 2 and answered the review's questions. */
async function reviewed(): Promise<{ v1: Assessment; v2: Assessment }> {
  const v1 = await signedCopy(load('facade-night.json'), 'typed');
  const draft = startAnnualReview(v1, 'facade-night-v2', new Date('2027-09-20T08:00:00Z'));
  draft.school.decisionDate = '2027-09-20';
  draft.cameras[1]!.location = 'Matsalens västra fasad mot cykelstället';
  draft.annualReview = { ...draft.annualReview!, incidentsSince: 'no', measuresNowSuffice: 'no', changesSummary: 'Kamera 2 flyttad till matsalen.', stillNeeded: { 'cam-1': 'yes', 'cam-2': 'yes' } };
  return { v1, v2: await signedCopy(draft, 'typed') };
}

describe('the register PDF', () => {
  test('lists every school and place of the register, with page numbers, in both languages', async () => {
    const docs = await signedFixtures();
    const entries = registerEntries(chainsOf(docs), TODAY);
    expect(new Set(entries.map((e) => e.school)).size).toBeGreaterThan(3);
    for (const lang of ['sv', 'en'] as const) {
      const text = squash(await pdfText(await renderRegisterPdf(entries, lang, {}, nodeDeps)));
      expect(text).toContain(squash(catalogue(lang).registerTitle));
      for (const e of entries) {
        expect(text.includes(printable(e.school)), e.school).toBe(true);
        expect(text.includes(printable(e.place[lang])), `${e.school}: ${e.place[lang]}`).toBe(true);
      }
      expect(text.includes(squash(catalogue(lang).page(1, 2)).replace(/2$/, ''))).toBe(true);
    }
  });

  test('is A4 landscape and keeps every text item inside the margins', async () => {
    const entries = registerEntries(chainsOf(await signedFixtures()), TODAY);
    const { pages } = await textItems(await renderRegisterPdf(entries, 'sv', {}, nodeDeps));
    expect(pages.length).toBeGreaterThan(1);
    const outside: string[] = [];
    const tol = 0.5;
    pages.forEach((p, i) => {
      expect(p.width).toBeCloseTo(LANDSCAPE_PAGE.width / PT, 0);
      for (const it of p.items) {
        const inside =
          it.x >= MARGIN.left / PT - tol &&
          it.x + it.width <= (LANDSCAPE_PAGE.width - MARGIN.right) / PT + tol &&
          it.y - 0.25 * it.height >= MARGIN.bottom / PT - tol &&
          it.y + it.height <= (LANDSCAPE_PAGE.height - MARGIN.top) / PT + tol;
        if (!inside) outside.push(`page ${i + 1}: "${it.str}"`);
      }
    });
    expect(outside).toEqual([]);
  });

  test('shows both signed versions of a chain with their fingerprints, and a camera that ended', async () => {
    const { v1, v2 } = await reviewed();
    const ended = endSurveillance(v2, '2027-10-01', 'cam-1');
    const entries = registerEntries(chainsOf([v1, ended]), '2027-11-01');
    const versions = [v1, v2].map((a) => ({
      school: a.school.schoolName,
      version: a.version,
      decisionDate: a.school.decisionDate,
      reference: a.decision.registryNumber,
      signer: a.signoff!.name,
      signedOn: a.signoff!.date,
      fingerprint: a.signoff!.fingerprint,
    }));
    const text = squash(await pdfText(await renderRegisterPdf(entries, 'sv', { versions }, nodeDeps)));
    expect(text).toContain(squash('Matsalens västra fasad mot cykelstället'));
    expect(text.includes(squash('2027-10-01'))).toBe(true);
    expect(text.includes('Avslutad')).toBe(true);
    for (const v of versions) expect(text.includes(v.fingerprint), `version ${v.version}`).toBe(true);
  });

  test('a copy for wide distribution names the kind of place, never the exact one', async () => {
    const docs = await signedFixtures();
    const entries = registerEntries(chainsOf(docs), TODAY, { redacted: true });
    const text = squash(await pdfText(await renderRegisterPdf(entries, 'sv', { redacted: true }, nodeDeps)));
    expect(text).toContain(squash('Kopia för bred spridning'));
    const facade = docs.find((a) => a.id === load('facade-night.json').id)!;
    for (const c of facade.cameras) expect(text).not.toContain(squash(c.location));
  });
});

describe('changes since the previous version in the assessment PDF', () => {
  test('are printed, with the review answers, when the previous version is given', async () => {
    const { v1, v2 } = await reviewed();
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: v2, previous: v1 }, nodeDeps)));
    expect(text).toContain(squash('Ändringar sedan föregående bedömning'));
    expect(text).toContain(squash('Jämfört med version 1, beslutad 2026-09-15.'));
    expect(text).toContain(squash(v1.cameras[1]!.location));
    expect(text).toContain(squash('Matsalens västra fasad mot cykelstället'));
    expect(text).toContain(squash('Kamera 2 flyttad till matsalen.'));
    expect(text).toContain(squash('Årlig omprövning av version 1'));

    const without = squash(await pdfText(await renderAssessmentPdf({ assessment: v2 }, nodeDeps)));
    expect(without).not.toContain(squash('Ändringar sedan föregående bedömning'));
  });

  test('leave out the exact places in a copy for wide distribution', async () => {
    const { v1, v2 } = await reviewed();
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: v2, previous: v1, omitPlacement: true, lang: 'en' }, nodeDeps)));
    expect(text).toContain(squash('Changes since the previous assessment'));
    expect(text).not.toContain(squash('Matsalens västra fasad'));
    expect(text).not.toContain(squash(v1.cameras[1]!.location));
  });
});
