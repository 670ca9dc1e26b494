// Runs variants of a real backup (tests/support/backup-fuzz.ts) against a device holding the original: what
// each import did to the stored signed versions, and how each refusal was worded. Used by backup-fuzz-*.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { documentMatchesRecord, parseSignedRecord, recordIntact, restore } from '../../../src/assessments/camera/domain';
import { applyImport, exportBackup, parseBackup, save } from '../../../src/storage';
import type { BackupErrorKind } from '../../../src/storage';
import { ALL_STORES, getDb } from '../../../src/storage/db';
import type { KbSchema, VersionRecord } from '../../../src/storage/db';
import { SIGNED_V1_BACKUP } from '../../fixtures/build/signed-v1';
import { backupVariants } from '../../support/backup-fuzz';
import { freshStorage, sample, signedSample } from './helpers';

type Rows = { [K in (typeof ALL_STORES)[number]]: KbSchema[K]['value'][] };
let original: Rows;
/** The original rows as text, to tell at once whether a row is still exactly as it was. */
let originalText = new Map<string, string>();
let originalRows = new Map<string, string>();
let base = '';
let originalJson = '';

async function rows(): Promise<Rows> {
  const db = await getDb();
  const tx = db.transaction([...ALL_STORES], 'readonly');
  const [assessments, versions, settings, meta, summaries, documents, attachments, registers] = await Promise.all(ALL_STORES.map((s) => tx.objectStore(s).getAll()));
  await tx.done;
  return { assessments, versions, settings, meta, summaries, documents, attachments, registers } as Rows;
}

/** Back to the original state in one transaction (cheaper than a new database per variant). */
async function reset(): Promise<void> {
  const db = await getDb();
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  const ops: Promise<unknown>[] = [];
  for (const name of ALL_STORES) {
    const store = tx.objectStore(name);
    ops.push(store.clear());
    for (const value of original[name]) ops.push(store.put(value as never));
  }
  await Promise.all([...ops, tx.done]);
}

const key = (v: Pick<VersionRecord, 'id' | 'version'>): string => `${v.id}@${v.version}`;

/** What went wrong with the stored signed versions after an import, if anything. */
async function signedDamage(after: Rows): Promise<{ changed: string[]; forged: string[]; added: number }> {
  const before = new Map(original.versions.map((v) => [key(v), v]));
  const now = new Map(after.versions.map((v) => [key(v), v]));
  const changed: string[] = [];
  const forged: string[] = [];
  for (const [k, v] of before) {
    const n = now.get(k);
    if (!n || n.fingerprint !== v.fingerprint || n.signed?.content !== v.signed?.content || n.signed?.fingerprint !== v.signed?.fingerprint) changed.push(k);
  }
  const successors = new Map<string, string>();
  for (const [k, v] of now) {
    const was = originalText.get(k);
    const untouched = was !== undefined && was === JSON.stringify(v);
    const record = parseSignedRecord(v.signed);
    if (untouched) {
      if (v.version > 1) successors.set(`${String((v.assessment as { previousVersionId?: unknown }).previousVersionId)}@${v.version}`, v.id);
      continue; // checked once in beforeAll
    }
    const doc = restore(v.assessment);
    if (!record || !(await recordIntact(record)) || !doc.ok || !documentMatchesRecord(doc.value, record)) forged.push(`${k}: record`);
    if (v.version > 1) {
      const prev = doc.ok ? doc.value.previousVersionId : null;
      const known = prev !== null && (after.assessments.some((a) => a.id === prev) || [...now.values()].some((x) => x.id === prev));
      if (prev === null || prev === v.id || (known && !now.has(`${prev}@${v.version - 1}`))) forged.push(`${k}: chain`);
      const claim = `${prev}@${v.version}`;
      if (successors.has(claim) && successors.get(claim) !== v.id) forged.push(`${k}: fork`);
      successors.set(claim, v.id);
    }
    if (after.versions.filter((x) => x.id === v.id).length > 1) forged.push(`${k}: second version under one id`);
  }
  // The current document of a signed assessment says what its version row's record says.
  for (const a of after.assessments) {
    if (originalRows.get(a.id) === JSON.stringify(a)) continue;
    const doc = restore(a.assessment);
    if (!doc.ok || doc.value.signoff === null) continue;
    const record = parseSignedRecord(now.get(key(doc.value))?.signed);
    if (!record || !documentMatchesRecord(doc.value, record)) changed.push(`${a.id}: current document`);
  }
  return { changed, forged, added: [...now.keys()].filter((k) => !before.has(k)).length };
}

