// The bench harness page: the app's own modules, exposed to scripts/bench.mjs in the real browser.
// Built only with KB_BENCH=1 into dist-bench/, next to the production app so both share one origin and database.
import * as storage from '../../src/storage';
import { cameraSummarizer } from '../../src/assessments/camera/summarize';
import { cameraStore } from '../../src/assessments/camera/store';
import { makeAssessmentPdf } from '../../src/assessments/camera/pdf/entry';
import { defaultPolicy, evaluate, fingerprint, restore, type Assessment } from '../../src/assessments/camera/domain';
import { typedSignoff } from '../../tests/support/typed-signoff';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
import reference from '../../tests/fixtures/reference-8-cameras.json';
import stress from '../../tests/fixtures/stress-60-cameras.json';
import facade from '../../tests/fixtures/facade-night.json';

const fixtures: Record<string, unknown> = { reference, stress, facade };
// As main.tsx does: storage stores what the camera kind summarizes, through the camera's store functions.
storage.provideSummarizer(cameraSummarizer(() => new Date()));
storage.provideStoreKind(cameraStore);

function fixture(name: string): Assessment {
  const r = restore(fixtures[name]);
  if (!r.ok) throw new Error(`fixture ${name} does not restore: ${JSON.stringify(r.problems)}`);
  return r.value;
}

const today = () => new Date().toISOString().slice(0, 10);

async function pdf(name: string): Promise<{ ms: number; bytes: number; pages: number }> {
  const a = fixture(name);
  const evaluation = evaluate(a, defaultPolicy, today());
  const t0 = performance.now();
  const blob = await makeAssessmentPdf({ assessment: a, evaluation, policy: defaultPolicy, lang: 'sv', omitPlacement: false });
  const ms = performance.now() - t0;
  // Each page object says "/Type /Page"; the page tree says "/Type /Pages".
  const pages = (new TextDecoder('latin1').decode(await blob.arrayBuffer()).match(/\/Type \/Page[^s]/g) ?? []).length;
  return { ms, bytes: blob.size, pages };
}

/** Stores n copies of the facade fixture (distinct ids and schools); returns their ids. */
async function seed(n: number, step: Assessment['step'] = 'school'): Promise<string[]> {
  const base = fixture('facade');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = crypto.randomUUID();
    const a: Assessment = { ...base, id, step, revision: 0, school: { ...base.school, schoolName: `${base.school.schoolName} ${i + 1}` } };
    const r = await storage.save(a, 0);
    if (!r.ok) throw new Error(`seed failed: ${JSON.stringify(r)}`);
    ids.push(id);
  }
  return ids;
}

/**
 * Stores n signed copies of the facade fixture (two cameras each), each with its signed version, the way a
 * principal brings them: one backup file, imported. The register lists them.
 */
async function seedSigned(n: number): Promise<void> {
  const base = fixture('facade');
  const date = base.school.decisionDate;
  const kind = evaluate(base, defaultPolicy, date).signoffKind ?? 'decision';
  const assessments = [];
  for (let i = 0; i < n; i++) {
    const a: Assessment = { ...base, id: crypto.randomUUID(), school: { ...base.school, schoolName: `${base.school.schoolName} ${i + 1}` } };
    a.signoff = typedSignoff(kind, date, `${date}T10:00:00.000Z`);
    a.signoff.fingerprint = await fingerprint(a);
    assessments.push({ assessment: a, versions: [a], deletedAt: null });
  }
  // A format-1 file, as the end-to-end tests seed it: its signed versions are the documents themselves, and
  // reading it derives each one's signed record from the file's own bytes.
  const payload = { assessments, policy: null };
  const file = { format: 'kamerabedomning/backup', formatVersion: 1, schemaVersion: 1, appVersion: 'bench', createdAt: new Date().toISOString() };
  const parsed = await storage.parseBackup(JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(payload)), payload }));
  if (!parsed.ok) throw new Error(`signed seed does not parse: ${parsed.error.message.en}`);
  const applied = await storage.applyImport(parsed.plan);
  if (!applied.ok) throw new Error('signed seed was not imported');
}

async function exportImport(): Promise<{ exportMs: number; importMs: number; parseMs: number; count: number; bytes: number }> {
  const t0 = performance.now();
  const exported = await storage.exportBackup();
  const exportMs = performance.now() - t0;
  if (!exported.ok) throw new Error('export failed');
  const text = exported.text;
  await storage.eraseEverything();
  const t1 = performance.now();
  const parsed = await storage.parseBackup(text);
  if (!parsed.ok) throw new Error(`parse failed: ${parsed.error.message.en}`);
  const parseMs = performance.now() - t1;
  const applied = await storage.applyImport(parsed.plan);
  const importMs = performance.now() - t1;
  if (!applied.ok) throw new Error('import failed');
  const count = (await storage.listSummaries()).length;
  return { exportMs, importMs, parseMs, count, bytes: text.length };
}

Object.assign(window, { kbBench: { pdf, seed, seedSigned, exportImport, erase: storage.eraseEverything, ready: true } });
