// The signed record in storage and in backups: what was signed never changes, through a save or an import.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson as domainCanonical } from '../../../src/assessments/camera/domain';
import type { Assessment, SignedRecord } from '../../../src/assessments/camera/domain';
import { canonicalV1 } from '../../../src/assessments/camera/domain/signing';
import { applyImport, exportBackup, load, parseBackup, save } from '../../../src/storage';
import type { BackupFile } from '../../../src/storage';
import { buildBackup } from '../../../src/storage/backup-export';
import { MAX_ASSESSMENTS } from '../../../src/storage/backup-format';
import { canonicalJson } from '../../../src/storage/canonical';
import { getDb } from '../../../src/storage/db';
import { SIGNED_V1_BACKUP } from '../../fixtures/build/signed-v1';
import { dumpAll, entryOf, freshStorage, recordOf, refingerprint, sample, signedSample } from './helpers';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
/** What someone editing a backup by hand does last: a checksum that fits the edited payload. */
const reseal = (f: BackupFile): string => JSON.stringify({ ...f, checksum: sha(canonicalJson(f.payload)) });

async function refused(text: string): Promise<{ kind: string; sv: string; en: string }> {
  const parsed = await parseBackup(text);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return { kind: parsed.error.kind, ...parsed.error.message };
}

async function imported(text: string) {
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const result = await applyImport(parsed.plan);
  return { plan: parsed.plan, result };
}

async function exportedFile(): Promise<BackupFile> {
  const r = await exportBackup();
  if (!r.ok) throw new Error('export failed');
  return JSON.parse(r.text) as BackupFile;
}

const versionRow = async (id: string, version = 1) => (await getDb()).get('versions', [id, version]);

beforeEach(async () => {
  await freshStorage();
});

describe('saving a signed document', () => {
  it('stores the record made at signing in the version row', async () => {
    const s = signedSample('s', 'Björkskolan');
    const record = recordOf(s);
    expect(await save(s, 0, record)).toMatchObject({ ok: true });
    expect((await versionRow('s'))?.signed).toEqual(record);
  });

  it('without a record (a journalled copy after a crash) stores the one its own canonical text hashes to', async () => {
    const s = signedSample('s');
    expect(await save(s, 0)).toMatchObject({ ok: true });
    expect((await versionRow('s'))?.signed?.content).toBe(domainCanonical(s));
  });

  it('refuses a record that does not attest the document, or a fingerprint that is not the hash of its content', async () => {
    const s = signedSample('s');
    const before = await dumpAll();
    const other: SignedRecord = recordOf(signedSample('s', 'Ett annat namn'));
    expect(await save(s, 0, other)).toMatchObject({ ok: false, reason: 'signed' });
    const edited = { ...recordOf(s), content: recordOf(s).content.replace('Klotter', 'Inget klotter') };
    expect(await save(s, 0, edited)).toMatchObject({ ok: false, reason: 'signed' });
    expect(await save({ ...s, signoff: { ...s.signoff!, fingerprint: 'f'.repeat(64) } }, 0)).toMatchObject({ ok: false, reason: 'signed' });
    expect(await dumpAll()).toBe(before);
  });

  it('holds later saves to the stored record: register events pass, an edited answer does not, the record never changes', async () => {
    const s = signedSample('s');
    await save(s, 0, recordOf(s));
    const row = JSON.stringify(await versionRow('s'));
    expect(await save({ ...s, endedOn: '2027-01-31' }, 1)).toMatchObject({ ok: true });
    expect(await save({ ...s, problem: { ...s.problem, purpose: 'Något annat' } }, 2)).toMatchObject({ ok: false, reason: 'signed' });
    // Even with a fingerprint that fits the edit: it is not what was signed.
    expect(await save(refingerprint({ ...s, problem: { ...s.problem, purpose: 'Något annat' } }), 2)).toMatchObject({ ok: false, reason: 'signed' });
    expect(JSON.stringify(await versionRow('s'))).toBe(row);
  });
});

