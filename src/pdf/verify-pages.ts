// Binds what a reader sees to what was signed: the pages are made again from the signed data with the
// options the PDF was made with (kb:render), both texts read with pdf.js, and compared page by page.
// A PDF made by another app version (or before kb:render existed, in another time zone, or with an
// evaluation of an unknown day) may differ only because the wording, layout, local time or outcome text
// changed: then the pages are "not compared", never called altered or unaltered.
import type { Lang } from '../engine/kind';
import type { Assessment, Policy } from '../assessments/camera/domain';
import { defaultPolicy, evaluate, recordFromRawDocument, restore, restorePolicy } from '../assessments/camera/domain';
import type { PdfPayload } from './extract';
import { appBuild, appVersion, localTimeZone } from './build';
import { diffPages } from './page-diff';
import { browserPdfjs, readPageText, type PdfjsLib } from './page-text';
import type { VerifyDeps, VerifyResult } from './verify-data';
import type { RenderOptions } from './xmp';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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

interface Options {
  lang: Lang;
  now: Date;
  policy: Policy;
  evaluatedOn: string | null;
  previous: Assessment | null;
  /** The options came from kb:render written by this very app version, in this time zone, with a known evaluation day. */
  reproducible: boolean;
}

function optionsOf(bytes: Uint8Array, payload: PdfPayload): Options {
  const langOf = (tag: unknown): Lang => (typeof tag === 'string' && tag.startsWith('en') ? 'en' : 'sv');
  const r = isObject(payload.render) ? (payload.render as Partial<Record<keyof RenderOptions, unknown>>) : null;
  const printed = printedAt(bytes, r);
  const policy = r ? restorePolicy(r.policy) : null;
  const previous = r?.previous != null ? restore(r.previous) : null;
  return {
    lang: langOf(r?.lang ?? payload.language),
    now: printed ?? new Date(),
    policy: policy?.ok ? policy.value : defaultPolicy,
    evaluatedOn: typeof r?.evaluatedOn === 'string' ? r.evaluatedOn : null,
    previous: previous?.ok ? previous.value : null,
    reproducible: reproducible(r),
  };
}

/**
 * Whether pages described by this kb:render can be made again exactly: written by this very build (the same
 * source: two builds of one version may word a page differently), in this time zone (local dates and times
 * print in it), with the evaluation day given.
 */
export function reproducible(r: Record<string, unknown> | null): boolean {
  const build = appBuild();
  return r !== null && r.appVersion === appVersion() && build !== '' && r.build === build && r.timeZone === localTimeZone() && typeof r.evaluatedOn === 'string';
}

/** The printed time of a kb:render, or of the PDF itself before kb:render existed. */
export function printedAt(bytes: Uint8Array, r: Record<string, unknown> | null): Date | null {
  const printed = typeof r?.printedAt === 'string' ? new Date(r.printedAt) : creationDate(bytes);
  return printed !== null && !Number.isNaN(printed.getTime()) ? printed : null;
}

/** The previous version printed as "changes since" must itself be an unaltered signed version. */
async function previousIntact(raw: unknown): Promise<boolean> {
  if (raw == null) return true;
  const record = await recordFromRawDocument(raw);
  return record !== null && isObject(raw) && isObject(raw.signoff) && raw.signoff.fingerprint === record.fingerprint;
}

export async function comparePages(bytes: Uint8Array, payload: PdfPayload, document: Assessment, result: VerifyResult, deps: VerifyDeps): Promise<VerifyResult> {
  const options = optionsOf(bytes, payload);
  if (isObject(payload.render) && !(await previousIntact(payload.render.previous))) return { ...result, status: 'altered', reason: 'previous-broken' };
  const [{ renderAssessmentPdf }, pdfjs] = await Promise.all([import('../assessments/camera/pdf/render'), (deps.pdfjs ?? browserPdfjs)()]);
  const again = await renderAssessmentPdf(
    {
      assessment: document,
      lang: options.lang,
      now: options.now,
      policy: options.policy,
      ...(options.evaluatedOn !== null ? { evaluation: evaluate(document, options.policy, options.evaluatedOn) } : {}),
      ...(options.previous !== null ? { previous: options.previous } : {}),
    },
    ...(deps.fonts ? [deps.fonts] : []),
  );
  return pagesAgainst(again, bytes, pdfjs, options.reproducible, result);
}

/**
 * The text of the pages made again against the text of the PDF in hand. A difference is an altered
 * document only when the pages could be made again exactly; otherwise the pages are "not compared".
 */
export async function pagesAgainst(again: Uint8Array, bytes: Uint8Array, pdfjs: PdfjsLib, exact: boolean, result: VerifyResult): Promise<VerifyResult> {
  const [expected, found] = await Promise.all([readPageText(again, pdfjs), readPageText(bytes, pdfjs)]);
  const differences = diffPages(expected, found);
  if (differences.length === 0) return { ...result, differences };
  return exact ? { ...result, differences, status: 'altered', reason: 'text-differs' } : { ...result, differences, status: 'pages-not-compared' };
}
