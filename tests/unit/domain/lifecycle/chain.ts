// Signed versions for the lifecycle tests (review, later decision, end), made the way the wizard signs: stamp, then fingerprint.
import type { Assessment, IsoDate, SignoffKind } from '../../../../src/assessments/camera/domain';
import { fingerprint } from '../../../../src/assessments/camera/domain';
import { typedSignoff } from '../../../support/typed-signoff';

/** The assessment decided and signed on `date` (its decision date), with a real fingerprint. */
export async function sign(a: Assessment, date: IsoDate, kind: SignoffKind = 'decision'): Promise<Assessment> {
  const draft: Assessment = {
    ...a,
    school: { ...a.school, decisionDate: date },
    signoff: typedSignoff(kind, date, `${date}T10:00:00.000Z`),
  };
  return { ...draft, signoff: { ...draft.signoff!, fingerprint: await fingerprint(draft) } };
}

/** Sets fields of one camera by id; for edits in a test. */
export function editCamera(a: Assessment, id: string, patch: Partial<Assessment['cameras'][number]>): Assessment {
  return { ...a, cameras: a.cameras.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}
