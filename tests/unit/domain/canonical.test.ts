// The fingerprint binds what was signed: stable across key order and bookkeeping, changed by any answer.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { canonicalJson, fingerprint, nextVersion } from '../../../src/assessments/camera/domain';
import { clone, loadFixture } from './helpers';

const signed = (): Assessment => ({
  ...loadFixture('facade-night'),
  signoff: {
    kind: 'decision',
    name: 'Åsa Öberg',
    title: 'Rektor',
    place: 'Exempelstad',
    date: '2026-09-15',
    attested: true,
    signature: { type: 'typed', typedName: 'Åsa Öberg' },
    signedAt: '2026-09-15T14:00:00.000Z',
    fingerprint: '',
  },
});

const reversed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
  return value;
};

describe('fingerprint', () => {
  it('is 64 hex digits and the same whatever the key order', async () => {
    const a = signed();
    const print = await fingerprint(a);
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint(reversed(a) as Assessment)).toBe(print);
  });

  it('changes when any answer changes', async () => {
    const a = signed();
    const b = clone(a);
    b.cameras[1]!.fieldOfView += ' ';
    const c = clone(a);
    c.signoff!.signedAt = '2026-09-15T14:00:01.000Z';
    expect(await fingerprint(b)).not.toBe(await fingerprint(a));
    expect(await fingerprint(c)).not.toBe(await fingerprint(a));
  });

  it('ignores bookkeeping, the stored fingerprint and what happens after signing', async () => {
    const a = signed();
    const b: Assessment = {
      ...clone(a),
      updatedAt: '2027-01-01T00:00:00.000Z',
      revision: 99,
      step: 'decision',
      endedOn: '2027-06-30',
      laterDecision: { by: 'administration', result: 'approved', date: '2026-10-01', reference: 'UF 2026/9', decidedBy: 'Förvaltningen' },
    };
    b.signoff!.fingerprint = 'f'.repeat(64);
    expect(await fingerprint(b)).toBe(await fingerprint(a));
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });
});

describe('nextVersion', () => {
  it('copies the answers into a new unsigned draft that points back to the signed one', () => {
    const a = signed();
    const before = canonicalJson(a);
    const next = nextVersion(a, 'new-id', new Date('2027-09-01T10:00:00Z'));
    expect(next).toMatchObject({ id: 'new-id', version: a.version + 1, previousVersionId: a.id, signoff: null, laterDecision: null, step: 'school', revision: 0 });
    expect(next.createdAt).toBe('2027-09-01T10:00:00.000Z');
    expect(next.school.decisionDate).toBe('');
    expect(next.decision.cameraDecisions).toEqual([]);
    // Each copied camera is marked as carried over: only such a camera may get an end date (KB-H18).
    expect(next.cameras).toEqual(a.cameras.map((c) => ({ ...c, carriedOver: true })));
    next.cameras[0]!.name = 'Ändrad';
    expect(canonicalJson(a)).toBe(before);
  });
});
