// The camera's list entry for a stored row it cannot restore or summarize (a damaged row, a row from a newer
// version, rules that threw): storage keeps such rows listed, marked unreadable, with what can be read of them.
import type { StoreSummary } from '../../engine/kind';
import { areaSummaryOf } from './summary-parts';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const obj = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const SIGNOFF_KINDS: readonly string[] = ['decision', 'review-request', 'referral'];

function laterDecisionOf(v: unknown): StoreSummary['laterDecision'] {
  const d = obj(v);
  if (!d || (d.by !== 'administration' && d.by !== 'owner') || (d.result !== 'approved' && d.result !== 'rejected')) return null;
  return { by: d.by, result: d.result, date: str(d.date) };
}

/**
 * What the list can say of a stored row the camera kind could not restore or summarize, read field by field.
 * Untrusted input: anything odd reads as empty, never as a broken list.
 */
export function summaryOfRaw(raw: unknown, row?: { outcome?: unknown; nextReviewDate?: unknown }): StoreSummary {
  const a = obj(raw) ?? {};
  const school = obj(a.school);
  const signoff = obj(a.signoff);
  const review = obj(obj(a.annualReview)?.reviewOf);
  const previousVersionId = typeof a.previousVersionId === 'string' ? a.previousVersionId : null;
  const endedOn = str(a.endedOn);
  return {
    id: str(a.id),
    version: num(a.version),
    revision: num(a.revision),
    status: endedOn !== '' ? 'ended' : signoff ? 'signed' : 'draft',
    outcome: typeof row?.outcome === 'string' ? (row.outcome as StoreSummary['outcome']) : null,
    schoolName: str(school?.schoolName),
    areaSummary: areaSummaryOf(raw),
    updatedAt: str(a.updatedAt),
    nextReviewDate: str(row?.nextReviewDate) || str(obj(a.decision)?.nextReviewDate),
    signedAt: signoff ? str(signoff.signedAt) || null : null,
    // Not judged: a document the kind cannot read is never due and never over.
    signed: false,
    previousVersionId,
    signoffKind: signoff && SIGNOFF_KINDS.includes(str(signoff.kind)) ? (signoff.kind as NonNullable<StoreSummary['signoffKind']>) : null,
    laterDecision: laterDecisionOf(a.laterDecision),
    endedOn,
    reviewOfVersion: review && review.previousId === previousVersionId && typeof review.previousVersion === 'number' ? review.previousVersion : null,
    overFrom: '',
    register: null,
  };
}
