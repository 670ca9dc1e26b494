// Variants of a real backup made the way someone would try to change a signed assessment unnoticed: edited
// answers with the checksum recomputed, edited signed versions, recomputed fingerprints and records, forged
// later versions, swapped or stripped records, changed signing times, reordered entries. Seeded, so a failing
// variant can be made again from its number.
import { createHash } from 'node:crypto';
import { canonicalV1 } from '../../src/assessments/camera/domain/signing';
import { canonicalJson } from '../../src/storage/canonical';

type Obj = Record<string, unknown>;
export type FuzzKind =
  | 'edit-answer'
  | 'edit-signed-version'
  | 'edit-and-refingerprint'
  | 'edit-record-content'
  | 'register-event'
  | 'forge-next-version'
  | 'forge-same-id-version'
  | 'forge-fork'
  | 'swap-records'
  | 'change-signed-at'
  | 'strip-records'
  | 'drop-versions'
  | 'unsign-current'
  | 'renumber-version'
  | 'newer-schema'
  | 'reorder'
  | 'as-format-1'
  | 'new-id-refingerprint';

export const FUZZ_KINDS: readonly FuzzKind[] = [
  'edit-answer', 'edit-signed-version', 'edit-and-refingerprint', 'edit-record-content', 'register-event', 'forge-next-version',
  'forge-same-id-version', 'forge-fork', 'swap-records', 'change-signed-at', 'strip-records', 'drop-versions', 'unsign-current',
  'renumber-version', 'newer-schema', 'reorder', 'as-format-1', 'new-id-refingerprint',
];

