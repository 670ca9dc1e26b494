import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate, newMeasure } from '../../../src/assessments/camera/domain';
import type { Assessment, Measure } from '../../../src/assessments/camera/domain';
import { measuresView } from '../../../src/assessments/camera/machine';
import { TODAY, draft, start } from './helpers';

/** At the measures step with the problem described, so "nothing tried" is what the rule judges. */
const atMeasures = (change: (a: Assessment) => Assessment = (a) => a) =>
  start(draft((a) => change({ ...a, step: 'measures', problem: { ...a.problem, description: 'Skadegörelse på fasaden om nätterna' } })));
const withMeasures = (items: Measure[], noneReason = '') => (a: Assessment): Assessment => ({ ...a, measures: { items, noneReason } });

describe('measures: try other measures first', () => {
  it('stops at tryFirst when nothing was tried and no reason was given', () => {
    const w = atMeasures();
    w.send({ type: 'nav.next' });
    expect(measuresView(w.snap())).toBe('tryFirst');
    expect(w.doc().step).toBe('measures');
  });

  it('lets the principal save the draft and leave for home', () => {
    const w = atMeasures();
    w.send({ type: 'nav.next' });
    w.send({ type: 'draft.saveAndExit' });
    expect(w.exits).toHaveLength(1);
    expect(w.exits[0]?.step).toBe('measures');
    expect(w.saved.at(-1)).toBe(w.exits[0]);
  });

  it('sends the principal back to write why no measure can be tried, and then on', () => {
    const w = atMeasures();
    w.send({ type: 'nav.next' });
    w.send({ type: 'measures.recordReason' });
    expect(measuresView(w.snap())).toBe('writeReason');
    w.send({ type: 'answer.set', path: 'measures.noneReason', value: 'Skolan saknar egen budget för vakter' });
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('cameras')).toBe(true);
  });

  it('lets the principal continue anyway', () => {
    const w = atMeasures();
    w.send({ type: 'nav.next' });
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('cameras')).toBe(true);
  });

  it('goes back from tryFirst to the form', () => {
    const w = atMeasures();
    w.send({ type: 'nav.next' });
    w.send({ type: 'nav.back' });
    expect(measuresView(w.snap())).toBe('form');
  });

  it.each([
    ['a measure tried', { tried: 'yes' }],
    ['a measure that cannot be tried, with why', { tried: 'no', whyNotPossible: 'Fastighetsägaren tillåter inte staket' }],
  ])('goes straight on with %s', (_, answers) => {
    const w = atMeasures();
    w.send({ type: 'item.add', list: 'measures.items', id: 'm1' });
    for (const [field, value] of Object.entries(answers)) w.send({ type: 'answer.set', path: `measures.items.0.${field}`, value });
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('cameras')).toBe(true);
  });

  it('still stops when a reason is written on a measure nobody marked as not tried, as the rule blocks it', () => {
    const w = atMeasures(withMeasures([{ ...newMeasure('m1'), whyNotPossible: 'Fastighetsägaren tillåter inte staket' }]));
    expect(evaluate(w.doc(), defaultPolicy, TODAY).outcome).toBe('try-other-measures');
    w.send({ type: 'nav.next' });
    expect(measuresView(w.snap())).toBe('tryFirst');
  });

  it('goes straight on while the problem is not described, as the rule does not block yet', () => {
    const w = start(draft((a) => ({ ...a, step: 'measures' })));
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('cameras')).toBe(true);
  });

  it('still stops when a measure is marked not tried without saying why', () => {
    const w = atMeasures();
    w.send({ type: 'item.add', list: 'measures.items', id: 'm1' });
    w.send({ type: 'answer.set', path: 'measures.items.0.tried', value: 'no' });
    w.send({ type: 'nav.next' });
    expect(measuresView(w.snap())).toBe('tryFirst');
  });
});

describe('the stop and the rule KB-H05-no-alternatives agree', () => {
  const text = fc.constantFrom('', '   ', 'Fastighetsägaren säger nej');
  const measure = fc
    .record({ tried: fc.constantFrom('yes', 'no', '') as fc.Arbitrary<Measure['tried']>, whyNotPossible: text, result: text })
    .map((m): Measure => ({ ...newMeasure('m'), ...m }));
  const cases = fc.record({
    described: fc.boolean(),
    items: fc.array(measure, { maxLength: 3 }).map((ms) => ms.map((m, i) => ({ ...m, id: `m-${i}` }))),
    noneReason: text,
  });

  it('on every combination of measures, reasons and problem description', () => {
    fc.assert(
      fc.property(cases, ({ described, items, noneReason }) => {
        const problem = (a: Assessment) => ({ ...a.problem, description: described ? 'Skadegörelse' : '' });
        const w = start(draft((a) => ({ ...a, step: 'measures', problem: problem(a), measures: { items, noneReason } })));
        const blocked = evaluate(w.doc(), defaultPolicy, TODAY).findings.some((f) => f.ruleId === 'KB-H05-no-alternatives');
        w.send({ type: 'nav.next' });
        expect(measuresView(w.snap()) === 'tryFirst').toBe(blocked);
        w.actor.stop();
      }),
      { numRuns: 300 },
    );
  });
});
