// Generated and mutated backup files: nothing escapes as an exception, and a refused or failed import leaves
// every store byte-for-byte as it was. `npm test` runs 2,000 to keep CI within its time; `npm run fuzz` runs
// 10,000 (FUZZ_RUNS).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyImport, exportBackup, moveToBin, parseBackup, save } from '../../../src/storage';
import type { BackupFile } from '../../../src/storage';
import { buildBackup } from '../../../src/storage/backup-export';
import { canonicalJson, sha256Hex } from '../../../src/storage/canonical';
import { ALL_STORES, getDb } from '../../../src/storage/db';
import { dumpAll, freshStorage, sample, signedSample, entryOf } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

let baseline = '';
let baseFile: BackupFile;
let baseText = '';
let paths: Path[] = [];

function collectPaths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (at.length > 0) out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => collectPaths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectPaths(v, [...at, k], out);
  return out;
}

/** The container holding `path`'s last step, in a copy, or null if the copy no longer has it. */
function parentOf(root: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } | null {
  let node: Json = root;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, Json>)[step] as Json;
  }
  if (node === null || typeof node !== 'object') return null;
  return { parent: node as Record<string | number, Json>, key: path[path.length - 1] as string | number };
}

const nest = (value: Json, depth: number): Json => {
  let out = value;
  for (let i = 0; i < depth; i++) out = i % 2 === 0 ? [out] : { n: out };
  return out;
};

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('retype' as const), path: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }),
  fc.record({ kind: fc.constant('huge' as const), path: fc.nat(), size: fc.oneof({ arbitrary: fc.integer({ min: 1_000, max: 20_000 }), weight: 50 }, { arbitrary: fc.integer({ min: 20_000, max: 2_000_000 }), weight: 1 }) }),
  fc.record({ kind: fc.constant('deep' as const), path: fc.nat(), depth: fc.integer({ min: 10, max: 1_000 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('pollute' as const), path: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype') }),
  fc.record({ kind: fc.constant('replaceAll' as const), value: fc.jsonValue({ maxDepth: 4 }) }),
);
const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }),
);
const backupCase = fc.record({
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  // Re-sealing with a correct checksum lets a mutation reach the checks behind the checksum.
  reseal: fc.boolean(),
  text: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: textMutation, weight: 1 }),
});

type BackupCase = typeof backupCase extends fc.Arbitrary<infer T> ? T : never;

async function makeText(c: BackupCase): Promise<string> {
  let root = JSON.parse(baseText) as Json;
  for (const m of c.mutations) {
    if (m.kind === 'replaceAll') {
      root = m.value as Json;
      continue;
    }
    if (m.kind === 'duplicate') {
      const list = (root as { payload?: { assessments?: Json } } | null)?.payload?.assessments;
      if (Array.isArray(list) && list.length > 0) list.push(JSON.parse(JSON.stringify(list[m.index % list.length] ?? null)) as Json);
      continue;
    }
    const path = paths[m.path % paths.length] as Path;
    const at = parentOf(root, path);
    if (!at) continue;
    if (m.kind === 'retype') at.parent[at.key] = m.value as Json;
    else if (m.kind === 'delete') delete at.parent[at.key];
    else if (m.kind === 'huge') at.parent[at.key] = 'å'.repeat(m.size);
    else if (m.kind === 'deep') at.parent[at.key] = nest(at.parent[at.key] ?? null, m.depth);
    else {
      const target = at.parent[at.key];
      const holder = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : at.parent;
      Object.defineProperty(holder, m.key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    }
  }
  if (c.reseal && root !== null && typeof root === 'object' && !Array.isArray(root)) {
    try {
      root.checksum = await sha256Hex(canonicalJson(root.payload));
    } catch {
      // Too deep to canonicalise here: the file keeps its stale checksum.
    }
  }
  let text = JSON.stringify(root);
  if (c.text?.kind === 'truncate') text = text.slice(0, c.text.at % (text.length + 1));
  if (c.text?.kind === 'splice') {
    const at = c.text.at % (text.length + 1);
    text = text.slice(0, at) + c.text.text + text.slice(at);
  }
  return text;
}

async function resetToBaseline(): Promise<void> {
  const rows = JSON.parse(baseline) as Record<string, [unknown, unknown][]>;
  const db = await getDb();
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  const ops: Promise<unknown>[] = [];
  for (const name of ALL_STORES) {
    ops.push(tx.objectStore(name).clear());
    for (const [, value] of rows[name] ?? []) ops.push(tx.objectStore(name).put(value as never));
  }
  await Promise.all([...ops, tx.done]);
}

beforeAll(async () => {
  await freshStorage();
  await save(sample('draft', 'Ängsskolan'), 0);
  await save(signedSample('signed', 'Björkskolan'), 0);
  await save(sample('binned', 'Ekskolan'), 0);
  await moveToBin('binned', '2026-03-03T08:00:00.000Z');
  const exported = await exportBackup({ now: new Date('2026-03-04T00:00:00.000Z') });
  if (!exported.ok) throw new Error('export failed');
  const file = JSON.parse(exported.text) as BackupFile;
  // Two entries the device does not have, so that a file that survives mutation has something to add.
  file.payload.assessments.push(
    { assessment: sample('new-1', 'Granskolan'), versions: [], deletedAt: null },
    entryOf(signedSample('new-2', 'Tallskolan')),
  );
  baseFile = await buildBackup(file.payload, new Date('2026-03-04T00:00:00.000Z'));
  baseText = JSON.stringify(baseFile);
  paths = collectPaths(baseFile as unknown as Json);
  baseline = await dumpAll();
});

describe('mutated backup files', () => {
  it('the unmutated file imports (so the mutations start from a good file)', async () => {
    const parsed = await parseBackup(baseText);
    expect(parsed.ok && parsed.plan.counts).toMatchObject({ add: 2, unchanged: 3 });
  });

  it(`${RUNS.toLocaleString('en')} mutated files: no exception escapes and a refused import changes nothing`, async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(backupCase, async (c) => {
        const text = await makeText(c);
        const parsed = await parseBackup(text);
        if (parsed.ok) {
          const applied = await applyImport(parsed.plan);
          seen.set(applied.ok ? 'applied' : applied.error.kind, (seen.get(applied.ok ? 'applied' : applied.error.kind) ?? 0) + 1);
          if (applied.ok) {
            await resetToBaseline();
            return;
          }
        } else {
          seen.set(parsed.error.kind, (seen.get(parsed.error.kind) ?? 0) + 1);
          expect(parsed.error.kind, parsed.error.message.en).not.toBe('unexpected');
          expect(parsed.error.message.sv.length).toBeGreaterThan(20);
        }
        expect(await dumpAll()).toBe(baseline);
      }),
      { numRuns: RUNS },
    );
    // The generator reaches every check, not only the first.
    for (const kind of ['not-json', 'forbidden-key', 'too-deep', 'not-our-format', 'checksum-mismatch', 'invalid-records', 'duplicate-ids']) {
      expect(seen.get(kind) ?? 0, `${kind}: ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
    }
  }, 300_000);
});
