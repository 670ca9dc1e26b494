// What happens to a signed assessment after signing. Both fields are outside the fingerprint
// (VOLATILE_FIELDS), so recording them never breaks the signature.
import type { Assessment, IsoDate, LaterDecision } from '../domain/types';

/**
 * Ends surveillance on `date`: one camera's (camera.endedOn) or, without a camera id, the whole
 * assessment's (endedOn). Returns a new document; throws on an unknown camera id, a caller's mistake.
 */
export function endSurveillance(a: Assessment, date: IsoDate, cameraId?: string): Assessment {
  if (cameraId === undefined) return { ...a, endedOn: date };
  if (!a.cameras.some((c) => c.id === cameraId)) throw new RangeError(`No camera ${cameraId} in assessment ${a.id}`);
  return { ...a, cameras: a.cameras.map((c) => (c.id === cameraId ? { ...c, endedOn: date } : c)) };
}

/**
 * Records the administration's or the school owner's decision on a case sent to them. Only a signed request
 * for review or referral gets one; anything else is a caller's mistake and throws.
 */
export function recordLaterDecision(a: Assessment, decision: LaterDecision): Assessment {
  if (a.signoff === null || a.signoff.kind === 'decision') {
    throw new RangeError(`Assessment ${a.id} was not sent for review or referred, so it has no later decision`);
  }
  return { ...a, laterDecision: { ...decision } };
}
