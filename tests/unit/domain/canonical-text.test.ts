// canonicalJson builds its sorted copy from ordinary objects (faster to build and to stringify): the text must be
// exactly what the copy made of null-prototype objects gave, or every stored fingerprint and backup checksum
// would stop matching.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/canonical';

/** The implementation every fingerprint and checksum so far was made with. */
function before(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(sorted);
    const record = v as Record<string, unknown>;
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(record).sort()) out[key] = sorted(record[key]);
    return out;
  };
  return JSON.stringify(sorted(value)) ?? 'null';
}

// Keys the engine orders first (integer-like), keys that sort differently by case, and the one an assignment
// would turn into a prototype.
const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('0', '1', '2', '9', '10', '01', '-1', '4294967295', '__proto__', 'toJSON', 'constructor', 'a', 'B'));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.string(), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
})).value;

describe('canonicalJson', () => {
  it('writes the same text as before for any data, parsed from JSON or built in memory', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(before(v));
        const parsed: unknown = JSON.parse(JSON.stringify(v) ?? 'null');
        expect(canonicalJson(parsed)).toBe(before(parsed));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps "__proto__" as a key and gives the copy no other prototype', () => {
    const parsed: unknown = JSON.parse('{"b":1,"__proto__":{"polluted":true},"a":[{"__proto__":null}]}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"polluted":true},"a":[{"__proto__":null}],"b":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes dates, undefined and functions as before', () => {
    const value = { z: undefined, y: () => 1, x: new Date(0), w: [undefined] };
    expect(canonicalJson(value)).toBe(before(value));
    expect(canonicalJson(undefined)).toBe('null');
  });
});
