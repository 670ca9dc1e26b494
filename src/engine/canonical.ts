// Canonical JSON of any value (sorted keys, no whitespace): equal data always gives equal text, so its
// SHA-256 can fingerprint a decision or checksum a backup whatever order the keys were written in.

// A sorted copy handed to the native JSON.stringify is several times faster than serialising by hand. The copy
// is made of ordinary objects: objects made with Object.create(null) start in V8's dictionary mode, which
// JSON.stringify walks on its slow path and which are slower to build (canonicalJson of a backup of 1,000
// assessments took about three times as long). Integer-like keys come first in ascending order in both kinds
// of object, so the text is the same.
function sorted(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sorted);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k)) keys.sort();
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    // Assigned, "__proto__" would replace the copy's prototype instead of being a key of it.
    if (key === '__proto__') Object.defineProperty(out, key, { value: sorted(record[key]), enumerable: true, writable: true, configurable: true });
    else out[key] = sorted(record[key]);
  }
  return out;
}

/** JSON.stringify with keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value)) ?? 'null';
}
