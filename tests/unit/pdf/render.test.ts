import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { defaultPolicy, evaluate, outcomeName, restore } from '../../../src/assessments/camera/domain';
import type { Coverage } from '../../../src/pdf/coverage';
import { fontCoverage, sanitizeForFont } from '../../../src/pdf/coverage';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { pdfText as catalogue } from '../../../src/assessments/camera/pdf/text';
import { MARGIN, PAGE, PT } from '../../../src/pdf/theme';
import { SIGNER, fontBytes, nodeDeps, pdfText, signedCopy, squash, textItems } from './helpers';

const FIXTURES = readdirSync('tests/fixtures').filter((f) => f.endsWith('.json'));
const load = (file: string): Assessment => {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  return r.value;
};

let coverage: Coverage;
beforeAll(() => {
  coverage = fontCoverage(fontBytes('DejaVuSans.ttf'));
});
/** What the PDF can show of a text: characters the font lacks become the visible marker. */
const printable = (s: string): string => squash(sanitizeForFont(s, coverage).text);

describe.each(FIXTURES)('the PDF of %s', (file) => {
  test('shows the school, outcome, cameras, incidents, signer and fingerprint', async () => {
    const a = await signedCopy(load(file));
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: a }, nodeDeps)));
    const ev = evaluate(a, defaultPolicy, a.signoff!.date);
    expect(text).toContain(printable(a.school.schoolName));
    expect(text).toContain(squash(outcomeName(ev.outcome, 'sv')));
    for (const cam of a.cameras) expect(text).toContain(printable(cam.name));
    for (const inc of a.problem.incidents) {
      const shown = [inc.place, inc.policeReportNumber].filter((s) => s !== '').map(printable);
      expect(shown.some((s) => text.includes(s)), `incident ${inc.id}`).toBe(true);
    }
    expect(text).toContain(printable(SIGNER));
    expect(text).toContain(a.signoff!.fingerprint);
  });
});

describe('names outside Windows-1252', () => {
  test('print exactly in an assessment PDF (school, principal, DPO, camera person)', async () => {
    const a = await signedCopy(load('facade-night.json'));
    a.school.schoolName = 'Łódźskolan';
    a.school.principal.name = 'Åsa Öberg';
    a.school.dpo.name = 'Pál Erdős';
    a.school.cameraPerson.name = 'Karel Čapek';
    const text = await pdfText(await renderAssessmentPdf({ assessment: a }, nodeDeps));
    for (const name of ['Łódźskolan', 'Åsa Öberg', 'Pál Erdős', 'Karel Čapek']) expect(text).toContain(name);
  });
});

describe('layout of the stress fixture', () => {
  test('every text item lies inside the page margins', async () => {
    const bytes = await renderAssessmentPdf({ assessment: await signedCopy(load('stress-60-cameras.json')) }, nodeDeps);
    const { pages } = await textItems(bytes);
    expect(pages.length).toBeGreaterThan(20);
    const tol = 0.5; // points
    const outside: string[] = [];
    pages.forEach((p, i) => {
      expect(p.width).toBeCloseTo(PAGE.width / PT, 0);
      for (const it of p.items) {
        const inside =
          it.x >= MARGIN.left / PT - tol &&
          it.x + it.width <= (PAGE.width - MARGIN.right) / PT + tol &&
          it.y - 0.25 * it.height >= MARGIN.bottom / PT - tol &&
          it.y + it.height <= (PAGE.height - MARGIN.top) / PT + tol;
        if (!inside) outside.push(`page ${i + 1}: "${it.str}" at ${it.x.toFixed(1)},${it.y.toFixed(1)} w ${it.width.toFixed(1)}`);
      }
    });
    expect(outside).toEqual([]);
  });
});

describe('characters the font lacks', () => {
  test('are replaced by a visible marker with a note on the page, never dropped', async () => {
    const a = load('facade-night.json');
    a.problem.description = 'Klotter med 😀 och namnet 王芳 på väggen.';
    const text = await pdfText(await renderAssessmentPdf({ assessment: a }, nodeDeps));
    expect(text).toContain('Klotter med \uFFFD och namnet \uFFFD\uFFFD på väggen.');
    expect(text).not.toContain('😀');
    expect(squash(text)).toContain(squash(catalogue('sv').missingNote));
  });
});

