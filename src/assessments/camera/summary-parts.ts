// What the summary store keeps of a camera assessment beside the fields every kind has: its cameras in brief
// for the home list, and the document pruned for the register. Stored on users' devices, so the names stay.
import type { AreaKind, Assessment, LaterDecision, OrganisationProfile, Outcome, Policy, SignedRecord, SignoffKind } from './domain';

export interface AreaSummary {
  /** Cameras not ended. */
  cameraCount: number;
  /** Distinct kinds of area filmed, in camera order; the UI translates them. */
  areaKinds: AreaKind[];
}

/** What a camera assessment is known by, in lists, file names and the checker: its school's name. */
export const titleOf = (a: Pick<Assessment, 'school'>): string => a.school.schoolName;

const record = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** A document's cameras not ended and what they film; untrusted input (a row that does not restore) reads as none. */
export function areaSummaryOf(doc: unknown): AreaSummary {
  const cameras = record(doc)?.cameras;
  const active = (Array.isArray(cameras) ? cameras : []).map(record).filter((c) => c !== null && c.endedOn === '');
  const areaKinds: AreaKind[] = [];
  for (const c of active) {
    const kind = c?.areaKind;
    if (typeof kind === 'string' && kind !== '' && !areaKinds.includes(kind as AreaKind)) areaKinds.push(kind as AreaKind);
  }
  return { cameraCount: active.length, areaKinds };
}

/** A document pruned to what the register reads (chains, cameras, dates, references, signature). */
export type RegisterDoc = Pick<Assessment, 'id' | 'version' | 'previousVersionId' | 'createdAt' | 'endedOn'> & {
  /** Never the signature image: the register reads who, when, what kind and the fingerprint. */
  signoff: Pick<NonNullable<Assessment['signoff']>, 'kind' | 'name' | 'date' | 'signedAt' | 'fingerprint'> | null;
  laterDecision: Pick<NonNullable<Assessment['laterDecision']>, 'by' | 'result' | 'date' | 'reference'> | null;
  school: Pick<Assessment['school'], 'schoolName' | 'decisionDate' | 'plannedStart'>;
  cameras: Pick<Assessment['cameras'][number], 'id' | 'name' | 'location' | 'areaKind' | 'hours' | 'endedOn'>[];
  decision: Pick<Assessment['decision'], 'cameraDecisions' | 'registryNumber'>;
  problem: Pick<Assessment['problem'], 'purpose'>;
  data: Pick<Assessment['data'], 'retentionHours'>;
};

// The camera kind is the assessments store's kind: storage and the shell carry these through the engine's slot
// (src/engine/kind.ts, StoreKindTypes) without naming this folder.
declare module '../../engine/kind' {
  interface StoreKindTypes {
    doc: Assessment;
    policy: Policy;
    outcome: Outcome;
    parts: AreaSummary;
    signoffKind: SignoffKind;
    laterDecision: Pick<LaterDecision, 'by' | 'result' | 'date'>;
    register: RegisterDoc;
    signed: SignedRecord;
    profile: OrganisationProfile;
  }
}
