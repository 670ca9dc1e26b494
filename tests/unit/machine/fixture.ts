// The facade-at-night fixture (the principal may decide), read through the domain's restore.
import { readFileSync } from 'node:fs';
import { restore } from '../../../src/assessments/camera/domain';
import type { Assessment, StepId } from '../../../src/assessments/camera/domain';
import type { SignoffDraft } from '../../../src/assessments/camera/machine';

export function facadeNight(step: StepId = 'decision'): Assessment {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../fixtures/facade-night.json', import.meta.url), 'utf8'));
  const result = restore(raw);
  if (!result.ok) throw new Error(`facade-night.json does not restore: ${JSON.stringify(result.problems)}`);
  return { ...result.value, step, signoff: null };
}

export const signoffDraft = (change: Partial<SignoffDraft> = {}): SignoffDraft => ({
  name: 'Rektor Exempelsson',
  title: 'Rektor',
  place: 'Exempelstad',
  date: '2026-03-02',
  attested: true,
  signature: { type: 'typed', typedName: 'Rektor Exempelsson' },
  ...change,
});
