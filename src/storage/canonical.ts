// Canonical JSON of any value (sorted keys, no whitespace) and SHA-256, for the backup checksum.
import { canonicalJson } from '../engine/canonical';

export { canonicalJson };
export { sha256Hex } from '../engine/sha256';

const ownKeysSorted = (keys: string[]): boolean => keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k);

/**
 * Plain data (arrays, plain objects, strings, numbers, booleans, null) whose keys are already in sorted order
 * at every level: JSON.stringify gives its canonical text as it is, without the sorted copy. Anything else
 * (a Date, a toJSON, numeric keys the engine orders first) answers false and takes the general path.
 */
function alreadySorted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'bigint';
  if (Array.isArray(value)) return value.every(alreadySorted);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  return !('toJSON' in record) && ownKeysSorted(keys) && keys.every((k) => alreadySorted(record[k]));
}

/**
 * The backup's checksummed text: exactly canonicalJson(payload). A file this app wrote since the payload is
 * written in canonical order parses to already sorted data, so reading it back skips the sorted copy of
 * several megabytes; files in any other order take canonicalJson itself.
 */
export function canonicalPayload(payload: unknown): string {
  return alreadySorted(payload) ? (JSON.stringify(payload) ?? 'null') : canonicalJson(payload);
}
