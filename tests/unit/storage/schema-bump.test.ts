// A later app with schema version 2 (a migration that adds a field) reads everything the v1 app signed:
// the signed JSON, the signed PDF, the format-1 backup and a v1 database. Records keep their bytes and
// fingerprints, and saving a register event on a signed v1 document still works.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, fingerprint, recordFromRawDocument, recordIntact, restore } from '../../../src/assessments/camera/domain';
import { canonicalV1 } from '../../../src/assessments/camera/domain/signing';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { extractAssessment } from '../../../src/pdf/extract';
import { applyImport, listVersions, load, parseBackup, save } from '../../../src/storage';
import { buildBackup } from '../../../src/storage/backup-export';
import { getDb } from '../../../src/storage/db';
import type { VersionRecord } from '../../../src/storage/db';
import { SIGNED_V1_BACKUP, SIGNED_V1_JSON, SIGNED_V1_PDF } from '../../fixtures/build/signed-v1';
import { freshStorage } from './helpers';

vi.mock('../../../src/assessments/camera/domain/vocabulary', async (original) => ({ ...(await original<object>()), SCHEMA_VERSION: 2 }));
vi.mock('../../../src/assessments/camera/domain/migrate', async (original) => ({
  ...(await original<object>()),
  // Version 2 adds a field every document has: the canonical form of a migrated v1 document changes.
  MIGRATIONS: { 1: (doc: Record<string, unknown>) => ({ ...doc, reviewCadence: 'annual' }) },
}));

type Raw = Record<string, unknown>;
const rawJson = (): Raw => JSON.parse(readFileSync(SIGNED_V1_JSON, 'utf8')) as Raw;
const rawBackup = (): { payload: { assessments: { assessment: Raw; versions: Raw[] }[] } } => JSON.parse(readFileSync(SIGNED_V1_BACKUP, 'utf8'));
const fingerprintOf = (raw: Raw): string => (raw.signoff as { fingerprint: string }).fingerprint;

async function versionRow(id: string, version: number): Promise<VersionRecord | undefined> {
  return (await getDb()).get('versions', [id, version]);
}

beforeEach(async () => {
  await freshStorage();
});

describe('after a schema change (test build with schema version 2)', () => {
  it('really is a later schema: a v1 document migrates, and hashing the migrated one would not give its fingerprint', async () => {
    expect(SCHEMA_VERSION).toBe(2);
    const restored = restore(rawJson());
    expect(restored.ok && restored.value.schemaVersion).toBe(2);
    expect(restored.ok && restored.migratedFrom).toBe(1);
    expect(restored.ok && (await fingerprint(restored.value))).not.toBe(fingerprintOf(rawJson()));
  });

  it('the signed v1 JSON and the signed v1 PDF still hash to their fingerprints by the frozen v1 form', async () => {
    const json = await recordFromRawDocument(rawJson());
    expect(json?.fingerprint).toBe(fingerprintOf(rawJson()));
    expect(json?.content).toBe(canonicalV1(rawJson()));
    expect(json && (await recordIntact(json))).toBe(true);
    const fromPdf = await recordFromRawDocument(extractAssessment(new Uint8Array(readFileSync(SIGNED_V1_PDF))));
    expect(fromPdf).toEqual(json);
  });

  it('the format-1 backup with a chain of two signed versions imports with its records byte for byte', async () => {
    const parsed = await parseBackup(readFileSync(SIGNED_V1_BACKUP, 'utf8'));
    expect(parsed.ok && parsed.plan.counts).toMatchObject({ add: 2, conflict: 0 });
    expect(parsed.ok && (await applyImport(parsed.plan))).toMatchObject({ ok: true, added: 2 });
    for (const { assessment } of rawBackup().payload.assessments) {
      const row = await versionRow(assessment.id as string, assessment.version as number);
      expect(row?.signed?.content).toBe(canonicalV1(assessment));
      expect(row?.signed?.fingerprint).toBe(fingerprintOf(assessment));
      expect(row?.signed?.schemaVersion).toBe(1);
      const loaded = await load(assessment.id as string);
      expect(loaded.ok && loaded.assessment.schemaVersion).toBe(2);
      expect(loaded.ok && loaded.assessment.signoff?.fingerprint).toBe(fingerprintOf(assessment));
    }
  });

  it('the signed v1 JSON, carried bare in a backup (as the emergency backup does), imports with its own record', async () => {
    const restored = restore(rawJson());
    if (!restored.ok) throw new Error('does not restore');
    // A file written by the v1 app: the raw v1 document, not the migrated one.
    const file = await buildBackup({ assessments: [{ assessment: rawJson() as unknown as Assessment, versions: [], deletedAt: null }], policy: null });
    const parsed = await parseBackup(JSON.stringify({ ...file, formatVersion: 1, schemaVersion: 1 }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(await applyImport(parsed.plan)).toMatchObject({ ok: true, added: 1 });
    const row = await versionRow(restored.value.id, 1);
    expect(row?.signed?.content).toBe(canonicalV1(rawJson()));
  });

  it('a v1 database: the back-fill records the raw rows, and a register event saved on the migrated document keeps the record intact', async () => {
    const raw = rawJson();
    const db = await getDb();
    // Rows as the v1 app wrote them: no record, the document as it was signed.
    await db.put('assessments', { id: raw.id as string, assessment: raw as unknown as Assessment, status: 'signed', outcome: null, schoolName: 'Lindängsskolan', areaSummary: { cameraCount: 1, areaKinds: [] }, updatedAt: raw.updatedAt as string, nextReviewDate: '', deletedAt: null });
    await db.put('versions', { id: raw.id as string, version: 1, signedAt: (raw.signoff as { signedAt: string }).signedAt, fingerprint: fingerprintOf(raw), assessment: raw as unknown as Assessment });
    const { backfillSignedRecords } = await import('../../../src/storage/signed-rows');
    expect(await backfillSignedRecords(db)).toBe(1);
    expect(await backfillSignedRecords(db)).toBe(0); // idempotent
    const before = await versionRow(raw.id as string, 1);
    expect(before?.signed?.content).toBe(canonicalV1(raw));

    const loaded = await load(raw.id as string);
    if (!loaded.ok) throw new Error('does not load');
    expect(loaded.migratedFrom).toBe(1);
    const ended: Assessment = { ...loaded.assessment, endedOn: '2027-06-30' };
    expect(await save(ended, loaded.assessment.revision)).toMatchObject({ ok: true });
    const after = await versionRow(raw.id as string, 1);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(after?.signed && (await recordIntact(after.signed))).toBe(true);
    // Anything else is still refused.
    const edited: Assessment = { ...ended, problem: { ...ended.problem, description: 'Ändrad' } };
    expect(await save(edited, loaded.assessment.revision + 1)).toMatchObject({ ok: false, reason: 'signed' });
    expect((await listVersions(raw.id as string))[0]?.signoff?.fingerprint).toBe(fingerprintOf(raw));
  });
});
