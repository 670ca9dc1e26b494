// The administration's batch checker, run as it is run: the real bin in a child process, on the committed
// fixtures and on files forged, cut short or not assessments at all. One test file, so the bin builds its
// bundle (dist-cli) once, never from two workers at the same time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { defaultPolicy, evaluate, restore } from '../../../src/assessments/camera/domain';
import { extractAssessment } from '../../../src/pdf/extract';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { base64FromUtf8 } from '../../../src/pdf/xmp';
import { evaluate as evaluateService } from '../../../src/assessments/digital-service/evaluate';
import { parseDocument } from '../../../src/assessments/digital-service/schema';
import { svOutcomes } from '../../../src/assessments/digital-service/messages/sv';
import { renderServicePdf } from '../../../src/assessments/digital-service/pdf/render';
import type { Line } from '../../../src/cli/table';
import { nodeDeps, signedCopy } from '../pdf/helpers';

const TODAY = '2026-11-23';
const BIN = 'bin/kamerabedomning.mjs';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  return { code: r.status, stdout: r.stdout, lines, stderr: r.stderr.split('\n').filter((l) => l !== '') };
}
const parsed = (lines: string[]): Line[] => lines.map((l) => JSON.parse(l) as Line);

const restored = (raw: unknown): Assessment => {
  const r = restore(raw);
  if (!r.ok) throw new Error('fixture does not restore');
  return r.value;
};
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** What the app says about it, in the checker's terms. None of the fixtures carries a policy of its own. */
const expected = (a: Assessment) => {
  const ev = evaluate(a, defaultPolicy, TODAY);
  return {
    id: a.id,
    version: a.version,
    outcome: ev.outcome,
    findings: ev.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity })),
    missing: ev.missing.map((m) => m.field),
  };
};

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
/** A PDF whose embedded data was edited after signing, as a forger with a text editor would. */
function editPdfData(pdf: Uint8Array, edit: (doc: Record<string, unknown>) => void): Buffer {
  const text = latin1(pdf);
  const match = /<kb:assessment>([^<]*)<\/kb:assessment>/.exec(text);
  if (!match?.[1]) throw new Error('no kb:assessment in the PDF');
  const doc = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')) as Record<string, unknown>;
  edit(doc);
  return Buffer.from(text.replace(match[1], base64FromUtf8(JSON.stringify(doc))), 'latin1');
}
const renameSchool = (doc: Record<string, unknown>) => {
  (doc.school as Record<string, unknown>).schoolName = 'Lindängsskolan (ändrad)';
};

const dir = mkdtempSync(join(tmpdir(), 'kb-check-'));
const tmp = (name: string): string => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const signedJson = readFileSync('tests/fixtures/v1/signed-facade-night.json', 'utf8');
  const v1Pdf = new Uint8Array(readFileSync('tests/fixtures/v1/signed-facade-night.pdf'));
  const forgedJson = JSON.parse(signedJson) as Record<string, unknown>;
  renameSchool(forgedJson);
  writeFileSync(tmp('forged.json'), JSON.stringify(forgedJson));
  writeFileSync(tmp('forged-v1.pdf'), editPdfData(v1Pdf, renameSchool));
  writeFileSync(tmp('truncated.json'), signedJson.slice(0, Math.floor(signedJson.length / 2)));
  writeFileSync(tmp('truncated.pdf'), v1Pdf.subarray(0, Math.floor(v1Pdf.length / 3)));
  writeFileSync(tmp('notes.txt'), 'Möte med skolorna på tisdag.\n');
  // A PDF as today's app makes it: the signed record and the render options beside the data.
  const current = await renderAssessmentPdf({ assessment: await signedCopy(restored(json('tests/fixtures/facade-night.json'))) }, nodeDeps);
  writeFileSync(tmp('current.pdf'), current);
  writeFileSync(tmp('forged-current.pdf'), editPdfData(current, renameSchool));
  // The record itself edited: its text no longer hashes to its fingerprint.
  const text = latin1(current);
  const record = /<kb:signed>([^<]*)<\/kb:signed>/.exec(text)?.[1] ?? '';
  const edited = Buffer.from(record, 'base64').toString('utf8').replace('Lindängsskolan', 'Lindängsskolan (ändrad)');
  writeFileSync(tmp('forged-record.pdf'), Buffer.from(text.replace(record, base64FromUtf8(edited)), 'latin1'));
  // The data and record untouched, but the fingerprint the PDF says it printed is another one.
  const printed = /<kb:fingerprint>([0-9a-f]{64})<\/kb:fingerprint>/.exec(text)?.[1];
  if (!printed) throw new Error('no printed fingerprint in the PDF');
  writeFileSync(tmp('forged-footer.pdf'), Buffer.from(text.replace(`<kb:fingerprint>${printed}`, `<kb:fingerprint>${'0'.repeat(64)}`), 'latin1'));
}, 120_000);