describe('findings', () => {
  test('are listed with their source and the justification the principal gave', async () => {
    const a = load('schoolyard-evening.json');
    const ev = evaluate(a, defaultPolicy, a.school.decisionDate);
    const warning = ev.findings.find((f) => f.severity === 'warn');
    expect(warning).toBeDefined();
    a.justifications[warning!.key] = 'Skolgården används av föreningen Örnarna på kvällarna; vi begränsar tiderna.';
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: a }, nodeDeps)));
    expect(text).toContain(printable(warning!.message.sv));
    expect(text).toContain(printable(warning!.source.url));
    expect(text).toContain(printable(a.justifications[warning!.key]!));
  });
});

describe('the appendices', () => {
  test('the sign and the letter carry what Art 13 asks for, in plain words', async () => {
    const a = load('facade-night.json');
    const t = catalogue('sv');
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: a }, nodeDeps)));
    const retention = t.retentionHours(a.data.retentionHours!);
    for (const expected of [
      t.signNoSound,
      t.signDpo(''),
      a.school.dpo.email,
      a.problem.purpose,
      t.basis['6.1e'],
      t.keepAuto(retention),
      t.seeRoles(a.data.accessRoles.map((r) => r.role).join(', ')),
      t.policeDefault,
      t.rightsAccess,
      t.rightsErase,
      t.complain,
    ]) {
      expect(text).toContain(squash(expected));
    }
  });
});

describe('options', () => {
  test('a copy for wide distribution leaves out placement and says so', async () => {
    const a = load('reference-8-cameras.json');
    a.cameras[0]!.location = 'Hemlig plats X17 under takfoten';
    a.cameras[0]!.fieldOfView = 'Hemligt synfält Y42 mot förrådet';
    const full = squash(await pdfText(await renderAssessmentPdf({ assessment: a }, nodeDeps)));
    const copy = squash(await pdfText(await renderAssessmentPdf({ assessment: a, omitPlacement: true }, nodeDeps)));
    for (const secret of ['Hemlig plats X17 under takfoten', 'Hemligt synfält Y42 mot förrådet']) {
      expect(full).toContain(squash(secret));
      expect(copy).not.toContain(squash(secret));
    }
    expect(copy).toContain(squash(catalogue('sv').omitNotice));
  });

  test('English text when asked, and answers of a branch that does not apply are left out', async () => {
    const a = load('facade-night.json');
    expect(a.cameras.every((c) => c.publicAccess === 'no')).toBe(true);
    const en = catalogue('en');
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: a, lang: 'en' }, nodeDeps)));
    expect(text).toContain(squash(en.docTitle));
    expect(text).toContain(squash('Page 1 of'));
    expect(text).toContain(squash(en.proportionality));
    expect(text).not.toContain(squash(en.othersPresent));
  });

  test('a drawn signature that cannot be read is said so, not dropped, and the typed name is printed large', async () => {
    const broken = await signedCopy(load('facade-night.json'));
    broken.signoff!.signature = { type: 'drawn', image: 'data:image/png;base64,AAAA' };
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: broken }, nodeDeps)));
    expect(text).toContain(squash(catalogue('sv').signatureUnreadable));
    const typed = squash(await pdfText(await renderAssessmentPdf({ assessment: await signedCopy(load('facade-night.json'), 'typed') }, nodeDeps)));
    expect(typed).toContain(squash(`${SIGNER}${catalogue('sv').typedSignature}`));
  });

  test('document properties name the document, its author, language and creator', async () => {
    const a = await signedCopy(load('facade-night.json'));
    const { info } = await textItems(await renderAssessmentPdf({ assessment: a }, nodeDeps));
    expect(info.Title).toContain(a.school.schoolName);
    expect(info.Author).toContain(SIGNER);
    expect(info.Creator).toBe('Kamerabedömning');
    expect(info.Keywords).toContain(a.signoff!.fingerprint);
    expect(info.Language).toBe('sv-SE');
  });
});
