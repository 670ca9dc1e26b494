// What every section of the camera assessment's PDF needs: the flow, the text, the answers and the evaluation.
import type { Lang } from '../../../engine/kind';
import type { Flow } from '../../../pdf/layout';
import type { Assessment, Evaluation, Person, Policy } from '../domain';
import { EMPTY } from './format';
import type { PdfText } from './text';

export interface DocContext {
  flow: Flow;
  t: PdfText;
  lang: Lang;
  a: Assessment;
  ev: Evaluation;
  policy: Policy;
  /** A copy for wide distribution: exact placement and fields of view left out (OSL 18:8). */
  omitPlacement: boolean;
  /** The day the PDF is made, YYYY-MM-DD. */
  printedOn: string;
  /** The fingerprint printed in the footers; '' for a draft. */
  fingerprint: string;
}

type Answer = 'yes' | 'no' | 'unsure' | 'planned' | '';

export function yesNo(t: PdfText, v: Answer): string {
  switch (v) {
    case 'yes':
      return t.yes;
    case 'no':
      return t.no;
    case 'unsure':
      return t.unsure;
    case 'planned':
      return t.planned;
    default:
      return EMPTY;
  }
}

/** The organisation named in the header: the policy's, else the school owner. */
export const organisationOf = (c: DocContext): string => c.policy.organisationName || c.a.school.ownerName;

/** The school's own DPO, else the organisation's. */
export const dpoOf = (c: DocContext): Person => (c.a.school.dpo.name.trim() !== '' ? c.a.school.dpo : c.policy.dpoContact);
