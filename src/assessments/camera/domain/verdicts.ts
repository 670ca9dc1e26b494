// (2026-12) Decisions as they are really made: a proposal per camera derived from the rulebook's findings
// for that camera, the decision-maker's verdict per camera, and the overall result derived from them
// (approved, approved in part, rejected). Never typed by hand, never stored: an older file, whose cameras
// all follow the overall decision, derives the same result it always had.
import type { Assessment, Camera, CameraDecision, CameraHours, Evaluation, Finding, Outcome, Text } from './types';
import { activeCameras } from './branches';

/** What the rules propose for one camera. */
export type CameraProposal = 'approve' | 'approve-changed' | 'reject' | 'refer' | 'incomplete';

/** Warnings whose remedy is a narrower approval rather than a rejection: hours, area, masking, retention. */
const NARROWING_RULES = new Set([
  'KB-S01-school-hours',
  'KB-S02-beyond-facade-hours',
  'KB-S03-beyond-facade-area',
  'KB-S04-schoolyard-evening',
  'KB-S10-no-masking',
]);

const PROPOSAL_OF: Record<Outcome, CameraProposal> = {
  blocked: 'reject',
  'try-other-measures': 'reject',
  incomplete: 'incomplete',
  escalate: 'refer',
  'central-review': 'refer',
  'principal-decides': 'approve',
};

export interface CameraProposalEntry {
  cameraId: string;
  proposal: CameraProposal;
  /** The rule ids behind a narrower proposal (hours, area, masking), so the UI and PDF can name them. */
  narrowing: string[];
}

/** The rules' proposal for each camera still in use, in document order. */
export function cameraProposals(ev: Evaluation): CameraProposalEntry[] {
  return ev.cameraOutcomes.map(({ cameraId, outcome }) => {
    const narrowing = ev.findings.filter((f: Finding) => f.cameraId === cameraId && NARROWING_RULES.has(f.ruleId)).map((f) => f.ruleId);
    const base = PROPOSAL_OF[outcome];
    return { cameraId, proposal: base === 'approve' && narrowing.length > 0 ? 'approve-changed' : base, narrowing };
  });
}

export const PROPOSAL_NAMES: Readonly<Record<CameraProposal, Text>> = {
  approve: { sv: 'Kan godkännas', en: 'May be approved' },
  'approve-changed': { sv: 'Kan godkännas med ändringar (tider, område eller maskering)', en: 'May be approved with changes (hours, area or masking)' },
  reject: { sv: 'Kan inte godkännas', en: 'Cannot be approved' },
  refer: { sv: 'Prövas av förvaltningen eller huvudmannen', en: 'Reviewed by the administration or the school owner' },
  incomplete: { sv: 'Frågor obesvarade', en: 'Questions unanswered' },
};

/** The verdict recorded for a camera, if any. */
export const verdictOf = (a: Assessment, cameraId: string): CameraDecision | undefined =>
  a.decision.cameraDecisions.find((d) => d.cameraId === cameraId);

export type CameraStatus = 'approved' | 'approved-changed' | 'rejected' | 'pending';

/**
 * Where one camera stands after the decision. A signed decision: its own verdict (a camera without one
 * follows the overall decision, as in every file made before per-camera verdicts: approved). A later
 * decision of the administration or school owner decides the cameras still pending (its rejection rejects
 * them all, its approval approves those the principal did not reject). Otherwise pending.
 */
export function cameraStatus(a: Assessment, cameraId: string): CameraStatus {
  const d = verdictOf(a, cameraId);
  const own: CameraStatus | null =
    d?.verdict === 'reject' ? 'rejected' : d?.verdict === 'approve-changed' ? 'approved-changed' : d?.verdict === 'approve' ? 'approved' : null;
  if (a.signoff?.kind === 'decision') return own ?? 'approved';
  if (own === 'rejected') return 'rejected';
  if (a.laterDecision) return a.laterDecision.result === 'rejected' ? 'rejected' : (own ?? 'approved');
  return 'pending';
}

export type DecisionResult = 'approved' | 'approved-in-part' | 'rejected' | 'pending';

/** The overall result, derived from the cameras: all approved as asked, some (or on narrower terms), none. */
export function decisionResult(a: Assessment): DecisionResult {
  const statuses = activeCameras(a).map((c) => cameraStatus(a, c.id));
  if (statuses.length === 0 || statuses.includes('pending')) return 'pending';
  if (statuses.every((s) => s === 'rejected')) return 'rejected';
  if (statuses.every((s) => s === 'approved')) return 'approved';
  return 'approved-in-part';
}

export const DECISION_RESULT_NAMES: Readonly<Record<DecisionResult, Text>> = {
  approved: { sv: 'Godkänd', en: 'Approved' },
  'approved-in-part': { sv: 'Delvis godkänd', en: 'Approved in part' },
  rejected: { sv: 'Avslagen', en: 'Rejected' },
  pending: { sv: 'Ej beslutad', en: 'Not decided' },
};

/** Cameras that may be used after the decision: only these go on signs and in the Art 13 letter. */
export function approvedCameras(a: Assessment): Camera[] {
  return activeCameras(a).filter((c) => {
    const s = cameraStatus(a, c.id);
    return s === 'approved' || s === 'approved-changed';
  });
}

/** A camera as decided: an 'approve-changed' verdict's narrower hours and masking replace the answers. */
export function decidedCamera(a: Assessment, camera: Camera): Camera {
  const d = verdictOf(a, camera.id);
  if (d?.verdict !== 'approve-changed' || !d.changes) return camera;
  const { hours, masking } = d.changes;
  return {
    ...camera,
    ...(hours && hours.windows.length > 0 ? { hours: hours as CameraHours } : {}),
    ...(masking && masking.trim() !== '' ? { masking: 'yes' as const, maskingDescription: masking } : {}),
  };
}

/** The retention in force for a camera: a decided shorter retention, else the assessment's. */
export function decidedRetention(a: Assessment, cameraId: string): number | null {
  const d = verdictOf(a, cameraId);
  const r = d?.verdict === 'approve-changed' ? d.changes?.retentionHours : undefined;
  return r === undefined || r === null ? a.data.retentionHours : r;
}

/** Whether an 'approve-changed' verdict actually changes something. */
export function hasChanges(d: CameraDecision): boolean {
  const c = d.changes;
  return !!c && ((c.hours?.windows.length ?? 0) > 0 || (c.masking ?? '').trim() !== '' || (c.retentionHours ?? null) !== null);
}

/** Warnings not answered with a justification: each needs a comment or an explicit "utan kommentar". */
export function openWarnings(a: Assessment, ev: Evaluation): Finding[] {
  return ev.findings.filter((f) => f.severity === 'warn' && (a.justifications[f.key] ?? '').trim() === '');
}

/** Open warnings the decision-maker has not explicitly chosen to decide without comment. */
export function unacknowledgedWarnings(a: Assessment, ev: Evaluation): Finding[] {
  const chosen = new Set(a.decision.withoutComment ?? []);
  return openWarnings(a, ev).filter((f) => !chosen.has(f.key));
}