describe('kamerabedomning check tests/fixtures/*', () => {
  // As the shell expands the glob: sorted.
  const paths = readdirSync('tests/fixtures').sort().map((name) => `tests/fixtures/${name}`);
  const files = paths.filter((p) => statSync(p).isFile());

  test('prints one line per file, as the app evaluates it, notes the folders it skips and exits 0', () => {
    const r = run('check', '--today', TODAY, ...paths);
    expect(r.stderr).toEqual(paths.filter((p) => !files.includes(p)).map((p) => expect.stringContaining(`${p}: är en mapp`)));
    expect(r.code).toBe(0);
    const lines = parsed(r.lines);
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const line of lines) {
      const a = restored(json(line.file));
      expect(line).toMatchObject({ kind: 'camera', school: a.school.schoolName, ...expected(a), signed: false, signatureValid: null, fingerprint: null });
    }
  }, 120_000);
});

describe('the second kind: validations of digital services', () => {
  const dir = 'tests/fixtures/digital-service';
  const paths = readdirSync(dir).sort().map((name) => `${dir}/${name}`);

  test('each validation gets its line, evaluated by its own kind, unsigned and without a version', () => {
    const r = run('check', '--today', TODAY, ...paths);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const lines = parsed(r.lines);
    expect(lines.map((l) => l.file)).toEqual(paths);
    for (const line of lines) {
      const doc = parseDocument(json(line.file));
      if (!doc.ok) throw new Error(`${line.file} does not parse`);
      const ev = evaluateService(doc.doc, TODAY);
      expect(line).toEqual({
        file: line.file, kind: 'digital-service', id: doc.doc.id, version: null, school: doc.doc.service.name, outcome: ev.outcome,
        findings: ev.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity })), missing: ev.missing.map((m) => m.path),
        signed: false, signatureValid: null, fingerprint: null,
      });
    }
  }, 120_000);

  test('the table names a validation by its service and its outcome in the Swedish words of its kind', () => {
    const file = paths[1] ?? '';
    const doc = parseDocument(json(file));
    if (!doc.ok) throw new Error(`${file} does not parse`);
    const r = run('check', '--format', 'table', '--today', TODAY, file);
    expect(r.code).toBe(0);
    const row = r.lines[1] ?? '';
    expect(row).toContain(doc.doc.service.name);
    expect(row).toContain(svOutcomes[`${evaluateService(doc.doc, TODAY).outcome}.name`]);
  }, 120_000);
});

