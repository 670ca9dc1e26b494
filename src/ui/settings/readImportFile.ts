// Turns a chosen file into an import plan: a backup (JSON), one assessment (JSON), or a PDF made by this app.
import type { StoreDoc, Text } from '../../engine/kind';
import { kinds } from '../../assessments/registry';
import type { AttachmentSection, ImportPlan } from '../../storage';
import type { Services } from '../services';

export type ReadResult = { ok: true; plan: ImportPlan } | { ok: false; message: Text };

const fail = (sv: string, en: string): ReadResult => ({ ok: false, message: { sv, en } });

function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/**
 * The kind whose documents a one-document backup can carry, by the file's `format`. A backup's assessments
 * are those of a kind with its own store, the one kind without `summarize` (the contract's words); a kind
 * kept in the documents store travels only inside a whole backup.
 */
function singleDocumentKind(raw: unknown) {
  const kind = kinds.of(raw);
  return kind !== undefined && kind.summarize === undefined ? kind : undefined;
}

/** A single assessment (from a PDF or a bare document) goes through the same planner as a backup. */
async function planOne(services: Services, raw: unknown, what: 'pdf' | 'json', images: unknown = null): Promise<ReadResult> {
  const kind = singleDocumentKind(raw);
  const restored = kind === undefined ? null : kind.restore(raw);
  if (restored === null || !restored.ok) {
    const message = restored?.message ?? { sv: 'okänt format', en: 'unknown format' };
    const at = restored?.where === undefined ? '' : `${restored.where}: `;
    return what === 'pdf'
      ? fail(`PDF-filens bedömning går inte att läsa (${at}${message.sv}). Inget har importerats.`, `The assessment in the PDF cannot be read (${at}${message.en}). Nothing was imported.`)
      : fail(`Bedömningen i filen går inte att läsa (${at}${message.sv}). Inget har importerats.`, `The assessment in the file cannot be read (${at}${message.en}). Nothing was imported.`);
  }
  // The casts only carry the document and images through: the document is the one kind's a backup holds
  // (singleDocumentKind), and the backup import checks each image against its hash and size.
  const file = await services.backupOf([restored.doc as StoreDoc], images === null ? undefined : (images as AttachmentSection));
  return plan(services, file.text);
}

async function plan(services: Services, text: string): Promise<ReadResult> {
  const parsed = await services.storage.parseBackup(text);
  return parsed.ok ? parsed : { ok: false, message: parsed.error.message };
}

export async function readImportFile(services: Services, file: File): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail('Filen kunde inte läsas från datorn. Inget har importerats.', 'The file could not be read from the computer. Nothing was imported.');
  }
  if (looksLikePdf(bytes)) {
    const pdf = await services.pdf();
    const raw = pdf.extractAssessment(bytes);
    if (raw === null) {
      return fail(
        'PDF-filen innehåller ingen bedömning som går att läsa in. Bara PDF:er som Kamerabedömning har skapat kan importeras, och inte kopior för spridning (utan exakta placeringar). Inget har importerats.',
        'The PDF holds no assessment that can be imported. Only PDFs made by Kamerabedömning can be imported, and not copies for distribution (without exact placements). Nothing was imported.',
      );
    }
    return planOne(services, raw, 'pdf', pdf.extractAttachments(bytes));
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  // One assessment document (e.g. the emergency backup of older versions) rather than a whole backup.
  if (text.length > services.storage.MAX_BACKUP_CHARS) return plan(services, text);
  try {
    const root = JSON.parse(text) as unknown;
    if (singleDocumentKind(root) !== undefined) return planOne(services, root, 'json');
  } catch {
    // Not JSON: parseBackup names the problem.
  }
  return plan(services, text);
}
