// Properties over many generated assessments (fast-check): restore never throws, evaluate never throws
// on what restore accepts, 'principal-decides' never comes with a block, removing a camera never adds one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, Evaluation, Policy } from '../../../src/assessments/camera/domain';
import { AREA_KINDS, OUTCOME_PRECEDENCE, cameraEndedBy, defaultPolicy, evaluate, restore } from '../../../src/assessments/camera/domain';
import { FIXTURES } from '../../fixtures/build';
import { TODAY, clone } from './helpers';

const RUNS = { numRuns: 300 };
const bases = ['facade-night', 'schoolyard-evening', 'changing-room', 'nothing-tried', 'independent-unconfirmed', 'reference-8-cameras'].map(
  (name) => FIXTURES[name]!(),
);
const corridors = FIXTURES['aspudden-50-cameras']!();
corridors.cameras = corridors.cameras.slice(0, 3);
bases.push(corridors);

// --- Raw input: anything at all, and fixtures with a random value put at a random place.
const jsonPaths = (value: unknown, prefix: string[] = []): string[][] =>
  value && typeof value === 'object'
    ? [prefix, ...Object.entries(value).flatMap(([k, v]) => jsonPaths(v, [...prefix, k]))]
    : [prefix];

const mutatedFixture = fc
  .tuple(fc.constantFrom(...bases), fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.boolean())
  .map(([base, pick, value, remove]) => {
    const doc = clone(base) as unknown as Record<string, unknown>;
    const paths = jsonPaths(doc).filter((p) => p.length > 0);
    const path = paths[pick % paths.length]!;
    let node = doc as Record<string, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    if (remove) delete node[path.at(-1)!];
    else node[path.at(-1)!] = value;
    return doc;
  });

// --- Meaningful edits: answers a principal could give, so most documents stay valid.
type Edit = (a: Assessment) => void;
const date = fc.integer({ min: 0, max: 5 * 365 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const yesNo = fc.constantFrom('yes', 'no', '') as fc.Arbitrary<'yes' | 'no' | ''>;
const window = fc.record({ days: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>, { minLength: 1 }), from: time, to: time });

const cameraEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...AREA_KINDS, '' as const)).map(([i, v]): Edit => (a) => void (a.cameras[i % Math.max(1, a.cameras.length)] && (a.cameras[i % a.cameras.length]!.areaKind = v))),
  fc.tuple(fc.nat(), fc.constantFrom('yes', 'no', 'unsure', '') as fc.Arbitrary<'yes' | 'no' | 'unsure' | ''>).map(([i, v]): Edit => (a) => void (a.cameras[i % Math.max(1, a.cameras.length)] && (a.cameras[i % a.cameras.length]!.publicAccess = v))),
  fc.tuple(fc.nat(), yesNo, fc.constantFrom('sound', 'biometrics', 'masking', 'coversIncidentSpots', 'limitedToFacadePlus2m') as fc.Arbitrary<'sound' | 'biometrics' | 'masking' | 'coversIncidentSpots' | 'limitedToFacadePlus2m'>).map(
    ([i, v, field]): Edit => (a) => void (a.cameras[i % Math.max(1, a.cameras.length)] && (a.cameras[i % a.cameras.length]![field] = v)),
  ),
  fc.tuple(fc.nat(), fc.array(window, { maxLength: 3 })).map(([i, windows]): Edit => (a) => void (a.cameras[i % Math.max(1, a.cameras.length)] && (a.cameras[i % a.cameras.length]!.hours.windows = windows))),
  fc.tuple(fc.nat(), fc.subarray(['pupils', 'staff', 'visitors', 'public'] as const)).map(([i, s]): Edit => (a) => void (a.cameras[i % Math.max(1, a.cameras.length)] && (a.cameras[i % a.cameras.length]!.subjects = [...s]))),
  fc.tuple(fc.nat(), fc.oneof(date, fc.constant(''))).map(([i, d]): Edit => (a) => void (a.cameras[i % Math.max(1, a.cameras.length)] && (a.cameras[i % a.cameras.length]!.endedOn = d))),
  fc.nat().map((i): Edit => (a) => void a.cameras.splice(i % Math.max(1, a.cameras.length), 1)),
);

const caseEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom('6.1e', '6.1f', '6.1c', 'consent', '').map((v): Edit => (a) => void (a.data.legalBasis = v as Assessment['data']['legalBasis'])),
  fc.constantFrom('municipal', 'independent', '').map((v): Edit => (a) => void (a.school.ownerType = v as Assessment['school']['ownerType'])),
  fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 2000 })).map((v): Edit => (a) => void (a.data.retentionHours = v)),
  fc.oneof(date, fc.constant('')).map((d): Edit => (a) => void (a.school.decisionDate = d)),
  fc.oneof(date, fc.constant('')).map((d): Edit => (a) => void (a.consultation.unionDate = d)),
  fc.constantFrom('yes', 'planned', 'no', '').map((v): Edit => (a) => void (a.consultation.signage = v as Assessment['consultation']['signage'])),
  yesNo.map((v): Edit => (a) => void (a.consultation.dpiaDone = v)),
  fc.nat({ max: 6 }).map((n): Edit => (a) => void (a.problem.incidents = a.problem.incidents.slice(0, n))),
  fc.constantFrom('yes', 'no', '').map((v): Edit => (a) => void a.measures.items.forEach((m) => (m.tried = v as 'yes' | 'no' | ''))),
  fc.string({ maxLength: 30 }).map((s): Edit => (a) => void (a.cameras[0] && (a.cameras[0].fieldOfView = s))),
);

const edited = fc.tuple(fc.constantFrom(...bases), fc.array(fc.oneof(cameraEdit, caseEdit), { maxLength: 12 })).map(([base, edits]) => {
  const a = clone(base);
  for (const edit of edits) edit(a);
  return a;
});
const policy = fc.record({ centralReviewOfPublicAreas: fc.boolean(), maxRetentionHours: fc.integer({ min: 1, max: 400 }) }).map((p): Policy => ({ ...defaultPolicy, ...p }));

const blocks = (ev: Evaluation) => new Set(ev.findings.filter((f) => f.severity === 'block').map((f) => f.key));

describe('properties', () => {
  it('restore never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (input) => void restore(input)), RUNS);
    fc.assert(fc.property(fc.jsonValue(), (input) => void restore(input)), RUNS);
    fc.assert(fc.property(fc.string(), (input) => void restore(input)), RUNS);
  });

  it('restore never throws on mutated fixtures, and evaluate never throws on what it accepts', () => {
    fc.assert(
      fc.property(mutatedFixture, (doc) => {
        const r = restore(doc);
        if (r.ok) expect(OUTCOME_PRECEDENCE).toContain(evaluate(r.value, defaultPolicy, TODAY).outcome);
        else expect(r.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('generated answers survive restore, and evaluate gives a consistent outcome', () => {
    fc.assert(
      fc.property(edited, policy, (a, p) => {
        const r = restore(a);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const ev = evaluate(r.value, p, TODAY);
        if (ev.outcome === 'principal-decides') {
          expect(blocks(ev).size).toBe(0);
          expect(ev.missing).toEqual([]);
          expect(ev.findings.some((f) => f.severity === 'escalate')).toBe(false);
        }
        expect(ev.signoffKind === null).toBe(['blocked', 'incomplete', 'try-other-measures'].includes(ev.outcome));
        // A camera is left out only once a permitted end date has passed (KB-H18).
        const doc = r.value;
        expect(ev.cameraOutcomes.map((c) => c.cameraId)).toEqual(doc.cameras.filter((c) => !cameraEndedBy(doc, c, TODAY)).map((c) => c.id));
      }),
      RUNS,
    );
  });

  it('the generator reaches every outcome', () => {
    // The properties are only worth something if the generated cases reach every outcome. A fixed seed keeps
    // this check steady: 'central-review' is about 1 case in 60, so a random 300 missed it now and then.
    const seen = new Set(fc.sample(fc.tuple(edited, policy), { numRuns: 1000, seed: 20261205 }).map(([a, p]) => evaluate(a, p, TODAY).outcome));
    expect([...seen].sort()).toEqual([...OUTCOME_PRECEDENCE].sort());
  });

  it('removing a camera never adds a block', () => {
    fc.assert(
      fc.property(edited, policy, fc.nat(), (a, p, pick) => {
        fc.pre(a.cameras.length > 0);
        const before = blocks(evaluate(a, p, TODAY));
        const fewer = clone(a);
        fewer.cameras.splice(pick % fewer.cameras.length, 1);
        for (const key of blocks(evaluate(fewer, p, TODAY))) expect(before).toContain(key);
      }),
      RUNS,
    );
  });

  it('a justification never changes the outcome', () => {
    fc.assert(
      fc.property(edited, (a) => {
        const ev = evaluate(a, defaultPolicy, TODAY);
        const answered = clone(a);
        for (const f of ev.findings) answered.justifications[f.key] = 'Motiverat.';
        expect(evaluate(answered, defaultPolicy, TODAY).outcome).toBe(ev.outcome);
      }),
      { numRuns: 100 },
    );
  });
});
