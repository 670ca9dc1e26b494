// Binds what a reader sees to what was signed: the pages are made again from the signed data with the
// options the PDF was made with (kb:render), both texts read with pdf.js, and compared page by page.
// A PDF made by another app version (or before kb:render existed, in another time zone, or with an
// evaluation of an unknown day) may differ only because the wording, layout, local time or outcome text
// changed: then the pages are "not compared", never called altered or unaltered.
import type { AssessmentKind, BaseDoc } from '../engine/kind';
import { appBuild, appVersion, localTimeZone } from './build';
import { diffPages } from './page-diff';
import { browserPdfjs, readPageText, type PdfjsLib } from './page-text';
import type { VerifyDeps, VerifyResult } from './verify-result';

/** jsPDF's /CreationDate (D:YYYYMMDDHHmmSS+HH'mm'), the printed date of PDFs made before kb:render. */
function creationDate(bytes: Uint8Array): Date | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  const m = /\/CreationDate \(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})([+-Z])(\d{2})?'?(\d{2})?/.exec(head);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, sign, oh = '00', om = '00'] = m;
  const zone = sign === 'Z' ? 'Z' : `${sign}${oh}:${om}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Whether pages described by this kb:render can be made again exactly: written by this very build (the same
 * source: two builds of one version may word a page differently), in this time zone (local dates and times
 * print in it), with the evaluation day given.
 */
function reproducible(r: Record<string, unknown> | null): boolean {
  const build = appBuild();
  return r !== null && r.appVersion === appVersion() && build !== '' && r.build === build && r.timeZone === localTimeZone() && typeof r.evaluatedOn === 'string';
}

/** The printed time of a kb:render, or of the PDF itself before kb:render existed. */
function printedAt(bytes: Uint8Array, r: Record<string, unknown> | null): Date | null {
  const printed = typeof r?.printedAt === 'string' ? new Date(r.printedAt) : creationDate(bytes);
  return printed !== null && !Number.isNaN(printed.getTime()) ? printed : null;
}

/** A PDF as it came: its bytes, the kb:render it was made with (null when it has none), its XMP language tag. */
export interface PdfInHand {
  bytes: Uint8Array;
  render: Record<string, unknown> | null;
  language: string | null;
}

/**
 * The pages made again by the document's kind with the options the PDF was made with, their text compared
 * with what a reader sees. Pages that cannot be made again exactly (another app version, time zone) and
 * differ are "not compared", never called altered.
 */
export async function comparedPages(kind: AssessmentKind, doc: BaseDoc, decidedOn: string | null, pdf: PdfInHand, deps: VerifyDeps, result: VerifyResult): Promise<VerifyResult> {
  if (!kind.pdf) return result;
  const r = pdf.render;
  const tag = r?.lang ?? pdf.language;
  const [kindPdf, pdfjs] = await Promise.all([kind.pdf(), (deps.pdfjs ?? browserPdfjs)()]);
  const again = await kindPdf.pages(doc, {
    lang: typeof tag === 'string' && tag.startsWith('en') ? 'en' : 'sv',
    now: printedAt(pdf.bytes, r) ?? new Date(),
    decidedOn,
    unit: typeof r?.unit === 'string' ? r.unit : '',
    render: r,
    ...(deps.fonts ? { fonts: deps.fonts } : {}),
  });
  if (!again.ok) return { ...result, status: 'altered', reason: again.reason };
  return pagesAgainst(again.bytes, pdf.bytes, pdfjs, reproducible(r), result);
}

/**
 * The text of the pages made again against the text of the PDF in hand. A difference is an altered
 * document only when the pages could be made again exactly; otherwise the pages are "not compared".
 */
async function pagesAgainst(again: Uint8Array, bytes: Uint8Array, pdfjs: PdfjsLib, exact: boolean, result: VerifyResult): Promise<VerifyResult> {
  const [expected, found] = await Promise.all([readPageText(again, pdfjs), readPageText(bytes, pdfjs)]);
  const differences = diffPages(expected, found);
  if (differences.length === 0) return { ...result, differences };
  return exact ? { ...result, differences, status: 'altered', reason: 'text-differs' } : { ...result, differences, status: 'pages-not-compared' };
}
