// The app's own backup file, verified like a PDF's data: every signed version in it, one result each.
// Format 1 lists versions as bare documents; format 2 as { document, signed }, the record beside it.
import type { Found } from '../engine/check';
import type { VerifyResult } from './verify-result';

export const BACKUP_FORMAT = 'kamerabedomning/backup';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The signed versions in a backup, each as its raw document and, in format 2, its raw record. */
export function signedVersionsOf(file: unknown): { document: unknown; signed: unknown }[] | null {
  if (!isObject(file) || file.format !== BACKUP_FORMAT || !isObject(file.payload) || !Array.isArray(file.payload.assessments)) return null;
  const out: { document: unknown; signed: unknown }[] = [];
  for (const entry of file.payload.assessments) {
    if (!isObject(entry) || !Array.isArray(entry.versions)) continue;
    for (const v of entry.versions) out.push(isObject(v) && 'document' in v ? { document: v.document, signed: v.signed ?? null } : { document: v, signed: null });
  }
  return out;
}

/** Null when the JSON is not a backup; otherwise one entry per signed version (each checked by its kind), the worst first in status. */
export async function verifyBackup(file: unknown, verify: (version: Found) => Promise<VerifyResult>): Promise<VerifyResult | null> {
  const versions = signedVersionsOf(file);
  if (versions === null) return null;
  const entries: VerifyResult[] = [];
  for (const v of versions) entries.push(await verify({ raw: v.document, rawRecord: v.signed, rawPolicy: null, printed: null }));
  if (entries.length === 0) return { status: 'not-signed', source: 'backup', known: [], entries };
  const rank: Record<VerifyResult['status'], number> = { altered: 0, unreadable: 1, 'pages-not-compared': 2, 'not-signed': 3, match: 4 };
  const worst = entries.reduce((a, b) => (rank[b.status] < rank[a.status] ? b : a));
  return { status: worst.status, ...(worst.reason ? { reason: worst.reason } : {}), source: 'backup', known: [], entries };
}
