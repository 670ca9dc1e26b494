import type { Assessment, Evaluation } from '../../domain';

export function PdfActions(_props: { assessment: Assessment; evaluation: Evaluation }) {
  return null;
}
