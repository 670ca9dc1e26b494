// The lazy entry of the PDF module, the only one the UI imports. jsPDF (~126 KiB gzip) stays out of the
// initial chunk: render.ts is fetched by a dynamic import started early (when the review step opens) and
// awaited only when a PDF is made. Nothing here imports jspdf statically.
import type * as Render from '../assessments/camera/pdf/render';
import type { AssessmentPdfInput } from '../assessments/camera/pdf/render';
import type { RegisterPdfOptions } from '../assessments/camera/pdf/register';
import type { RegisterEntry } from '../assessments/camera/domain';
import type { Lang } from '../engine/kind';
import { lazyOnce } from './lazy';

export type { AssessmentPdfInput } from '../assessments/camera/pdf/render';
export type { RegisterPdfOptions, RegisterVersionRow } from '../assessments/camera/pdf/register';
export type { KindDecision, VerifyResult, VerifyStatus } from './verify';
export { extractAssessment, extractAttachments } from './extract';
export { verifyDocument } from './verify';

type RenderModule = typeof Render;

/** Starts loading jsPDF and the renderer (idempotent); call early, await late. */
export const loadPdfModule: () => Promise<RenderModule> = lazyOnce(() => import('../assessments/camera/pdf/render'));

const asBlob = (bytes: Uint8Array): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });

/** Starts loading what verifying a PDF needs (the renderer, pdf.js and its worker); call when the verify page opens. */
export async function prepareVerifier(): Promise<void> {
  const [, { browserPdfjs }] = await Promise.all([loadPdfModule(), import('./page-text')]);
  await browserPdfjs();
}

/** The assessment as a PDF, made in the browser with the embedded fonts (works offline). */
export async function makeAssessmentPdf(input: AssessmentPdfInput): Promise<Blob> {
  const { renderAssessmentPdf } = await loadPdfModule();
  return asBlob(await renderAssessmentPdf(input));
}

/** The register (förteckning) as a PDF, A4 landscape; the same fonts, offline too. */
export async function makeRegisterPdf(entries: RegisterEntry[], lang: Lang, options: RegisterPdfOptions = {}): Promise<Blob> {
  const [{ renderRegisterPdf }] = await Promise.all([import('../assessments/camera/pdf/register'), loadPdfModule()]);
  return asBlob(await renderRegisterPdf(entries, lang, options));
}