describe('backups carry the record beside the document', () => {
  it('export writes format 2 with { document, signed }, the stored record unchanged', async () => {
    const s = signedSample('s');
    await save(s, 0, recordOf(s));
    const f = await exportedFile();
    expect(f.formatVersion).toBe(2);
    expect(f.payload.assessments[0]?.versions).toEqual([{ document: expect.objectContaining({ id: 's' }), signed: recordOf(s) }]);
  });

  it('the format-1 backup with a chain of two signed versions imports, its records from the raw JSON of the file', async () => {
    const text = readFileSync(SIGNED_V1_BACKUP, 'utf8');
    const { plan, result } = await imported(text);
    expect(plan.counts).toMatchObject({ add: 2 });
    expect(result).toMatchObject({ ok: true });
    const raw = JSON.parse(text) as { payload: { assessments: { versions: Record<string, unknown>[] }[] } };
    for (const v of raw.payload.assessments.flatMap((e) => e.versions)) {
      const row = await versionRow(v.id as string, v.version as number);
      expect(row?.signed?.content).toBe(canonicalV1(v));
    }
    const again = await parseBackup(text);
    expect(again.ok && again.plan.counts.unchanged).toBe(2);
  });
});

describe('an import never changes signed content', () => {
  async function device(): Promise<BackupFile> {
    await imported(readFileSync(SIGNED_V1_BACKUP, 'utf8'));
    return exportedFile();
  }
  const signedEntry = (f: BackupFile) => f.payload.assessments.find((e) => e.assessment.id === 'fixture-facade-night')!;

  it('edited answers with a recomputed checksum: refused as a whole, naming the assessment, nothing changed', async () => {
    const f = await device();
    const before = await dumpAll();
    const e = signedEntry(f);
    e.assessment.problem.description = 'Inga inbrott alls.';
    const error = await refused(reseal(f));
    expect(error.kind).toBe('signed-content');
    expect(error.sv).toBe('Bedömningen Lindängsskolan (nummer 1, version 1) i filen säger något annat än det som undertecknades; ett undertecknat dokument får aldrig ändras, så inget har importerats.');
    expect(error.en).toMatch(/^The assessment Lindängsskolan \(number 1, version 1\) in the file says something other than what was signed/);
    expect(await dumpAll()).toBe(before);
  });

  it('edited content with a recomputed fingerprint and record: refused, the device keeps what was signed', async () => {
    const f = await device();
    const before = await dumpAll();
    const e = signedEntry(f);
    const edited = refingerprint({ ...e.assessment, data: { ...e.assessment.data, retentionHours: 240 } });
    e.assessment = edited;
    e.versions = [{ document: edited, signed: recordOf(edited) }];
    expect(await refused(reseal(f))).toMatchObject({ kind: 'signed-content', sv: expect.stringContaining('skulle ändra en undertecknad version') });
    expect(await dumpAll()).toBe(before);
  });

  it('register events after signing are taken from a newer file; the signed version stays byte for byte', async () => {
    const f = await device();
    const row = JSON.stringify(await versionRow('fixture-facade-night'));
    const e = signedEntry(f);
    e.assessment = { ...e.assessment, endedOn: '2028-06-30', updatedAt: '2030-01-01T00:00:00.000Z' };
    const { plan, result } = await imported(reseal(f));
    expect(plan.items.find((i) => i.sourceId === 'fixture-facade-night')?.action).toBe('update');
    expect(result).toMatchObject({ ok: true, updated: 1 });
    const loaded = await load('fixture-facade-night');
    expect(loaded.ok && loaded.assessment.endedOn).toBe('2028-06-30');
    expect(JSON.stringify(await versionRow('fixture-facade-night'))).toBe(row);
  });

  it('a forged version 2 under the same id, a fork of version 2, or a version 2 that continues a draft: refused', async () => {
    const base = await device();
    const before = await dumpAll();
    const v1 = signedEntry(base).assessment;
    const forged = (change: Partial<Assessment>): Assessment => refingerprint({ ...v1, ...change, data: { ...v1.data, retentionHours: 12 } });
    const sameId = structuredClone(base);
    const second = forged({ version: 2, previousVersionId: v1.id });
    signedEntry(sameId).versions.push({ document: second, signed: recordOf(second) });
    expect(await refused(reseal(sameId))).toMatchObject({ kind: 'signed-content' });
    const fork = structuredClone(base);
    fork.payload.assessments.push(entryOf(forged({ id: 'fork', version: 2, previousVersionId: v1.id })));
    expect(await refused(reseal(fork))).toMatchObject({ kind: 'signed-content', sv: expect.stringContaining('en annan undertecknad version 2') });
    await save(sample('a-draft'), 0);
    const onDraft = structuredClone(base);
    onDraft.payload.assessments.push(entryOf(forged({ id: 'on-draft', version: 2, previousVersionId: 'a-draft' })));
    expect(await refused(reseal(onDraft))).toMatchObject({ kind: 'signed-content', sv: expect.stringContaining('bygger inte på en undertecknad version 1') });
    await (await getDb()).delete('assessments', 'a-draft');
    await (await getDb()).delete('summaries', 'a-draft');
    await (await getDb()).delete('registers', 'a-draft');
    expect(await dumpAll()).toBe(before);
  });

  it('a later signed version that continues the last one may be added', async () => {
    const base = await device();
    const v2 = base.payload.assessments.find((e) => e.assessment.id === 'fixture-facade-night-v2')!.assessment;
    const v3 = refingerprint({ ...v2, id: 'v3', version: 3, previousVersionId: v2.id, data: { ...v2.data, retentionHours: 24 } });
    base.payload.assessments.push(entryOf(v3));
    const { result } = await imported(reseal(base));
    expect(result).toMatchObject({ ok: true, added: 1 });
    expect((await versionRow('v3', 3))?.signed).toEqual(recordOf(v3));
  });

  it('a swapped or stripped record: swapped is refused, stripped is derived from the document and changes nothing', async () => {
    const base = await device();
    const swapped = structuredClone(base);
    const [a, b] = swapped.payload.assessments;
    [a!.versions[0]!.signed, b!.versions[0]!.signed] = [b!.versions[0]!.signed, a!.versions[0]!.signed];
    expect(await refused(reseal(swapped))).toMatchObject({ kind: 'signed-content' });
    const stripped = structuredClone(base) as unknown as { payload: { assessments: { versions: { signed?: unknown }[] }[] } };
    for (const e of stripped.payload.assessments) for (const v of e.versions) delete v.signed;
    const parsed = await parseBackup(reseal(stripped as unknown as BackupFile));
    expect(parsed.ok && parsed.plan.counts.unchanged).toBe(2);
  });
});

