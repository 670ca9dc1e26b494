// The lazy entry of the PDF module, the only one the shell imports: reading a PDF's data and verifying a
// document, whatever its kind. A kind's own PDF code (jsPDF with it) is reached through its kind (`pdf`), found
// by the registry; nothing here imports jspdf, and no kind but through the bench harness's re-export at the end.
import { browserPdfjs } from './page-text';

export type { KindDecision, VerifyResult, VerifyStatus } from './verify';
export { extractAssessment, extractAttachments } from './extract';
export { verifyDocument } from './verify';

/** Starts loading what verifying a PDF needs (every kind's PDF code, pdf.js and its worker); call when the verify page opens. */
export async function prepareVerifier(): Promise<void> {
  const { kinds } = await import('../assessments/registry');
  await Promise.all([...kinds.kinds.map((k) => k.pdf?.()), browserPdfjs()]);
}

