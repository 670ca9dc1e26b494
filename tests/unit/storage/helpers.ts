// Shared test setup: a fresh fake IndexedDB per test, a fake localStorage, sample assessments, a dump of all stores.
import { IDBFactory } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { C14N_V1, canonicalJson, emptyAssessment, restore } from '../../../src/assessments/camera/domain';
import type { Assessment, SignedRecord } from '../../../src/assessments/camera/domain';
import type { BackupEntry } from '../../../src/storage/backup-format';
import { ALL_STORES, closeDatabase, getDb } from '../../../src/storage/db';
import { forgetCachedSettings } from '../../../src/storage/settings';
import { forgetMarkerState } from '../../../src/storage/persistence';
import { forgetInstall } from '../../../src/storage/install';

export class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
}

/** A new, empty IndexedDB and localStorage, and no cached state from the previous test. */
export async function freshStorage(): Promise<MemoryStorage> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  const local = new MemoryStorage();
  (globalThis as { localStorage?: Storage }).localStorage = local as unknown as Storage;
  forgetCachedSettings();
  forgetMarkerState();
  forgetInstall(); // a new database is a new install; this "tab" starts afresh with it
  return local;
}

/** Every store, every record, as one JSON string: equal strings mean byte-for-byte equal data. */
export async function dumpAll(): Promise<string> {
  const db = await getDb();
  const tx = db.transaction([...ALL_STORES], 'readonly');
  const out: Record<string, unknown> = {};
  for (const name of ALL_STORES) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    out[name] = keys.map((k, i) => [k, values[i]]);
  }
  await tx.done;
  return JSON.stringify(out);
}

const NOW = new Date('2026-03-02T09:00:00.000Z');

/** A valid draft with a few answers, normalised by restore exactly as a load would return it. */
export function sample(id: string, schoolName = `Skola ${id}`, overrides: Partial<Assessment> = {}): Assessment {
  const a = emptyAssessment(id, NOW);
  const draft: Assessment = {
    ...a,
    ...overrides,
    school: { ...a.school, schoolName, ownerType: 'municipal', ownerName: 'Utbildningsnämnden i Exempelstad' },
    problem: { ...a.problem, description: 'Klotter på södra fasaden', purpose: 'Förebygga skadegörelse på fasaden' },
  };
  const restored = restore(draft);
  if (!restored.ok) throw new Error(`sample ${id} is invalid: ${JSON.stringify(restored.problems)}`);
  return restored.value;
}

/** The record signing makes (synchronous here: node's hash instead of Web Crypto). */
export function recordOf(a: Assessment): SignedRecord {
  const content = canonicalJson(a);
  return { format: a.format, schemaVersion: a.schemaVersion, c14n: C14N_V1, content, fingerprint: createHash('sha256').update(content).digest('hex') };
}

/** `a` signed anew after a change to it: its fingerprint is that of its canonical form again. */
export function refingerprint(a: Assessment): Assessment {
  return a.signoff ? { ...a, signoff: { ...a.signoff, fingerprint: recordOf(a).fingerprint } } : a;
}

/** A backup entry as export writes it: a signed document carries its version and record beside it. */
export function entryOf(a: Assessment, deletedAt: string | null = null): BackupEntry {
  return { assessment: a, versions: a.signoff ? [{ document: a, signed: recordOf(a) }] : [], deletedAt };
}

/** The same assessment (or `base`), signed at `signedAt` as the sign-off step would (fingerprint of its canonical form). */
export function signedSample(id: string, schoolName?: string, signedAt = '2026-03-02T10:00:00.000Z', base?: Assessment): Assessment {
  const a = base ?? sample(id, schoolName);
  const signed: Assessment = {
    ...a,
    signoff: {
      kind: 'decision',
      name: 'Rut Rektorsson',
      title: 'Rektor',
      place: 'Exempelstad',
      date: '2026-03-02',
      attested: true,
      signature: { type: 'typed', typedName: 'Rut Rektorsson' },
      signedAt,
      fingerprint: '',
    },
  };
  const restored = restore(signed);
  if (!restored.ok) throw new Error(`signed sample ${id} is invalid: ${JSON.stringify(restored.problems)}`);
  const doc = restored.value;
  return { ...doc, signoff: doc.signoff && { ...doc.signoff, fingerprint: recordOf(doc).fingerprint } };
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** Every assessment fixture in tests/fixtures/*.json (the domain's valid examples), restored. */
export function fixtureAssessments(): { name: string; assessment: Assessment }[] {
  let files: string[] = [];
  try {
    files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.flatMap((name) => {
    const restored = restore(JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')));
    return restored.ok ? [{ name, assessment: restored.value }] : [];
  });
}
