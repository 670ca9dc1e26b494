// The camera's lazy PDF entry: its pages and its kind reach the renderer only through here, so jsPDF (~126 KiB
// gzip) is fetched when a PDF is made or verified, never with the wizard. Nothing here imports jspdf statically.
import type * as Render from './render';
import type { AssessmentPdfInput } from './render';
import type { RegisterPdfOptions } from './register';
import type { Lang, RegisterEntry } from '../domain';
import { lazyOnce } from '../../../engine/lazy';

export type { AssessmentPdfInput } from './render';
export type { RegisterPdfOptions, RegisterVersionRow } from './register';

/** Starts loading jsPDF and the renderer (idempotent); call early, await late. */
export const loadCameraPdf: () => Promise<typeof Render> = lazyOnce(() => import('./render'));

const asBlob = (bytes: Uint8Array): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });

/** The assessment as a PDF, made in the browser with the embedded fonts (works offline). */
export async function makeAssessmentPdf(input: AssessmentPdfInput): Promise<Blob> {
  const { renderAssessmentPdf } = await loadCameraPdf();
  return asBlob(await renderAssessmentPdf(input));
}

/** The register (förteckning) as a PDF, A4 landscape; the same fonts, offline too. */
export async function makeRegisterPdf(entries: RegisterEntry[], lang: Lang, options: RegisterPdfOptions = {}): Promise<Blob> {
  const [{ renderRegisterPdf }] = await Promise.all([import('./register'), loadCameraPdf()]);
  return asBlob(await renderRegisterPdf(entries, lang, options));
}
