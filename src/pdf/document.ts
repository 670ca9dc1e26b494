// The document-level parts every PDF of the app shares, whatever its kind: a new A4 document tagged with its
// language, the running header, footers with page numbers and the fingerprint, and the finish that writes
// the properties and the XMP packet carrying the data.
import { jsPDF } from 'jspdf';
import type { Lang } from '../engine/kind';
import type { Flow } from './layout';
import { COLOR, MARGIN, SIZE, lineHeight } from './theme';
import { cacheGlyphEncoding } from './glyph-cache';
import { guardRightToLeftPlugins } from './text-hooks';
import { xmpPacket, type XmpFields } from './xmp';

/** The words a footer needs: the page number, and the note explaining a replaced character. */
export interface FooterText {
  page(n: number, total: number): string;
  missingNote: string;
}


export { appBuild, appVersion, localTimeZone, madeBy } from './build';

export const LANG_TAG: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export function newDocument(lang: Lang, orientation: 'portrait' | 'landscape' = 'portrait'): jsPDF {
  guardRightToLeftPlugins();
  cacheGlyphEncoding();
  // Coordinates to a thousandth of a point (0.35 µm), not jsPDF's default 16 digits: every line of text
  // writes several, so the pages' content is a third smaller and faster to write and compress.
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation, compress: true, putOnlyUsedFonts: true, floatPrecision: 3 });
  // jsPDF's setLanguage() knows only "sv-SV", not the real tag sv-SE, and ignores unknown tags silently.
  const internal = doc.internal as typeof doc.internal & { write(line: string): void }; // write() is untyped
  doc.internal.events.subscribe('putCatalog', () => internal.write(`/Lang (${LANG_TAG[lang]})`));
  return doc;
}

export function runningHeader(left: string, right: string) {
  let leftLine: string | null = null; // the same on every page: fitted once
  return (flow: Flow): void => {
    const style = { size: SIZE.small, color: COLOR.muted };
    const rightW = flow.measure(flow.clean(right), style);
    leftLine ??= flow.fit(left, flow.width - rightW - 6, style);
    flow.drawLine(leftLine, flow.left, MARGIN.top, style);
    flow.drawLine(flow.clean(right), flow.left, MARGIN.top, style, 'right', flow.width);
    flow.doc.setDrawColor(...COLOR.rule);
    flow.doc.setLineWidth(0.2);
    flow.doc.line(flow.left, MARGIN.top + lineHeight(SIZE.small) + 1, flow.body.right, MARGIN.top + lineHeight(SIZE.small) + 1);
  };
}

/** Footers go on last, when the page count is known: no placeholder whose width would be guessed. */
export function footers(flow: Flow, t: FooterText, stamp: string): void {
  const total = flow.doc.getNumberOfPages();
  const style = { size: SIZE.small, color: COLOR.muted };
  const lh = lineHeight(SIZE.small);
  const first = flow.pageSize.height - MARGIN.bottom - 2 * lh;
  const widest = flow.measure(flow.clean(t.page(total, total)), style);
  const left = flow.fit(stamp, flow.width - widest - 4, style);
  for (let n = 1; n <= total; n++) {
    flow.doc.setPage(n);
    flow.doc.setDrawColor(...COLOR.rule);
    flow.doc.setLineWidth(0.2);
    flow.doc.line(flow.left, first - 1.2, flow.body.right, first - 1.2);
    const page = flow.clean(t.page(n, total));
    flow.drawLine(left, flow.left, first, style);
    flow.drawLine(page, flow.left, first, style, 'right', flow.width);
    if (flow.markedPages.has(n)) flow.drawLine(flow.clean(t.missingNote), flow.left, first + lh, { size: SIZE.small, color: COLOR.red });
  }
}

/** What finish() writes into the document's properties and XMP: the XMP fields, with the language as the app names it. */
export type Finish = Omit<XmpFields, 'language' | 'creator' | 'assessmentJson'> & { lang: Lang; json: string | null };

export function finish(doc: jsPDF, fields: Finish, now: Date): Uint8Array {
  doc.setDocumentProperties({ title: fields.title, subject: fields.subject, author: fields.author, keywords: fields.keywords, creator: 'Kamerabedömning' });
  doc.setCreationDate(now);
  doc.addMetadata(
    xmpPacket({ ...fields, language: LANG_TAG[fields.lang], creator: 'Kamerabedömning', assessmentJson: fields.json }),
    true,
  );
  return new Uint8Array(doc.output('arraybuffer'));
}