describe('decision PDFs of digital services', () => {
  test('a decided validation reads with a valid kontrollkod, a draft unsigned, an edited one invalid', async () => {
    const raw = json('tests/fixtures/digital-service/03-workspace-administration.json') as Record<string, unknown>;
    (raw.decision as Record<string, unknown>).verdict = 'approveWithConditions';
    const doc = parseDocument(raw);
    if (!doc.ok) throw new Error('fixture does not parse');
    const decided = await renderServicePdf({ doc: doc.doc, decidedOn: TODAY, now: new Date(`${TODAY}T10:00:00Z`) }, nodeDeps);
    writeFileSync(tmp('ds-decided.pdf'), decided);
    writeFileSync(tmp('ds-draft.pdf'), await renderServicePdf({ doc: doc.doc, decidedOn: null }, nodeDeps));
    writeFileSync(tmp('ds-forged.pdf'), editPdfData(decided, (d) => {
      (d.service as Record<string, unknown>).purpose = 'Något annat än det som beslutades.';
    }));
    const r = run('check', '--today', TODAY, tmp('ds-decided.pdf'), tmp('ds-draft.pdf'), tmp('ds-forged.pdf'));
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const [ok, draft, forged] = parsed(r.lines);
    const ev = evaluateService(doc.doc, TODAY);
    expect(ok).toMatchObject({ kind: 'digital-service', id: doc.doc.id, school: doc.doc.service.name, outcome: ev.outcome, signed: true, signatureValid: true });
    expect(ok?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(latin1(decided)).toContain(`<kb:fingerprint>${ok?.fingerprint ?? ''}</kb:fingerprint>`);
    expect(draft).toMatchObject({ kind: 'digital-service', signed: false, signatureValid: null, fingerprint: null });
    expect(forged).toMatchObject({ kind: 'digital-service', signed: true, signatureValid: false });
  }, 120_000);
});

describe('signed files, forged files and files that are no assessment', () => {
  test('signed fixtures verify, forged ones do not, and a bad file costs only its own line', () => {
    const inputs = [
      'tests/fixtures/v1/signed-facade-night.pdf',
      tmp('truncated.json'),
      'tests/fixtures/backup/v1-signed-chain.json',
      tmp('notes.txt'),
      'tests/fixtures/v1/signed-facade-night.json',
      tmp('truncated.pdf'),
      tmp('current.pdf'),
      tmp('forged.json'),
      tmp('forged-v1.pdf'),
      tmp('forged-current.pdf'),
      tmp('forged-record.pdf'),
      tmp('forged-footer.pdf'),
    ];
    const r = run('check', '--today', TODAY, ...inputs);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      `${tmp('truncated.json')}: Filen är inte en bedömning: den är varken en PDF eller giltig JSON (kanske avkortad eller skadad).`,
      `${tmp('notes.txt')}: Filen är inte en bedömning: den är varken en PDF eller giltig JSON (kanske avkortad eller skadad).`,
      `${tmp('truncated.pdf')}: PDF:en innehåller ingen läsbar bedömning; den är inte gjord av Kamerabedömning eller är skadad.`,
    ]);
    const lines = parsed(r.lines);
    const backup = json('tests/fixtures/backup/v1-signed-chain.json') as { payload: { assessments: { assessment: unknown }[] } };
    // The fingerprint each file says it was signed with, for the register: here verified, so the same.
    const signedAs = (a: Assessment) => ({ ...expected(a), fingerprint: a.signoff?.fingerprint });
    const want = [
      { file: inputs[0], ...signedAs(restored(extractAssessment(new Uint8Array(readFileSync(inputs[0] as string))))) },
      ...backup.payload.assessments.map((e) => ({ file: inputs[2], ...signedAs(restored(e.assessment)) })),
      { file: inputs[4], ...signedAs(restored(json(inputs[4] as string))) },
    ];
    expect(lines.slice(0, want.length)).toEqual(want.map((w) => expect.objectContaining({ ...w, kind: 'camera', signed: true, signatureValid: true })));
    const rest = lines.slice(want.length);
    expect(rest.map((l) => [l.file, l.signed, l.signatureValid])).toEqual([
      [tmp('current.pdf'), true, true],
      [tmp('forged.json'), true, false],
      [tmp('forged-v1.pdf'), true, false],
      [tmp('forged-current.pdf'), true, false],
      [tmp('forged-record.pdf'), true, false],
      [tmp('forged-footer.pdf'), true, false],
    ]);
    // The forged files still say what they say: the checker shows the edited name beside the broken signature.
    expect(rest[1]?.school).toBe('Lindängsskolan (ändrad)');
  }, 120_000);

  test('a backup edited after it was saved is refused as the app refuses it, on one line', () => {
    const text = readFileSync('tests/fixtures/backup/v1-signed-chain.json', 'utf8');
    writeFileSync(tmp('edited-backup.json'), text.replace('"Lindängsskolan"', '"Lindängsskolan (ändrad)"'));
    const r = run('check', tmp('edited-backup.json'), 'tests/fixtures/facade-night.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([expect.stringMatching(/^.*edited-backup\.json: Kontrollsumman stämmer inte/)]);
    expect(parsed(r.lines).map((l) => l.file)).toEqual(['tests/fixtures/facade-night.json']);
  }, 120_000);
});

describe('for people', () => {
  test('--format table lines up one row per assessment under Swedish headers and ends with a total', () => {
    const r = run('check', '--format', 'table', '--today', TODAY, 'tests/fixtures/facade-night.json', 'tests/fixtures/backup/v1-signed-chain.json', tmp('forged.json'));
    expect(r.code).toBe(0);
    const [header, ...rows] = r.lines;
    expect(header).toMatch(/^Fil\s+Skola eller tjänst\s+Version\s+Utfall\s+Fynd\s+Obesvarat\s+Underskrift\s+Kontrollkod$/);
    const school = header?.indexOf('Skola');
    expect(rows.slice(0, -1).map((row) => row.indexOf('Lindängsskolan'))).toEqual([school, school, school, school]);
    expect(rows.slice(0, -1).map((row) => row.split(/\s{2,}/).slice(-2)[0])).toEqual(['osignerad', 'giltig', 'giltig', 'OGILTIG']);
    expect(rows.at(-1)).toBe('Totalt: 4 bedömningar, 3 undertecknade, 1 med ogiltig underskrift, 0 filer gick inte att läsa.');
  }, 120_000);

  test('--help explains the command; a wrong option says what is wrong and exits 2', () => {
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('kamerabedomning check') });
    const wrong = run('check', '--today', '2026-02-30', 'tests/fixtures/facade-night.json');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr[0]).toBe('--today ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte 2026-02-30.');
    expect(wrong.lines).toEqual([]);
  }, 120_000);
});

describe('after an update of the app', () => {
  test('a source newer than the bundle rebuilds it over the old one, chunks in folders included, and it still answers', () => {
    const first = run('check', '--today', TODAY, 'tests/fixtures/facade-night.json');
    expect(first.code).toBe(0);
    const later = new Date(Date.now() + 1000);
    utimesSync('src/engine/text.ts', later, later);
    const again = run('check', '--today', TODAY, 'tests/fixtures/facade-night.json');
    expect(again.stderr).toEqual([]);
    expect(again).toMatchObject({ code: 0, lines: first.lines });
  }, 240_000);
});
