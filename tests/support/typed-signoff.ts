// The sign-off the wizard stores when Åsa Öberg, Rektor in Exempelstad, attests and signs with her typed name;
// the fingerprint is left empty for the caller to compute over the assessment that carries it.
import type { IsoDate, Signoff, SignoffKind } from '../../src/assessments/camera/domain';

export function typedSignoff(kind: SignoffKind, date: IsoDate, signedAt: string): Signoff {
  return {
    kind,
    name: 'Åsa Öberg',
    title: 'Rektor',
    place: 'Exempelstad',
    date,
    attested: true,
    signature: { type: 'typed', typedName: 'Åsa Öberg' },
    signedAt,
    fingerprint: '',
  };
}
