// restore(unknown): the one gate for assessment data from IndexedDB, a backup file or a PDF attachment.
// It validates, migrates step by step, fills defaults, keeps unknown fields, and never throws.
import * as v from 'valibot';
import type { Assessment } from './types';
import type { RestoreProblem, RestoreResult } from './restore-types';
import { ASSESSMENT_FORMAT, SCHEMA_VERSION } from './types';
import { AssessmentSchema, KNOWN_TOP_LEVEL_KEYS } from './schema';
import { droppedNote, issueToProblem, notAnObject, sanitize } from './restore-core';
import { fieldLabel } from './labels';
import type { MigrationLadder, JsonObject } from './migrate';
import { MIGRATIONS, OLDEST_VERSION, migrate } from './migrate';

const problem = (path: string, sv: string, en: string): RestoreProblem => ({ path, message: { sv, en } });

export function restore(input: unknown, ladder: MigrationLadder = MIGRATIONS): RestoreResult<Assessment> {
  try {
    return restoreUnsafe(input, ladder);
  } catch {
    // Defence in depth: a bug here must show as an unreadable file, not crash the app.
    return { ok: false, problems: [notAnObject()] };
  }
}

function restoreUnsafe(input: unknown, ladder: MigrationLadder): RestoreResult<Assessment> {
  const clean = sanitize(input);
  if (!clean.ok) return { ok: false, problems: [clean.problem] };
  const doc = clean.value;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, problems: [notAnObject()] };
  if (doc.format !== ASSESSMENT_FORMAT) {
    return {
      ok: false,
      problems: [problem('format', 'Filen är inte en kamerabedömning från den här appen.', 'The file is not a camera assessment from this app.')],
    };
  }
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return {
      ok: false,
      problems: [problem('schemaVersion', 'Filen saknar en giltig formatversion.', 'The file has no valid format version.')],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        problem(
          'schemaVersion',
          `Filen är gjord i en nyare version av appen (format ${version}); den här versionen läser format ${SCHEMA_VERSION}. Uppdatera appen och försök igen.`,
          `The file was made by a newer version of the app (format ${version}); this version reads format ${SCHEMA_VERSION}. Update the app and try again.`,
        ),
      ],
    };
  }
  const migrated = migrate(doc, version, SCHEMA_VERSION, ladder);
  if (!migrated.ok) {
    return {
      ok: false,
      problems: [problem('schemaVersion', `Format ${migrated.missingStep} kan inte läsas av den här versionen.`, `Format ${migrated.missingStep} cannot be read by this version.`)],
    };
  }
  const parsed = v.safeParse(AssessmentSchema, migrated.doc);
  if (!parsed.success) return { ok: false, problems: dedupe(parsed.issues.map((issue) => issueToProblem(issue))) };
  const value = moveUnknownToExtra(parsed.output as JsonObject);
  const duplicate = duplicateIds(value);
  if (duplicate) return { ok: false, problems: [duplicate] };
  const notes = clean.dropped.map(droppedNote);
  if (value.extra && Object.keys(value.extra).length > 0) {
    notes.push(
      problem('extra', 'Filen innehåller fält som den här versionen inte känner till. De sparas oförändrade.', 'The file contains fields this version does not know. They are kept unchanged.'),
    );
  }
  return { ok: true, value, migratedFrom: version === SCHEMA_VERSION ? null : version, notes };
}

/** Unknown top-level fields go into `extra` so a newer app's additions survive a round trip. */
function moveUnknownToExtra(doc: JsonObject): Assessment {
  const out: JsonObject = {};
  const extra: JsonObject = { ...((doc.extra as JsonObject | undefined) ?? {}) };
  for (const [key, value] of Object.entries(doc)) {
    if (KNOWN_TOP_LEVEL_KEYS.has(key)) out[key] = value;
    else extra[key] = value;
  }
  if (Object.keys(extra).length > 0) out.extra = extra;
  else delete out.extra;
  return out as unknown as Assessment;
}

/** Ids key findings, justifications and decisions: two rows with one id would mix them up. */
function duplicateIds(a: Assessment): RestoreProblem | null {
  const lists: [string, { id: string }[]][] = [
    ['cameras', a.cameras],
    ['problem.incidents', a.problem.incidents],
    ['measures.items', a.measures.items],
    ['data.accessRoles', a.data.accessRoles],
  ];
  for (const [path, items] of lists) {
    const seen = new Set<string>();
    for (const [i, item] of items.entries()) {
      if (seen.has(item.id)) {
        const label = fieldLabel(`${path}.${i}`);
        return problem(`${path}.${i}.id`, `${label.sv} har samma id som en tidigare rad.`, `${label.en} has the same id as an earlier row.`);
      }
      seen.add(item.id);
    }
  }
  return null;
}

function dedupe(problems: RestoreProblem[]): RestoreProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.path) ? false : (seen.add(p.path), true))).slice(0, 50);
}
