// Reads the assessment back out of a PDF this app made, without jsPDF or any PDF library: the XMP packet
// is an uncompressed stream, so its tags can be found in the raw bytes (the last one wins, as a PDF
// updated in place appends newer objects at the end).
import { ATTACHMENTS_TAG, DATA_TAG, FINGERPRINT_TAG, REDACTED_TAG, RENDER_TAG, SIGNED_TAG, utf8FromBase64 } from './xmp';

export interface PdfPayload {
  /** The parsed assessment JSON, or null when absent or unreadable. */
  assessment: unknown;
  /** The fingerprint the PDF printed in its footers, null when absent ('' for a draft). */
  fingerprint: string | null;
  /** A copy for wide distribution, made without the assessment data. */
  redacted: boolean;
  /** The SignedRecord beside the data (unchecked JSON), null in PDFs made before records existed. */
  signed: unknown;
  /** How the pages were made (unchecked JSON of RenderOptions), null in older PDFs. */
  render: unknown;
  /** The document's language tag from the XMP packet ('sv-SE', 'en-GB'), null when absent. */
  language: string | null;
  /** The assessment's images (unchecked JSON, SHA-256 → image); null when the PDF carries none. Import checks each hash. */
  attachments: unknown;
}

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && latin1(bytes.subarray(0, 1024)).includes('%PDF-');
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function lastElement(text: string, tag: string): string | null {
  const close = text.lastIndexOf(`</${tag}>`);
  if (close < 0) return null;
  const open = text.lastIndexOf(`<${tag}>`, close);
  if (open < 0) return null;
  return text.slice(open + tag.length + 2, close);
}

function jsonElement(text: string, tag: string): unknown {
  const b64 = lastElement(text, tag);
  if (b64 === null) return null;
  try {
    return JSON.parse(utf8FromBase64(b64)) as unknown;
  } catch {
    return null;
  }
}

export function readPdfPayload(bytes: Uint8Array): PdfPayload {
  const text = latin1(bytes);
  const language = /<dc:language><rdf:Bag><rdf:li>([^<]*)<\/rdf:li>/.exec(text.slice(text.lastIndexOf('<dc:language>')))?.[1] ?? null;
  return {
    assessment: jsonElement(text, DATA_TAG),
    fingerprint: lastElement(text, FINGERPRINT_TAG),
    redacted: lastElement(text, REDACTED_TAG) === 'true',
    signed: jsonElement(text, SIGNED_TAG),
    render: jsonElement(text, RENDER_TAG),
    language,
    attachments: jsonElement(text, ATTACHMENTS_TAG),
  };
}

/** The assessment data carried by a PDF made by this app, or null. Feed the result to the domain's `restore`. */
export function extractAssessment(pdfBytes: Uint8Array): unknown {
  if (!isPdf(pdfBytes)) return null;
  return readPdfPayload(pdfBytes).assessment;
}

/** The images a full copy carries (unchecked: the backup import checks each against its hash), or null. */
export function extractAttachments(pdfBytes: Uint8Array): unknown {
  if (!isPdf(pdfBytes)) return null;
  return readPdfPayload(pdfBytes).attachments;
}
