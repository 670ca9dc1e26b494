// What every part of the digital-service PDF needs: the flow, the words, the validation and its evaluation.
import type { Lang } from '../../../engine/kind';
import type { Flow } from '../../../pdf/layout';
import type { Evaluation } from '../evaluate';
import type { Ctx } from '../policy';
import { KIND_ID, type ServiceDoc } from '../schema';
import { EMPTY } from '../ui/answerText';
import type { DsText } from '../ui/text';
import type { DsPdfText } from './text-sv';

export interface DsContext {
  flow: Flow;
  lang: Lang;
  t: DsPdfText;
  /** The kind's catalogue: question, option, rule and outcome names, the same words as on screen. */
  words: DsText;
  doc: ServiceDoc;
  ev: Evaluation;
  /** The day and policy the evaluation was made with; predicates need them. */
  ctx: Ctx;
  /** The day a decision was recorded; null for a draft. */
  decidedOn: string | null;
  /** The school (enhet), when the caller knows it; the document itself names only the huvudman. */
  unit: string;
}

export type DocKind = 'decision' | 'referral' | 'none';

/** The verdict chosen, if the derived outcome allows it; anything else counts as no verdict. */
export const verdictOf = (c: DsContext): string => {
  const v = c.doc.decision.verdict;
  return v !== '' && (c.ev.verdicts as readonly string[]).includes(v) ? v : '';
};

/** A recorded verdict makes a decision (a referral when it hands the case over); without one, a basis. */
export const docKind = (c: DsContext): DocKind => {
  if (c.decidedOn === null || verdictOf(c) === '') return 'none';
  return verdictOf(c) === 'refer' ? 'referral' : 'decision';
};

export const outcomeName = (c: DsContext): string => c.words.k(c.ev.outcomeNameKey.slice(KIND_ID.length + 1));

export { EMPTY };
export const orDash = (s: string | null | undefined): string => (s && s.trim() !== '' ? s.trim() : EMPTY);
