// Signing a camera assessment: what the signer fills in becomes the signed document and its record.
import { createSignedRecord } from '../domain';
import type { Assessment, SignedRecord, Signoff } from '../domain';
import type { SignoffDraft } from './events';

export interface SignInput {
  assessment: Assessment;
  signoff: Omit<Signoff, 'signedAt' | 'fingerprint'>;
}

/** The signed document and, beside it, the record of exactly what was signed (storage keeps it unchanged). */
export interface SignOutput {
  assessment: Assessment;
  signed: SignedRecord;
}

/**
 * Default signing: stamp the time, then record the document as signed (with an empty fingerprint): the
 * record's text is what the fingerprint hashes, kept so no later schema change can alter what it attests.
 */
export async function signAssessment({ assessment, signoff }: SignInput): Promise<SignOutput> {
  const stamped: Signoff = { ...signoff, signedAt: new Date().toISOString(), fingerprint: '' };
  const signed = await createSignedRecord({ ...assessment, signoff: stamped });
  return { assessment: { ...assessment, signoff: { ...stamped, fingerprint: signed.fingerprint } }, signed };
}

/** A provided signer may still return the bare document; storage then derives the record itself. */
export function signOutputOf(output: SignOutput | Assessment): { assessment: Assessment; signed: SignedRecord | null } {
  return 'signed' in output && 'assessment' in output ? output : { assessment: output, signed: null };
}

/** The signer's form is filled in: attested, a name, and a drawn or typed signature. */
export function signoffComplete(s: SignoffDraft): boolean {
  const signature = s.signature.type === 'drawn' ? s.signature.image : s.signature.typedName;
  return s.attested && s.name.trim() !== '' && signature.trim() !== '';
}
