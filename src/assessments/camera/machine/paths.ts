// Immutable writes into the assessment by dotted path ('cameras.2.hours.preset').
// The UI sends paths as strings, so every write is checked against the document it would change.
import type { Assessment } from '../domain';

/** Top-level fields the wizard owns or that identify the document: never written by an answer. */
const PROTECTED_ROOTS = new Set([
  'format',
  'schemaVersion',
  'id',
  'version',
  'previousVersionId',
  'createdAt',
  'updatedAt',
  'revision',
  'step',
  'signoff',
  'laterDecision',
  'extra',
  'justifications',
]);

/** Lists of items with an identity: changed only by the item.* and verdict.set events, never replaced whole. */
const ITEM_LISTS = new Set(['problem.incidents', 'measures.items', 'cameras', 'data.accessRoles', 'decision.cameraDecisions']);

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Index into an array only by a canonical integer within range ('01', '-1', 'length' are refused). */
function arrayIndex(list: Json[], key: string): number | null {
  if (!/^(0|[1-9]\d*)$/.test(key)) return null;
  const i = Number(key);
  return i < list.length ? i : null;
}

/** The new value must be of the kind the document already holds, so a write cannot reshape it. */
function sameKind(current: Json, next: Json): boolean {
  if (typeof current === 'string') return typeof next === 'string';
  if (typeof current === 'boolean') return typeof next === 'boolean';
  // number | null fields (age, cost, retention) accept either.
  if (typeof current === 'number' || current === null) {
    return next === null || (typeof next === 'number' && Number.isFinite(next));
  }
  // Whole lists may be replaced (subjects, time windows), whole objects may not: write their fields.
  if (Array.isArray(current)) return Array.isArray(next);
  return false;
}

/**
 * Questions added 2026-12 that a camera (or time window) from an older file lacks: answering one adds the
 * field, with the kind it has on a new camera. carriedOver is never written by an answer (KB-H18).
 */
const ADDABLE: Readonly<Record<string, 'string' | 'array' | 'boolean' | 'view'>> = {
  otherAreaUse: 'string',
  analytics: 'array',
  inView: 'array',
  movableLimits: 'string',
  monitorSeenByOthers: 'string',
  offHoursPresence: 'array',
  overMidnight: 'boolean',
  // A camera entered before its review became one of an existing decision may be marked as already filming.
  alreadyInUse: 'boolean',
  // The first image attached to a camera adds its view; later edits write its fields.
  view: 'view',
};
const isView = (value: Json): boolean =>
  isRecord(value) && Object.keys(value).length === 2 && typeof value.attachment === 'string' && Array.isArray(value.polygon);
const addableKind = (key: string, rest: string[], value: Json): boolean => {
  const kind = ADDABLE[key];
  if (kind === undefined || rest.length > 0) return false;
  if (kind === 'view') return isView(value);
  return kind === 'array' ? Array.isArray(value) : typeof value === kind;
};

function write(node: Json, keys: string[], value: Json): Json | undefined {
  const [key, ...rest] = keys;
  if (key === undefined) return sameKind(node, value) ? value : undefined;
  if (Array.isArray(node)) {
    const i = arrayIndex(node, key);
    if (i === null) return undefined;
    const child = write(node[i], rest, value);
    if (child === undefined) return undefined;
    const copy = node.slice();
    copy[i] = child;
    return copy;
  }
  if (isRecord(node)) {
    // An item's id is its identity: decisions and justifications refer to it.
    if (key === 'id' || key === 'cameraId' || key === 'carriedOver') return undefined;
    if (!Object.hasOwn(node, key)) return addableKind(key, rest, value) ? { ...node, [key]: value } : undefined;
    const child = write(node[key], rest, value);
    return child === undefined ? undefined : { ...node, [key]: child };
  }
  return undefined;
}

/** Whether an answer may be written at this path (the path exists and is not protected). */
export function isWritablePath(assessment: Assessment, path: string, value: unknown): boolean {
  return setAtPath(assessment, path, value) !== null;
}

/** A copy with the value written at path, or null when the path is refused. Never mutates. */
export function setAtPath(assessment: Assessment, path: string, value: unknown): Assessment | null {
  const keys = path.split('.');
  if (keys[0] === undefined || PROTECTED_ROOTS.has(keys[0]) || ITEM_LISTS.has(path)) return null;
  const next = write(assessment, keys, value);
  return next === undefined ? null : (next as Assessment);
}
