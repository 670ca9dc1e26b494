// The signed content of an assessment as one stable string, its SHA-256 fingerprint, and the next version.
import type { Assessment } from './types';
import { emptyDecision } from './defaults';
import { sha256Hex } from '../../../engine/sha256';

/**
 * Left out of the canonical form because they change without changing what was decided:
 * bookkeeping (updatedAt, revision, step), the fingerprint itself (signoff.fingerprint), and what
 * happens after signing and is recorded for the register (laterDecision, endedOn, cameras.*.endedOn).
 */
export const VOLATILE_FIELDS = [
  'updatedAt',
  'revision',
  'step',
  'signoff.fingerprint',
  'laterDecision',
  'endedOn',
  'cameras.*.endedOn',
] as const;

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeys(child);
    }
    return out;
  }
  return value;
};

/** JSON with keys sorted at every level and the volatile fields removed. */
export function canonicalJson(a: Assessment): string {
  const { updatedAt: _u, revision: _r, step: _s, laterDecision: _l, endedOn: _e, signoff, ...rest } = a;
  // Ending one camera is a register event after signing, like ending the whole surveillance.
  const cameras = rest.cameras.map(({ endedOn: _c, ...camera }) => camera);
  const content: Record<string, unknown> = { ...rest, cameras };
  if (signoff) {
    const { fingerprint: _f, ...signed } = signoff;
    content.signoff = signed;
  } else content.signoff = null;
  return JSON.stringify(sortKeys(content));
}

/** SHA-256 of the canonical JSON, as 64 lower-case hex digits. */
export function fingerprint(a: Assessment): Promise<string> {
  return sha256Hex(canonicalJson(a));
}

/**
 * A new draft continuing a signed assessment (annual review or change): the answers are copied, the
 * decision, its date and the signature are not, and the draft opens on the first step.
 */
export function nextVersion(signed: Assessment, newId: string, now: Date): Assessment {
  const copy = JSON.parse(JSON.stringify(signed)) as Assessment;
  const stamp = now.toISOString();
  return {
    ...copy,
    id: newId,
    version: signed.version + 1,
    previousVersionId: signed.id,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    step: 'school',
    school: { ...copy.school, decisionDate: '' },
    // Only a camera of a signed version may be given an end date in the next one (KB-H18).
    cameras: copy.cameras.map((c) => ({ ...c, carriedOver: true })),
    decision: emptyDecision(),
    signoff: null,
    laterDecision: null,
  };
}
