// The XMP packet that carries the assessment inside the PDF. jsPDF writes it as an uncompressed metadata
// stream, so extract.ts can find it by a plain byte search without a PDF library. The JSON is base64 so
// no XML escaping or PDF tool re-encoding can change a byte of it.

import { bytesToBase64 } from '../engine/base64';

export const XMP_NS = 'https://kamerabedomning.se/ns/xmp/1.0/';
export const DATA_TAG = 'kb:assessment';
export const FINGERPRINT_TAG = 'kb:fingerprint';
export const REDACTED_TAG = 'kb:redacted';
/** The SignedRecord (base64 JSON): the exact text that was hashed at signing. Older apps ignore it. */
export const SIGNED_TAG = 'kb:signed';
/** How the pages were made (base64 JSON: madeBy() and the kind's own options), so a verifier can make them again. */
export const RENDER_TAG = 'kb:render';
/** The assessment's images (base64 JSON: SHA-256 → type, size, base64 bytes), so importing the full copy restores them. */
export const ATTACHMENTS_TAG = 'kb:attachments';

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function base64FromUtf8(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

export function utf8FromBase64(b64: string): string {
  const binary = atob(b64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export interface XmpFields {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  language: string;
  creator: string;
  /** The assessment JSON, or null when the PDF carries none. */
  assessmentJson: string | null;
  /** A copy for wide distribution, which must not carry the data: says so, so verification can tell. */
  redacted: boolean;
  /** The fingerprint printed in the footer, '' for a draft. */
  fingerprint: string;
  /** The SignedRecord JSON beside the data; null for a draft or a copy without data. */
  signedJson?: string | null;
  /** The RenderOptions JSON; null where the PDF carries no data. */
  renderJson?: string | null;
  /** The attached images JSON; null where there are none or the PDF carries no data. */
  attachmentsJson?: string | null;
}

const tagged = (tag: string, json: string | null | undefined): string[] => (json == null ? [] : [`<${tag}>${base64FromUtf8(json)}</${tag}>`]);

/** A complete XMP packet: Dublin Core and PDF fields for archives, plus the app's own data. */
export function xmpPacket(f: XmpFields): string {
  const data =
    f.assessmentJson !== null
      ? `<${DATA_TAG}>${base64FromUtf8(f.assessmentJson)}</${DATA_TAG}>`
      : f.redacted
        ? `<${REDACTED_TAG}>true</${REDACTED_TAG}>`
        : '';
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:kb="${XMP_NS}">`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(f.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(f.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(f.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(f.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${xml(f.keywords)}</pdf:Keywords>`,
    `<xmp:CreatorTool>${xml(f.creator)}</xmp:CreatorTool>`,
    `<${FINGERPRINT_TAG}>${xml(f.fingerprint)}</${FINGERPRINT_TAG}>`,
    ...(data === '' ? [] : [data]),
    ...tagged(SIGNED_TAG, f.signedJson),
    ...tagged(RENDER_TAG, f.renderJson),
    ...tagged(ATTACHMENTS_TAG, f.attachmentsJson),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
