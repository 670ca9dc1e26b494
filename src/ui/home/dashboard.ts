// The home page's sections, from the summaries alone (no document is loaded, so 1,000 assessments stay fast).
import type { AssessmentSummary } from '../../storage';

export type SectionId = 'drafts' | 'inForce' | 'awaiting' | 'closed';
export const SECTION_IDS: readonly SectionId[] = ['drafts', 'inForce', 'awaiting', 'closed'];

export interface Dashboard {
  sections: Record<SectionId, AssessmentSummary[]>;
  /** Decisions in force whose annual review is due within 30 days or overdue, most urgent first. */
  due: AssessmentSummary[];
  /** A signed id → the draft that continues it (a review or a new version in progress). */
  continuedBy: ReadonlyMap<string, AssessmentSummary>;
  /** A signed id → the newer signed version that replaced it. */
  supersededBy: ReadonlyMap<string, AssessmentSummary>;
}

const byReviewDate = (a: AssessmentSummary, b: AssessmentSummary): number =>
  (a.nextReviewDate || '9999') < (b.nextReviewDate || '9999') ? -1 : (a.nextReviewDate || '9999') > (b.nextReviewDate || '9999') ? 1 : 0;

/**
 * Drafts; decisions in force (by next review date); cases awaiting the administration's or owner's decision;
 * and surveillance that ended, was rejected or was replaced by a newer signed version. `items` come newest
 * first and keep that order within a section.
 */
export function dashboard(items: AssessmentSummary[]): Dashboard {
  const continuedBy = new Map<string, AssessmentSummary>();
  const supersededBy = new Map<string, AssessmentSummary>();
  for (const s of items) {
    if (s.previousVersionId === null) continue;
    const target = s.status === 'draft' ? continuedBy : supersededBy;
    const known = target.get(s.previousVersionId);
    if (!known || known.version < s.version) target.set(s.previousVersionId, s);
  }
  const sections: Record<SectionId, AssessmentSummary[]> = { drafts: [], inForce: [], awaiting: [], closed: [] };
  for (const s of items) sections[sectionOf(s, supersededBy)].push(s);
  sections.inForce.sort(byReviewDate);
  const rank = (s: AssessmentSummary) => (s.reviewStatus === 'overdue' ? 0 : 1);
  const due = sections.inForce.filter((s) => s.reviewStatus !== 'not-due').sort((a, b) => rank(a) - rank(b) || byReviewDate(a, b));
  return { sections, due, continuedBy, supersededBy };
}

function sectionOf(s: AssessmentSummary, supersededBy: ReadonlyMap<string, AssessmentSummary>): SectionId {
  if (s.status === 'draft' || s.signoffKind === null) return 'drafts';
  if (s.surveillanceOver || supersededBy.has(s.id)) return 'closed';
  if (s.signoffKind !== 'decision' && s.laterDecision === null) return 'awaiting';
  return 'inForce';
}