/** The device: the signed chain from a format-1 backup of the released app, a signed and a draft assessment. */
export async function setUpDevice(): Promise<void> {
  await freshStorage();
  const chain = await parseBackup(readFileSync(SIGNED_V1_BACKUP, 'utf8'));
  if (!chain.ok) throw new Error(chain.error.message.en);
  await applyImport(chain.plan);
  await save(signedSample('signed', 'Björkskolan'), 0);
  await save(sample('draft', 'Ängsskolan'), 0);
  const exported = await exportBackup({ now: new Date('2027-10-01T00:00:00.000Z') });
  if (!exported.ok) throw new Error('export failed');
  base = exported.text;
  original = await rows();
  originalJson = JSON.stringify(original);
  // The original itself is sound: every check below starts from a device with nothing wrong.
  originalText = new Map();
  originalRows = new Map();
  const sound = await signedDamage(original);
  if (sound.changed.length + sound.forged.length > 0) throw new Error(`the original is not sound: ${JSON.stringify(sound)}`);
  originalText = new Map(original.versions.map((v) => [key(v), JSON.stringify(v)]));
  originalRows = new Map(original.assessments.map((a) => [a.id, JSON.stringify(a)]));
}
export interface FuzzOutcome {
  planned: number;
  accepted: number;
  /** Signed versions the accepted imports added (each continues a signed version, or is a version 1). */
  added: number;
  refusedBy: Partial<Record<BackupErrorKind, number>>;
  /** Stored signed versions (or signed current documents) whose content or fingerprint changed. */
  changed: string[];
  /** Stored signed versions that do not continue a signed version, fork one, or do not attest their document. */
  forged: string[];
  /** Refusals without a clear Swedish sentence. */
  unclear: string[];
  /** Rows whose summary is missing or says another revision, bin state or school than the row. */
  disagree: string[];
}

/**
 * Every row has its summary and register copy, and both say what the row says (written in the same
 * transaction).
 */
function disagreements(after: Rows): string[] {
  const byId = new Map(after.summaries.map((s) => [s.id, s]));
  const copies = new Map(after.registers.map((c) => [c.id, c]));
  const out = after.assessments.flatMap((r) => {
    const s = byId.get(r.id);
    const c = copies.get(r.id);
    const same = s && s.revision === r.assessment.revision && s.deletedAt === r.deletedAt && s.schoolName === r.assessment.school.schoolName;
    const copied = s?.unreadable ? c === undefined : c?.school.schoolName === r.assessment.school.schoolName && c.version === r.assessment.version;
    return same && copied ? [] : [r.id];
  });
  return after.summaries.length === after.assessments.length ? out : [...out, `${after.summaries.length} summaries for ${after.assessments.length} rows`];
}

/** Plans variants `from` … `to - 1`, applies the ones the plan accepts, and resets the device after each. */
export async function runFuzz(from: number, to: number): Promise<FuzzOutcome> {
  const out: FuzzOutcome = { planned: 0, accepted: 0, added: 0, refusedBy: {}, changed: [], forged: [], unclear: [], disagree: [] };
  for (const variant of backupVariants(base, to, undefined, from)) {
    out.planned += 1;
    let seq = 0;
    const parsed = await parseBackup(variant.text, { newId: () => `copy-${variant.index}-${seq++}` });
    const result = parsed.ok ? await applyImport(parsed.plan) : parsed;
    if (!result.ok) {
      const { sv, en } = result.error.message;
      if (!sv || sv === en || !/(inget|välj en fil|uppdatera appen)/i.test(sv)) out.unclear.push(`${variant.index}: ${sv}`);
      out.refusedBy[result.error.kind] = (out.refusedBy[result.error.kind] ?? 0) + 1;
      if (JSON.stringify(await rows()) !== originalJson) out.disagree.push(`${variant.index}: a refused import changed the stores`);
      continue;
    }
    out.accepted += 1;
    const after = await rows();
    const damage = await signedDamage(after);
    out.disagree.push(...disagreements(after).map((d) => `${variant.index}: ${d}`));
    const label = `${variant.index} ${variant.kinds.join('+')}`;
    out.changed.push(...damage.changed.map((d) => `${label}: ${d}`));
    out.forged.push(...damage.forged.map((d) => `${label}: ${d}`));
    out.added += damage.added;
    await reset();
  }
  if (process.env.FUZZ_REPORT === '1') writeFileSync(`/tmp/backup-fuzz-${from}-${to}.json`, JSON.stringify({ ...out, changed: out.changed.length, forged: out.forged.length }, null, 2));
  return out;
}

/**
 * One half of the 10,000 variants, from `from`: two files run side by side on two cores. `npm test` runs the
 * first 300 of each half to keep CI within its time; `npm run fuzz` runs all of them (FUZZ_N=5000).
 */
export function fuzzHalf(from: number): void {
  const to = from + Number(process.env.FUZZ_N ?? 300);
  beforeAll(setUpDevice);
  it('never change a signed version, never add one that does not continue a signed one, and refuse in Swedish', { timeout: 600_000 }, async () => {
    const out = await runFuzz(from, to);
    expect(out.changed).toEqual([]);
    expect(out.forged).toEqual([]);
    expect(out.unclear).toEqual([]);
    expect(out.disagree).toEqual([]);
    // The run means something: every variant was planned, both outcomes happen, the attacks are refused.
    const refused = Object.values(out.refusedBy).reduce((a, b) => a + b, 0);
    expect(out.planned).toBe(to - from);
    expect(out.accepted + refused).toBe(to - from);
    expect(out.refusedBy['signed-content'] ?? 0).toBeGreaterThan((to - from) / 4);
    expect(out.accepted).toBeGreaterThan((to - from) / 10);
    expect(out.added).toBeGreaterThan(0);
  });
}
