import { describe, expect, it } from 'vitest';
import { measuresView } from '../../../src/machine';
import { draft, start } from './helpers';

const atMeasures = () => start(draft((a) => ({ ...a, step: 'measures' })));

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
    ['a measure tried', 'tried', 'yes'],
    ['a measure that cannot be tried, with why', 'whyNotPossible', 'Fastighetsägaren tillåter inte staket'],
  ])('goes straight on with %s', (_, field, value) => {
    const w = atMeasures();
    w.send({ type: 'item.add', list: 'measures.items', id: 'm1' });
    w.send({ type: 'answer.set', path: `measures.items.0.${field}`, value });
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
