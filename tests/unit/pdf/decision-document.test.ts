// (2026-12) The PDF as a decision document a registrar files unchanged, read back with pdf.js: the first page
// carries authority, diarienummer, ärende, handläggare, beslutsfattare, mottagare, the beslutsformel per
// camera, the bilageförteckning and expedieras; a mixed decision is "Delvis godkänd" and rejected cameras are
// off the sign text and the Art 13 letter; warnings left without comment are counted and no app
// instruction is printed; a referral is a draft marked as such; the distribution copy leaves out placements.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { defaultPolicy, evaluate, presetWindows, restore } from '../../../src/assessments/camera/domain';
import { setVerdict, setWithoutComment } from '../../../src/assessments/camera/machine/edits';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { nodeDeps, pdfText, signedCopy, squash } from './helpers';

const NOW = new Date('2026-11-23T10:00:00Z');
const load = (name: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')));
  if (!r.ok) throw new Error(`${name} does not restore`);
  return r.value;
};
const render = async (a: Assessment, omitPlacement = false): Promise<string[]> => {
  const bytes = await renderAssessmentPdf({ assessment: a, now: NOW, omitPlacement }, nodeDeps);
  if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}-${a.id}${omitPlacement ? '-dist' : ''}.pdf`, bytes);
  return (await pdfText(bytes)).split('\f').map(squash);
};

/** facade-night with camera 2 rejected and camera 1 approved with facade hours and a shorter retention. */
function mixed(): Assessment {
  let a = load('facade-night');
  const hours = { preset: 'facadePractice' as const, windows: presetWindows('facadePractice', defaultPolicy, a.school.schoolDay), holidaysAsWeekend: true };
  a = setVerdict(a, 'cam-1', { verdict: 'approve-changed', changes: { hours, retentionHours: 48 }, reason: 'Tiderna begränsas till fasadpraxis.' })!;
  a = setVerdict(a, 'cam-2', { verdict: 'reject', reason: 'Inga händelser vid norra fasaden.' })!;
  return a;
}

describe('the first page of a decision', () => {
  test('carries the formal header, the beslutsformel per camera, attachments and distribution', async () => {
    const a = await signedCopy(mixed(), 'typed');
    const [first, ...rest] = await render(a);
    for (const s of ['Beslut', 'Diarienummer', 'UN 2026/1234', 'Ärende', 'Kamerabevakning vid', 'kamera 1 och 2', 'Handläggare', 'Åsa Öberg', 'Beslutsfattare', 'på delegation från', 'Mottagare', 'Akten (diariet)', 'Bilageförteckning', '1. Text till skyltar (bifogas)', 'Expedieras till', 'Dataskyddsombudet']) {
      expect(first, s).toContain(squash(s));
    }
    expect(first).toContain(squash('Kamera 1 (Fasad (utomhus), Idrottshallens södra fasad, monterad under takfoten) godkänns med ändringar: tider'));
    expect(first).toContain(squash('lagringstid 48 timmar'));
    expect(first).toContain(squash('Kamera 2 (Fasad (utomhus), Idrottshallens norra fasad vid förrådet) avslås.'));
    expect(first).toContain(squash('Sammantaget: Delvis godkänd.'));
    // The rejected camera is not on the signs or in the letter.
    const appendices = rest.slice(-3).join('\n');
    expect(appendices).toContain(squash('Idrottshallens södra fasad'));
    expect(appendices).not.toContain(squash('norra fasaden vid förrådet'));
    expect(appendices).not.toContain(squash('Idrottshallens norra fasad'));
    expect(appendices).toContain(squash('har bestämt att kamerorna ska finnas'));
  });

  test('a registry number not yet given is said to come on registration, not left as an empty box', async () => {
    const a = load('facade-night');
    a.decision.registryNumber = '';
    const [first] = await render(a);
    expect(first).toContain(squash('Tilldelas vid registrering'));
  });

  test('an old signed file: every camera follows the decision, approved in full', async () => {
    const a = load('facade-night');
    a.decision.cameraDecisions = [];
    const [first] = await render(await signedCopy(a, 'typed'));
    expect(first).toContain(squash('Sammantaget: Godkänd.'));
    expect(first).toMatch(/Kamera1\(.*\)godkännsförkamerabevakning,tider:/);
  });
});

describe('warnings', () => {
  test('the PDF counts the warnings left without comment and gives no app instruction', async () => {
    const a = load('schoolyard-evening');
    const ev = evaluate(a, defaultPolicy, a.school.decisionDate);
    const warns = ev.findings.filter((f) => f.severity === 'warn').map((f) => f.key);
    expect(warns.length).toBeGreaterThan(1);
    a.justifications[warns[0]!] = 'Skälet är dokumenterat.';
    const signed = await signedCopy(setWithoutComment(a, warns.slice(1)), 'typed');
    const text = (await render(signed)).join('\n');
    expect(text).toContain(squash(`${warns.length - 1} av ${warns.length} varningar i granskningen lämnades utan kommentar`));
    expect(text).not.toMatch(/Läs(de\d+varningarna|varningen)/);
    expect(text).not.toContain(squash('innan du skriver under'));
  });
});

describe('a referral', () => {
  test('is a tjänsteutlåtande marked as a draft, its ärende a Remiss or request, never "Rektor har bestämt"', async () => {
    const a = await signedCopy(load('schoolyard-evening'), 'typed');
    expect(a.signoff?.kind).not.toBe('decision');
    const pages = await render(a);
    const [first] = pages;
    expect(first).toContain(squash('Tjänsteutlåtande'));
    expect(first).toMatch(/UTKAST–ärendetärremitterattill(förvaltningen|huvudmannen)/);
    expect(first).toMatch(/Ärende(Remiss|Begäranomprövning):Kamerabevakningvid/);
    expect(first).toContain(squash('Förslag till beslut'));
    const all = pages.join('\n');
    expect(all).not.toContain(squash('har bestämt'));
    // Each appendix carries the draft marking too.
    const appendixPages = pages.filter((p) => p.includes(squash('Bilaga 1. Text till skyltar')) || p.includes(squash('Bilaga 2. Information om kamerabevakning')));
    expect(appendixPages).toHaveLength(2);
    expect(appendixPages.every((p) => p.includes(squash('UTKAST – ärendet är remitterat')))).toBe(true);
  });
});

describe('the copy for wide distribution', () => {
  test('contains none of the placements, incident places, masking details or sign locations', async () => {
    const a = await signedCopy(mixed(), 'typed');
    const text = (await render(a, true)).join('\n');
    for (const secret of ['Idrottshallens', 'monterad under takfoten', 'vid förrådet', 'Grannhusets fönster', 'Skyltar vid grindarna']) {
      expect(text, secret).not.toContain(squash(secret));
    }
    expect(text).toContain(squash('Sammantaget: Delvis godkänd.'));
  });
});
