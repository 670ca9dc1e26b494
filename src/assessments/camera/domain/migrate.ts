// The migration ladder: one step per schema version, applied in order, so a file from any released
// version reaches the current one. To add v2: bump SCHEMA_VERSION in vocabulary.ts, add `1: (doc) => …` here
// (it receives a v1 document and returns a v2 one), and keep a v1 file in tests/fixtures/v1 forever.
import type { Json } from './restore-core';
import { SCHEMA_VERSION } from './types';

export type JsonObject = { [key: string]: Json };
/** `ladder[n]` turns a version-n document into a version-(n+1) document. */
export type MigrationLadder = Readonly<Record<number, (doc: JsonObject) => JsonObject>>;

export const MIGRATIONS: MigrationLadder = {};

/** The oldest schema version a file may have; files from before that were never released. */
export const OLDEST_VERSION = 1;

export type MigrationResult = { ok: true; doc: JsonObject } | { ok: false; missingStep: number };

export function migrate(
  doc: JsonObject,
  from: number,
  to: number = SCHEMA_VERSION,
  ladder: MigrationLadder = MIGRATIONS,
): MigrationResult {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = ladder[version];
    if (!step) return { ok: false, missingStep: version };
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return { ok: true, doc: current };
}
