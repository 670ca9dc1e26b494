// Canonical JSON of any value (sorted keys, no whitespace): equal data always gives equal text, so its
// SHA-256 can fingerprint a decision or checksum a backup whatever order the keys were written in.

// A sorted copy handed to the native JSON.stringify is several times faster than serialising by hand.
function sorted(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sorted);
  const record = value as Record<string, unknown>;
  // No prototype: a key named "__proto__" stays an ordinary property instead of replacing the prototype.
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) out[key] = sorted(record[key]);
  return out;
}

/** JSON.stringify with keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value)) ?? 'null';
}
