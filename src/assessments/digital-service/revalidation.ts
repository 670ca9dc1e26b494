// What in a new answer set calls for re-validation of an approved service (domain brief, section 5):
// new edition or terms, a new sub-processor, changed storage or transfer basis, new use, a changed
// platform validation. Compares answers only; dates and incidents are the lifecycle's to add.
import type { ServiceDoc } from './schema';

export const TRIGGERS = ['newTerms', 'newSubprocessor', 'transferChanged', 'youngerPupils', 'newData', 'newAi', 'platformChanged'] as const;
export type Trigger = (typeof TRIGGERS)[number];

const added = <T>(before: readonly T[], after: readonly T[]): boolean => after.some((x) => !before.includes(x));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const turnedOn = (before: string, after: string): boolean => after === 'yes' && before !== 'yes';

export const revalidationTriggers = (signed: ServiceDoc, now: ServiceDoc): Trigger[] => {
  const out: Trigger[] = [];
  if (signed.service.edition !== now.service.edition || signed.contract.dpaDate !== now.contract.dpaDate) out.push('newTerms');
  const names = (d: ServiceDoc) => d.contract.subprocessors.map((s) => `${s.name.trim().toLowerCase()}|${s.country.trim().toLowerCase()}`);
  if (added(names(signed), names(now))) out.push('newSubprocessor');
  if (!same([...signed.transfer.locations].sort(), [...now.transfer.locations].sort()) ||
    !same([...signed.transfer.mechanisms].sort(), [...now.transfer.mechanisms].sort())) out.push('transferChanged');
  const [was, is] = [signed.service.youngestAge, now.service.youngestAge];
  if (was !== null && is !== null && is < was) out.push('youngerPupils');
  if (added(signed.data.categories, now.data.categories) || turnedOn(signed.data.special, now.data.special) ||
    turnedOn(signed.data.secret, now.data.secret)) out.push('newData');
  const ai = (d: ServiceDoc) => [d.safety.generativeAi, d.safety.highRiskAi, d.safety.automatedDecisions, d.safety.emotionInference];
  const before = ai(signed);
  if (ai(now).some((v, i) => turnedOn(before[i] ?? '', v))) out.push('newAi');
  if (signed.platform.fingerprint !== now.platform.fingerprint || signed.platform.status !== now.platform.status) out.push('platformChanged');
  return out;
};
