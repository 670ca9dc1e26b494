// Outcomes, strongest first: derived from findings and missing answers, never chosen by hand.
import type { Severity } from './rules';
import { KIND_ID } from './schema';

export const OUTCOMES = ['blocked', 'dpia-first', 'incomplete', 'escalate', 'approve-with-conditions', 'approve'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type Verdict = 'approve' | 'approveWithConditions' | 'reject' | 'refer';

/** The verdicts the decision step may offer for each outcome (A03: only what the outcome allows). */
export const VERDICTS: Readonly<Record<Outcome, readonly Verdict[]>> = {
  blocked: ['reject'],
  'dpia-first': [],
  incomplete: [],
  escalate: ['refer'],
  'approve-with-conditions': ['approveWithConditions', 'reject'],
  approve: ['approve', 'reject'],
};

export interface Weighed {
  severity: Severity;
  leadsTo?: 'dpia-first';
}

export const outcomeOf = (findings: readonly Weighed[], missingCount: number): Outcome => {
  if (findings.some((f) => f.severity === 'block' && f.leadsTo === undefined)) return 'blocked';
  if (findings.some((f) => f.leadsTo === 'dpia-first')) return 'dpia-first';
  if (missingCount > 0) return 'incomplete';
  if (findings.some((f) => f.severity === 'escalate')) return 'escalate';
  if (findings.some((f) => f.severity === 'warn')) return 'approve-with-conditions';
  return 'approve';
};

/** One name per outcome everywhere; an independent school's referral goes to the huvudman, never "förvaltningen". */
export const outcomeNameKey = (outcome: Outcome, independentOwner: boolean): string =>
  outcome === 'escalate' && independentOwner ? `${KIND_ID}.outcome.escalate.nameOwner` : `${KIND_ID}.outcome.${outcome}.name`;
