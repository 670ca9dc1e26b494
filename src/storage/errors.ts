// Storage failures the UI must show (never swallow): a full disk, a closed database, or something else.
import { describeError } from './db';

export type StorageFailureReason = 'quota' | 'closed' | 'unknown';
export interface StorageFailure {
  ok: false;
  reason: StorageFailureReason;
  /** The browser's own words, for the details line and bug reports. */
  error: string;
}

export function storageFailure(e: unknown): StorageFailure {
  const { name, message } = describeError(e);
  const error = `${name}: ${message}`;
  // Firefox reports a full disk as an aborted transaction whose message names the quota.
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return { ok: false, reason: 'quota', error };
  // VersionError: a newer app in another tab upgraded the database; this tab must reload.
  if (name === 'InvalidStateError' || name === 'VersionError' || /connection to indexed database server lost/i.test(message)) {
    return { ok: false, reason: 'closed', error };
  }
  return { ok: false, reason: 'unknown', error };
}