describe('a backup beyond what the device can hold is refused before anything is written', () => {
  it(`more than ${MAX_ASSESSMENTS.toLocaleString('en')} assessments: the numbers in the message`, async () => {
    // The smallest records restore accepts (every answer left to its default), well under the size limit; one
    // more than the device holds, so the refusal is the count's at its edge (100,000 took 13 s to say the same).
    const count = MAX_ASSESSMENTS + 1;
    const tiny = Array.from({ length: count }, (_, i) => ({ assessment: { format: 'kamerabedomning/assessment', schemaVersion: 1, id: `x${i}` }, versions: [], deletedAt: null }));
    const f = { format: 'kamerabedomning/backup', formatVersion: 2, schemaVersion: 1, appVersion: '1', createdAt: '2026-12-04T00:00:00.000Z', checksum: '', payload: { assessments: tiny, policy: null } };
    const before = await dumpAll();
    const error = await refused(reseal(f as unknown as BackupFile));
    expect(error.kind).toBe('too-many');
    expect(error.sv).toBe(`Säkerhetskopian skulle ge ${count} bedömningar på den här enheten (${count} i filen, 0 redan sparade), men den rymmer högst ${MAX_ASSESSMENTS}. Inget har importerats.`);
    expect(await dumpAll()).toBe(before);
  });

  it('larger than the space the browser grants: the sizes in the message', async () => {
    const text = JSON.stringify(await buildBackup({ assessments: [entryOf(sample('x'))], policy: null }));
    const parsed = await parseBackup(text, { freeBytes: async () => 1024 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.kind).toBe('no-space');
      expect(parsed.error.message.sv).toMatch(/^Säkerhetskopian behöver ungefär 0,0 MB men webbläsaren har bara 0,0 MB kvar/);
    }
    expect((await parseBackup(text, { freeBytes: async () => null })).ok).toBe(true);
  });
});
