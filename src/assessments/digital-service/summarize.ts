// What the service register (tjänsteförteckning) needs of one validation, without loading it again.
import { evaluate, type Evaluation, type Task } from './evaluate';
import { DEFAULT_POLICY, type Policy } from './policy';
import { nextRevalidation, versionOf, type RevalidationTrigger } from './lifecycle';
import { openOffboarding, type OffboardingTask } from './offboarding';
import type { ServiceDoc } from './schema';

export type RegisterStatus = 'under-review' | 'approved' | 'approved-with-conditions' | 'rejected' | 'discontinued';

export interface Signing {
  /** 'YYYY-MM-DD' the decision was signed, or null while it is a draft or a referral waits. */
  signedOn: string | null;
  /** 'YYYY-MM-DD' the service was discontinued (avvecklad), or null. */
  endedOn: string | null;
}

export interface ServiceSummary {
  id: string;
  kind: 'digital-service';
  title: string;
  vendor: string;
  status: RegisterStatus;
  outcome: Evaluation['outcome'];
  owner: string;
  grades: readonly string[];
  youngestAge: number | null;
  categories: readonly string[];
  sensitive: boolean;
  nextReview: string;
  openConditions: Task[];
  inheritedFrom: string;
  /** A newer version of the platform validation it builds on was read: "Behöver granskas". */
  needsReview: boolean;
  /** Avvecklad: the offboarding tasks not done yet. */
  openOffboarding: OffboardingTask[];
  /** 1, or the version an omvalidering made; with what started it and the validation it continues. */
  version: number;
  trigger: RevalidationTrigger | null;
  continues: string | null;
}

const statusOf = (doc: ServiceDoc, s: Signing): RegisterStatus => {
  if (s.endedOn || doc.discontinued) return 'discontinued';
  if (!s.signedOn) return 'under-review';
  switch (doc.decision.verdict) {
    case 'approve': return 'approved';
    case 'approveWithConditions': return 'approved-with-conditions';
    case 'reject': return 'rejected';
    default: return 'under-review'; // a signed referral waits for the förvaltning's decision
  }
};

export const summarize = (doc: ServiceDoc, ev: Evaluation, s: Signing, policy: Policy = DEFAULT_POLICY): ServiceSummary => ({
  id: doc.id,
  kind: 'digital-service',
  title: doc.service.name,
  vendor: doc.service.vendor,
  status: statusOf(doc, s),
  outcome: ev.outcome,
  owner: doc.decision.serviceOwner,
  grades: doc.service.grades,
  youngestAge: doc.service.youngestAge,
  categories: doc.data.categories,
  sensitive: [doc.data.special, doc.data.secret, doc.data.protectedIdentity].includes('yes'),
  nextReview: nextRevalidation(doc, s.signedOn, policy),
  openConditions: ev.conditions.filter((c) => !c.done),
  inheritedFrom: doc.service.inherits === 'yes' ? doc.platform.id : '',
  needsReview: doc.needsReview !== undefined,
  openOffboarding: openOffboarding(doc),
  version: versionOf(doc),
  trigger: doc.revalidation?.trigger ?? null,
  continues: doc.revalidation?.of ?? null,
});

/** What a save and an import store beside a validation: its summary, evaluated on `today`. */
export const storedSummary = (doc: ServiceDoc, decidedOn: string | null, today: string): ServiceSummary =>
  summarize(doc, evaluate(doc, today), { signedOn: decidedOn, endedOn: null });
