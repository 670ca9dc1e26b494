// The signed versions in a backup: every record checked against its own text and its document, every chain
// checked, and nothing in the file may change what this device already holds as signed.
import type { StoreDoc, Text } from '../engine/kind';
import type { StoreSignedRecord } from '../engine/store-kind';
import { t } from '../engine/text';
import type { BackupEntry, SignedVersion } from './backup-format';
import { saysWhatWasSigned } from './signed-versions';
import { storeKind } from './store-kind';

/** The assessment it is about and why it is refused: the two halves of one sentence for the principal. */
export interface SignedProblem {
  who: Text;
  why: Text;
}


export function whoOf(a: StoreDoc, index: number): Text {
  const name = storeKind().title(a).trim() || a.id.slice(0, 40);
  return t(`Bedömningen ${name} (nummer ${index + 1}, version ${a.version})`, `The assessment ${name} (number ${index + 1}, version ${a.version})`);
}

export const why = {
  noRecord: t('har en undertecknad version utan läsbar uppgift om vad som undertecknades', 'has a signed version without a readable record of what was signed'),
  notIntact: t('har ett undertecknat innehåll som inte stämmer med sin kontrollkod', 'has signed content that does not match its fingerprint'),
  mismatch: t('säger något annat än det som undertecknades', 'says something other than what was signed'),
  wrongVersion: (n: number) =>
    t(`anger en undertecknad version ${n} som inte är bedömningens egen version`, `claims a signed version ${n} that is not the assessment's own version`),
  draftOverSigned: t('är ett utkast men anger en undertecknad version med samma nummer', 'is a draft but claims a signed version with the same number'),
  brokenChain: (n: number) =>
    t(`är undertecknad som version ${n} men bygger inte på en undertecknad version ${n - 1}`, `is signed as version ${n} but does not continue a signed version ${n - 1}`),
  fork: (n: number) =>
    t(`är en annan undertecknad version ${n} av samma bedömning än den som redan finns`, `is a different signed version ${n} of the same assessment than the one that already exists`),
  changesDevice: t('skulle ändra en undertecknad version som redan finns på den här enheten', 'would change a signed version already stored on this device'),
  otherVersion: (n: number) =>
    t(`har ett id som på den här enheten hör till version ${n}`, `has an id that belongs to version ${n} on this device`),
};

/** A signed version as it came in: the restored document, its raw JSON, and the raw record (undefined: none sent). */
export interface IncomingVersion {
  document: StoreDoc;
  raw: unknown;
  rawSigned: unknown;
}

/** The record a version came with, or (a format-1 file, a stripped record) the one its raw JSON hashes to. */
async function recordOf(v: IncomingVersion): Promise<StoreSignedRecord | null> {
  return v.rawSigned === undefined ? storeKind().recordFromRawDocument(v.raw) : storeKind().parseSignedRecord(v.rawSigned);
}

async function attested(doc: StoreDoc, r: StoreSignedRecord | null): Promise<Text | null> {
  if (!r) return why.noRecord;
  if (!(await storeKind().recordIntact(r))) return why.notIntact;
  if (!saysWhatWasSigned(doc, r)) return why.mismatch;
  return null;
}

/**
 * The entry's one signed version, each record checked: the file's versions, or the signed document itself
 * when the file carries no version for it (an emergency backup made from memory).
 */
export async function settleSigned(
  owner: StoreDoc,
  rawOwner: unknown,
  incoming: IncomingVersion[],
  index: number,
): Promise<{ ok: true; versions: SignedVersion[] } | { ok: false; problem: SignedProblem }> {
  const fail = (reason: Text, a: StoreDoc = owner) => ({ ok: false as const, problem: { who: whoOf(a, index), why: reason } });
  const versions: SignedVersion[] = [];
  for (const v of incoming) {
    if (v.document.version !== owner.version) return fail(why.wrongVersion(v.document.version));
    const signed = await recordOf(v);
    const bad = await attested(v.document, signed);
    if (bad || !signed) return fail(bad ?? why.noRecord);
    versions.push({ document: v.document, signed });
  }
  const own = versions[0];
  if (owner.signoff === null) return own ? fail(why.draftOverSigned) : { ok: true, versions };
  if (own) {
    // The record was checked above; the document beside it need only say the same.
    const same = owner.signoff.signedAt === own.document.signoff?.signedAt && saysWhatWasSigned(owner, own.signed);
    return same ? { ok: true, versions } : fail(why.mismatch);
  }
  const derived = await storeKind().recordFromRawDocument(rawOwner);
  const bad = await attested(owner, derived);
  return bad || !derived ? fail(bad ?? why.noRecord) : { ok: true, versions: [{ document: owner, signed: derived }] };
}

/** What the device holds as signed, per assessment id (from the version rows, raw). */
export interface DeviceSigned {
  /** id → version number of the stored assessment row (signed or not). */
  versionOf: Map<string, number>;
  /** id → the signoff fingerprint of the stored assessment row, when it is signed. */
  rowFingerprint: Map<string, string>;
  /** id → its signed versions: version number, previousVersionId and record. */
  signed: Map<string, { version: number; previousVersionId: string | null; record: StoreSignedRecord | null; fingerprint: string }[]>;
}

/**
 * Checks every signed version of the file against the device and against each other: it may add a record
 * or a later version that continues a signed one, never change or fork one that exists.
 */
export function chainProblem(entries: BackupEntry[], device: DeviceSigned): SignedProblem | null {
  const inFile = new Map(entries.map((e) => [e.assessment.id, e]));
  const signedAt = (id: string, version: number): boolean =>
    (device.signed.get(id) ?? []).some((s) => s.version === version) || (inFile.get(id)?.versions ?? []).some((v) => v.document.version === version);
  const claims = new Map<string, string>();
  for (const [id, list] of device.signed) for (const s of list) if (s.version > 1 && s.previousVersionId) claims.set(`${s.previousVersionId}\n${s.version}`, id);
  for (const [index, e] of entries.entries()) {
    const a = e.assessment;
    const fail = (reason: Text): SignedProblem => ({ who: whoOf(a, index), why: reason });
    const storedVersion = device.versionOf.get(a.id);
    const storedSigned = device.signed.get(a.id) ?? [];
    if ((storedVersion !== undefined && storedVersion !== a.version) || storedSigned.some((s) => s.version !== a.version)) {
      return fail(why.otherVersion(storedVersion ?? storedSigned[0]?.version ?? 0));
    }
    for (const { document: d, signed } of e.versions) {
      const stored = storedSigned.find((s) => s.version === d.version);
      const row = device.rowFingerprint.get(d.id);
      if (stored && (stored.fingerprint !== signed.fingerprint || (stored.record !== null && stored.record.content !== signed.content))) return fail(why.changesDevice);
      if (row !== undefined && row !== signed.fingerprint) return fail(why.changesDevice);
      if (d.version <= 1) continue;
      const previous = d.previousVersionId;
      const known = previous !== null && (device.versionOf.has(previous) || device.signed.has(previous) || inFile.has(previous));
      if (previous === null || previous === d.id || (known && !signedAt(previous, d.version - 1))) return fail(why.brokenChain(d.version));
      const key = `${previous}\n${d.version}`;
      const claimed = claims.get(key);
      if (claimed !== undefined && claimed !== d.id) return fail(why.fork(d.version));
      claims.set(key, d.id);
    }
  }
  return null;
}
