// Turning an assessment into the stored row (and back into a list entry).
import { evaluate } from '../domain';
import type { Assessment, AreaKind, IsoDate, IsoDateTime, Policy } from '../domain';
import type { AssessmentRecord, AssessmentStatus, AreaSummary, VersionRecord } from './db';

/** What the list of assessments shows, without loading and evaluating every document. */
export interface AssessmentSummary {
  id: string;
  version: number;
  revision: number;
  status: AssessmentStatus;
  outcome: AssessmentRecord['outcome'];
  schoolName: string;
  areaSummary: AreaSummary;
  updatedAt: IsoDateTime;
  nextReviewDate: IsoDate;
  signedAt: IsoDateTime | null;
  deletedAt: IsoDateTime | null;
  /** The stored row is damaged; opening it shows what restore could not read. */
  unreadable: boolean;
}

export function statusOf(a: Assessment): AssessmentStatus {
  if (a.endedOn !== '') return 'ended';
  return a.signoff ? 'signed' : 'draft';
}

function areaSummaryOf(a: Assessment): AreaSummary {
  const active = a.cameras.filter((c) => c.endedOn === '');
  const kinds: AreaKind[] = [];
  for (const c of active) if (c.areaKind !== '' && !kinds.includes(c.areaKind)) kinds.push(c.areaKind);
  return { cameraCount: active.length, areaKinds: kinds };
}

/** Local calendar date, the way the principal reads "today". */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function toRecord(a: Assessment, policy: Policy, deletedAt: IsoDateTime | null, today: IsoDate = todayIso()): AssessmentRecord {
  let outcome: AssessmentRecord['outcome'] = null;
  let nextReviewDate = a.decision.nextReviewDate;
  try {
    const evaluation = evaluate(a, policy, today);
    outcome = evaluation.outcome;
    nextReviewDate = evaluation.nextReviewDate || nextReviewDate;
  } catch {
    // The list entry is a convenience; the principal's answers must be saved even if the rules trip.
  }
  return {
    id: a.id,
    assessment: a,
    status: statusOf(a),
    outcome,
    schoolName: a.school.schoolName,
    areaSummary: areaSummaryOf(a),
    updatedAt: a.updatedAt,
    nextReviewDate,
    deletedAt,
  };
}

export function toVersionRecord(a: Assessment): VersionRecord | null {
  if (!a.signoff) return null;
  return { id: a.id, version: a.version, signedAt: a.signoff.signedAt, fingerprint: a.signoff.fingerprint, assessment: a };
}

/** Whether two signed documents are the same signing (the stored version is never replaced by another). */
export function sameSigning(stored: VersionRecord, a: Assessment): boolean {
  return a.signoff !== null && stored.fingerprint === a.signoff.fingerprint && stored.signedAt === a.signoff.signedAt;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Rows come from disk and may be damaged: a bad row becomes an "unreadable" entry, never a broken list. */
export function toSummary(r: AssessmentRecord): AssessmentSummary {
  const a = (typeof r.assessment === 'object' && r.assessment !== null ? r.assessment : {}) as Partial<Assessment>;
  const signoff = typeof a.signoff === 'object' && a.signoff !== null ? a.signoff : null;
  const area = r.areaSummary as Partial<AreaSummary> | undefined;
  return {
    id: str(r.id),
    version: num(a.version),
    revision: num(a.revision),
    status: r.status === 'signed' || r.status === 'ended' ? r.status : 'draft',
    outcome: typeof r.outcome === 'string' ? r.outcome : null,
    schoolName: str(r.schoolName),
    areaSummary: { cameraCount: num(area?.cameraCount), areaKinds: Array.isArray(area?.areaKinds) ? area.areaKinds : [] },
    updatedAt: str(r.updatedAt),
    nextReviewDate: str(r.nextReviewDate),
    signedAt: signoff ? str(signoff.signedAt) || null : null,
    deletedAt: typeof r.deletedAt === 'string' ? r.deletedAt : null,
    unreadable: a.format === undefined || typeof a.id !== 'string',
  };
}