export interface Variant {
  index: number;
  kinds: FuzzKind[];
  /** Whether the checksum was recomputed after the change (most are: the checks behind it are the point). */
  resealed: boolean;
  text: string;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** What a forger does after editing a signed document: a fingerprint and record that fit the new content. */
function refingerprint(doc: Obj): { format: string; schemaVersion: number; c14n: 'kb-c14n-1'; content: string; fingerprint: string } {
  const signoff = obj(doc.signoff);
  signoff.fingerprint = '';
  const content = canonicalV1(doc);
  const fingerprint = sha256(content);
  signoff.fingerprint = fingerprint;
  return { format: String(doc.format), schemaVersion: Number(doc.schemaVersion), c14n: 'kb-c14n-1', content, fingerprint };
}

const ANSWERS: ((doc: Obj, r: () => number) => void)[] = [
  (doc, r) => void (obj(doc.problem).description = `Ändrad beskrivning ${Math.floor(r() * 1e6)}`),
  (doc, r) => void (obj(doc.data).retentionHours = 1 + Math.floor(r() * 400)),
  (doc) => void (obj(doc.school).schoolName = 'Förfalskade skolan'),
  (doc) => void list(doc.cameras).pop(),
  (doc, r) => void (obj(list(doc.cameras)[0]).location = `Flyttad ${Math.floor(r() * 100)}`),
  (doc) => void (obj(doc.decision).nextReviewDate = '2099-01-01'),
];

function editAnswer(doc: Obj, r: () => number): void {
  (ANSWERS[Math.floor(r() * ANSWERS.length)] ?? ANSWERS[0]!)(doc, r);
}

interface Entry {
  assessment: Obj;
  versions: { document: Obj; signed?: unknown }[];
  deletedAt: unknown;
}

const entriesOf = (file: Obj): Entry[] => list(obj(file.payload).assessments) as Entry[];

/** The base's entries are shared between variants; an entry is copied the first time a change touches it. */
const shared = new WeakSet<object>();
function own(file: Obj, e: Entry): Entry {
  if (!shared.has(e)) return e;
  const entries = entriesOf(file);
  const copy = structuredClone(e);
  entries[entries.indexOf(e)] = copy;
  return copy;
}
const ownAll = (file: Obj): Entry[] => entriesOf(file).map((e) => own(file, e));
const signedEntries = (file: Obj): Entry[] => entriesOf(file).filter((e) => isObj(e.assessment.signoff) && list(e.versions).length > 0);
const pick = <T>(items: T[], r: () => number): T | undefined => items[Math.floor(r() * items.length)];

/** Applies one kind of change to a parsed format-2 backup, in place. */
function mutate(file: Obj, kind: FuzzKind, r: () => number, n: number): void {
  const picked = pick(signedEntries(file), r);
  const e = picked && own(file, picked);
  const v = e?.versions[0];
  const entries = entriesOf(file);
  switch (kind) {
    case 'edit-answer': {
      const any = pick(entries, r);
      if (any) editAnswer(own(file, any).assessment, r);
      break;
    }
    case 'edit-signed-version':
      if (v) editAnswer(v.document, r);
      break;
    case 'edit-and-refingerprint':
      if (e && v) {
        editAnswer(e.assessment, r);
        editAnswer(v.document, r);
        v.signed = refingerprint(v.document);
        refingerprint(e.assessment);
      }
      break;
    case 'edit-record-content':
      if (v && isObj(v.signed)) {
        const content = String(v.signed.content).replace(/"retentionHours":\d+/, '"retentionHours":999');
        v.signed = { ...v.signed, content, fingerprint: r() < 0.5 ? sha256(content) : v.signed.fingerprint };
      }
      break;
    case 'register-event':
      if (e) {
        e.assessment.endedOn = '2028-06-30';
        e.assessment.laterDecision = { by: 'owner', result: 'approved', date: '2027-01-10', reference: `KS ${n}`, decidedBy: 'Nämnden' };
        e.assessment.updatedAt = '2030-01-01T00:00:00.000Z';
      }
      break;
    case 'forge-next-version':
    case 'forge-same-id-version':
    case 'forge-fork': {
      if (!e || !v) break;
      const forged = structuredClone(v.document);
      const version = Number(forged.version);
      if (kind === 'forge-fork') forged.id = `fork-${n}`; // same version and predecessor as an existing one
      else if (kind === 'forge-same-id-version') forged.version = version + 1; // a second version under the same id
      else {
        const roll = r();
        forged.version = version + 1 + (roll > 0.9 ? 1 : 0); // now and then it skips a number
        forged.id = `next-${n}`;
        forged.previousVersionId = roll < 0.6 ? v.document.id : roll < 0.8 ? `nobody-${n}` : forged.id;
      }
      editAnswer(forged, r);
      const record = refingerprint(forged);
      if (kind === 'forge-same-id-version') e.versions.push({ document: forged, signed: record });
      else entries.push({ assessment: structuredClone(forged), versions: [{ document: forged, signed: record }], deletedAt: null });
      break;
    }
    case 'swap-records': {
      const otherEntry = pick(signedEntries(file).filter((x) => x !== e), r);
      const other = otherEntry && own(file, otherEntry).versions[0];
      if (v && other) [v.signed, other.signed] = [other.signed, v.signed];
      break;
    }
    case 'change-signed-at':
      if (e && v) {
        const at = '2026-01-01T00:00:00.000Z';
        obj(v.document.signoff).signedAt = at;
        obj(e.assessment.signoff).signedAt = at;
        if (r() < 0.5) {
          v.signed = refingerprint(v.document);
          refingerprint(e.assessment);
        }
      }
      break;
    case 'strip-records':
      for (const x of ownAll(file)) for (const y of x.versions) delete y.signed;
      break;
    case 'drop-versions':
      if (e) e.versions = [];
      break;
    case 'unsign-current':
      if (e) e.assessment.signoff = null;
      break;
    case 'renumber-version':
      if (v) v.document.version = Number(v.document.version) + 1 + Math.floor(r() * 3);
      break;
    case 'newer-schema': {
      const any = pick(entries, r);
      if (any) own(file, any).assessment.schemaVersion = 2 + Math.floor(r() * 5);
      break;
    }
    case 'reorder':
      entries.reverse();
      for (const x of ownAll(file)) x.versions.reverse();
      break;
    case 'as-format-1':
      file.formatVersion = 1;
      for (const x of ownAll(file)) x.versions = x.versions.map((y) => (isObj(y) && isObj(y.document) ? y.document : y)) as unknown as Entry['versions'];
      break;
    case 'new-id-refingerprint':
      if (e && v) {
        const id = `renamed-${n}`;
        e.assessment.id = id;
        v.document.id = id;
        v.signed = refingerprint(v.document);
        refingerprint(e.assessment);
      }
      break;
  }
}

/** The payload's checksum text, reusing the canonical text of every entry no change touched. */
function payloadCanonical(payload: Obj, cache: WeakMap<object, string>): string {
  const part = (key: string): string => {
    if (key !== 'assessments') return canonicalJson(payload[key]);
    return `[${entriesOf({ payload }).map((e) => cache.get(e) ?? canonicalJson(e)).join(',')}]`;
  };
  return `{${Object.keys(payload).sort().map((k) => `${JSON.stringify(k)}:${part(k)}`).join(',')}}`;
}

/**
 * Variants `from` … `to - 1` of `base` (a format-2 backup as text), each with one to three changes. The
 * sequence does not depend on `from`: variant n is the same whichever range is asked for.
 */
export function* backupVariants(base: string, to: number, seed = 20261204, from = 0): Generator<Variant> {
  const r = random(seed);
  const parsed = JSON.parse(base) as Obj;
  const cache = new WeakMap<object, string>();
  for (const e of entriesOf(parsed)) {
    shared.add(e);
    cache.set(e, canonicalJson(e));
  }
  for (let index = 0; index < to; index++) {
    const payload = obj(parsed.payload);
    const file: Obj = { ...parsed, payload: { ...payload, assessments: [...entriesOf(parsed)] } };
    const kinds: FuzzKind[] = [];
    const howMany = 1 + Math.floor(r() * r() * 3);
    for (let k = 0; k < howMany; k++) kinds.push(FUZZ_KINDS[Math.floor(r() * FUZZ_KINDS.length)] ?? 'edit-answer');
    // Converting to format 1 goes last: the other changes are written for format 2.
    kinds.sort((a, b) => Number(a === 'as-format-1') - Number(b === 'as-format-1'));
    // Shared entries are copied before a change, so the base stays as it was.
    for (const kind of kinds) mutate(file, kind, r, index);
    const resealed = r() < 0.97;
    if (index < from) continue; // drawn all the same, so variant n is the same in every range
    if (resealed) file.checksum = sha256(payloadCanonical(obj(file.payload), cache));
    yield { index, kinds, resealed, text: JSON.stringify(file) };
  }
}
