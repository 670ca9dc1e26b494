// What a file holds: a signed PDF (the assessment and its record in the XMP packet), a backup (read by the
// same code the app imports with, checksum and signed versions included) or one assessment as JSON.
import { isPdf, readPdfPayload } from '../pdf/extract';
import { BACKUP_FORMAT } from '../storage/backup-format';
import { readBackup } from '../storage/backup-parse';
import { provideStoreKind } from '../storage/store-kind';
import { cameraStore } from '../assessments/camera/store';
import type { Found } from './kinds';
import { kindOf } from './kinds';

// As main.tsx does for the app: storage reads the assessments store's documents with the camera kind.
provideStoreKind(cameraStore);

export type FileContent = { ok: true; found: Found[] } | { ok: false; message: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (message: string): FileContent => ({ ok: false, message });

export async function readContent(bytes: Uint8Array): Promise<FileContent> {
  if (isPdf(bytes)) return readPdf(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('Filen är inte en bedömning: den är varken en PDF eller text i JSON-format.');
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return fail(text.trim() === '' ? 'Filen är tom.' : 'Filen är inte en bedömning: den är varken en PDF eller giltig JSON (kanske avkortad eller skadad).');
  }
  if (isObj(root) && root.format === BACKUP_FORMAT) return readBackupFile(text, root);
  if (kindOf(root)) return { ok: true, found: [{ raw: root, rawRecord: null, rawPolicy: null, printed: null }] };
  const format = isObj(root) && typeof root.format === 'string' ? root.format.slice(0, 60) : 'saknas';
  return fail(`Filen är varken en bedömning eller en säkerhetskopia från Kamerabedömning (format: ${format}).`);
}

function readPdf(bytes: Uint8Array): FileContent {
  const payload = readPdfPayload(bytes);
  if (payload.redacted) return fail('PDF:en är en kopia för spridning utan bedömningens data, så den går inte att kontrollera; be om originalet.');
  if (payload.assessment === null) return fail('PDF:en innehåller ingen läsbar bedömning; den är inte gjord av Kamerabedömning eller är skadad.');
  if (!kindOf(payload.assessment)) return fail('PDF:en innehåller data som inte är en bedömning som den här versionen känner till.');
  const render = isObj(payload.render) ? payload.render : null;
  return { ok: true, found: [{ raw: payload.assessment, rawRecord: payload.signed, rawPolicy: render?.policy ?? null, printed: payload.fingerprint }] };
}

async function readBackupFile(text: string, root: Obj): Promise<FileContent> {
  const read = await readBackup(text);
  if (!read.ok) return fail(read.error.message.sv);
  const payload = root.payload as Obj;
  const entries = payload.assessments as unknown[];
  const found = entries.map((entry): Found => {
    const e = entry as Obj;
    const versions = Array.isArray(e.versions) ? (e.versions as unknown[]) : [];
    // Format 2 keeps the record beside each signed version; format 1 has none, so it is derived from the raw JSON.
    const paired = versions.find((v): v is Obj => isObj(v) && 'signed' in v);
    return { raw: e.assessment, rawRecord: paired?.signed ?? null, rawPolicy: payload.policy ?? null, printed: null };
  });
  return { ok: true, found };
}
