// The decision PDF of a validation, rendered for the brief's scenarios and read back with pdf.js: the first
// page is a decision document (beslutsformel with the derived outcome, diarienummer to come, ärende,
// bilageförteckning), the guardians' appendix says what a guardian needs and nothing internal, and the
// embedded data restore to the same validation with the same outcome and a kontrollkod that checks.
import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { digitalService } from '../../../../src/assessments/digital-service/kind';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { renderServicePdf } from '../../../../src/assessments/digital-service/pdf/render';
import { startRevalidation } from '../../../../src/assessments/digital-service/lifecycle';
import { svOutcomes } from '../../../../src/assessments/digital-service/messages/sv';
import type { ServiceDoc } from '../../../../src/assessments/digital-service/schema';
import { readPdfPayload } from '../../../../src/pdf/extract';
import { nodeDeps, pdfText, squash } from '../../pdf/helpers';
import { serviceFixture } from './fixtures';

const NOW = new Date('2026-12-04T10:00:00Z');
const DECIDED = '2026-12-04';

async function render(doc: ServiceDoc, decidedOn: string | null, lang: 'sv' | 'en' = 'sv') {
  const bytes = await renderServicePdf({ doc, decidedOn, lang, now: NOW, unit: 'Exempelskolan' }, nodeDeps);
  if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}-${doc.id}-${lang}.pdf`, bytes);
  const pages = (await pdfText(bytes)).split('\f').map(squash);
  return { bytes, pages };
}

describe('the decision page', () => {
  test('an approval with conditions carries the beslutsformel, the derived outcome, ärende, dnr to come and the attachments', async () => {
    const doc = serviceFixture('03-workspace-administration');
    doc.decision.verdict = 'approveWithConditions';
    const { pages } = await render(doc, DECIDED);
    const first = pages[0]!;
    for (const s of ['Beslut', 'Exempelby kommun', 'Diarienummer', 'Tilldelas vid registrering', 'Ärende', 'Beslut om användning av den digitala tjänsten Google Workspace for Education', 'Enhet', 'Exempelskolan', 'Beslutsfattare', 'Anna Berg', 'Mottagare', 'Akten (diariet)', `Utfall enligt regelboken: ${svOutcomes['approve-with-conditions.name']}.`, 'godkänns för användning i skolan med villkoren nedan', 'Villkor 1', 'Ansvarig: IT-chef Lena', 'Bilageförteckning', '1. Bedömningen: svar och fynd (bifogas)', '2. Information till vårdnadshavare (bifogas)', 'Expedieras till']) {
      expect(first, s).toContain(squash(s));
    }
  });

  test('a registry number typed before the decision is printed instead of "Tilldelas vid registrering"', async () => {
    const doc = serviceFixture('03-workspace-administration');
    doc.decision.registryNumber = 'BUN 2026/1234';
    const { pages } = await render(doc, DECIDED);
    expect(pages[0]).toContain(squash('BUN 2026/1234'));
    expect(pages[0]).not.toContain(squash('Tilldelas vid registrering'));
  });

  test('a blocked service names its outcome, and a draft says it is no decision', async () => {
    const doc = serviceFixture('01-free-quiz-app');
    const { pages } = await render(doc, null);
    expect(pages[0]).toContain(squash(`Utfall enligt regelboken: ${svOutcomes['blocked.name']}.`));
    expect(pages[0]).toContain(squash('Underlag'));
    expect(pages[0]).toContain(squash('inget beslut är registrerat'));
    expect(pages[0]).toContain(squash('Förslag till beslut'));
  });

  test('a re-validation names its version, what started it and the decision it continues; a first version does not', async () => {
    const decided = serviceFixture('05-swedish-lms');
    const doc = startRevalidation(decided, '2025-12-01', 'newSubprocessor', 'ds-v2', NOW, DECIDED);
    const { pages } = await render(doc, null);
    expect(pages[0]).toContain(squash('Omvalidering'));
    expect(pages[0]).toContain(squash('Version 2: Nytt underbiträde. Utgår från beslutet 2025-12-01.'));
    expect((await render(decided, DECIDED)).pages[0]).not.toContain(squash('Omvalidering'));
  });

  test('in English the document speaks English', async () => {
    const { pages } = await render(serviceFixture('05-swedish-lms'), DECIDED, 'en');
    expect(pages[0]).toContain(squash('Assigned on registration'));
    expect(pages[0]).toContain(squash('List of attachments'));
    expect(pages.join('\n')).toContain(squash('Information for guardians about'));
  });
});

describe('the assessment', () => {
  test('prints answers by step from the question definition and every finding with its source', async () => {
    const doc = serviceFixture('01-free-quiz-app');
    const { pages } = await render(doc, null);
    const all = pages.join('\n');
    for (const s of ['Tjänst och omfattning', 'Vad heter tjänsten?', 'Hur finansieras tjänsten?', 'Regel', 'Källa, kontrollerad']) expect(all, s).toContain(squash(s));
    for (const f of evaluate(doc, DECIDED).findings) expect(all, f.ruleId).toContain(squash(f.ruleId));
  });
});

describe('the guardians’ appendix', () => {
  const internal = (doc: ServiceDoc): string[] =>
    [
      doc.decision.serviceOwner,
      doc.decision.offboardingOwner,
      doc.dpia.source,
      doc.contract.dpaRef,
      doc.contract.dpaSignedBy,
      doc.roles.dpoAdvice,
      ...doc.decision.conditions.filter((c) => c.public !== 'yes').map((c) => c.text),
      ...doc.decision.conditions.map((c) => c.owner),
    ].filter((s) => s.trim().length > 3);

  test.each(['03-workspace-administration', '05-swedish-lms', '08-portfolio-special-needs'])('%s: purpose, data categories, rights; nothing internal', async (name) => {
    const doc = serviceFixture(name);
    const { pages } = await render(doc, DECIDED);
    const appendix = pages.slice(pages.findIndex((p) => p.includes(squash('Information till vårdnadshavare om')))).join('\n');
    expect(appendix).toContain(squash(doc.service.purpose));
    expect(appendix).toContain(squash('Integritetsskyddsmyndigheten (IMY)'));
    expect(appendix).toContain(squash('rättade'));
    expect(internal(doc).length).toBeGreaterThan(0);
    for (const s of internal(doc)) expect(appendix, s).not.toContain(squash(s));
    expect(appendix).not.toContain(squash('Konsekvensbedömning'));
    expect(appendix).not.toContain(squash('PUB-avtal'));
  });

  test('names the data categories in the words of the wizard', async () => {
    const { pages } = await render(serviceFixture('03-workspace-administration'), DECIDED);
    const appendix = pages.at(-1)!;
    for (const s of ['Namn', 'E-post', 'Betyg', 'Chatt']) expect(appendix, s).toContain(squash(s));
  });
});

describe('the embedded data', () => {
  test('restore to the same validation, evaluate to the same outcome and carry a kontrollkod that checks', async () => {
    const doc = serviceFixture('03-workspace-administration');
    const { bytes, pages } = await render(doc, DECIDED);
    const payload = readPdfPayload(bytes);
    const restored = digitalService.restore(payload.assessment);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.doc).toEqual(doc);
    expect(digitalService.evaluate(restored.doc, DECIDED).outcome).toBe(evaluate(doc, DECIDED).outcome);
    const check = await digitalService.signature(payload.assessment, payload.signed);
    expect(check).toMatchObject({ signed: true, valid: true });
    expect(payload.fingerprint).toBe(check.fingerprint);
    for (const page of pages) expect(page).toContain(squash(`Kontrollkod (SHA-256): ${check.fingerprint ?? ''}`));
  });

  test('a changed answer no longer matches the record; a forged record is refused', async () => {
    const doc = serviceFixture('05-swedish-lms');
    const payload = readPdfPayload((await render(doc, DECIDED)).bytes);
    const forged = structuredClone(payload.assessment) as ServiceDoc;
    forged.decision.reasons = 'Ändrad i efterhand.';
    expect(await digitalService.signature(forged, payload.signed)).toMatchObject({ signed: true, valid: false });
    const record = { ...(payload.signed as Record<string, unknown>), fingerprint: '0'.repeat(64) };
    expect(await digitalService.signature(payload.assessment, record)).toMatchObject({ signed: true, valid: false });
    expect(await digitalService.signature(payload.assessment, { nonsense: true })).toMatchObject({ signed: true, valid: false });
    expect(await digitalService.signature(payload.assessment, 'x'.repeat(100))).toMatchObject({ signed: true, valid: false });
  });

  test('a draft carries the data but no record and no kontrollkod', async () => {
    const doc = serviceFixture('09-timer-website');
    const { bytes, pages } = await render(doc, null);
    const payload = readPdfPayload(bytes);
    expect(payload.signed).toBeNull();
    expect(payload.fingerprint).toBe('');
    expect(await digitalService.signature(payload.assessment, payload.signed)).toMatchObject({ signed: false });
    expect(pages[0]).toContain(squash('Utkast – inget beslut registrerat'));
  });
});
