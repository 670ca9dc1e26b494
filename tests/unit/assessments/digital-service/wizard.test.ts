// The validation wizard as the engine generates it: the step comes from the address and is never stored,
// steps come and go with the answers, Nästa stops at the gaps the rules find, and the decision is recorded.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { serviceMachine } from '../../../../src/assessments/digital-service/machine/wizard.machine';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { empty, parseDocument, type ServiceDoc } from '../../../../src/assessments/digital-service/schema';
import { setAt } from '../../../../src/assessments/digital-service/progress';
import { serviceFixture, TODAY } from './fixtures';

const AT = '2026-12-04T10:00:00.000Z';

function start(doc: ServiceDoc, step = 'service', decidedOn: string | null = null) {
  const saved: { assessment: ServiceDoc; signed?: string }[] = [];
  const machine = serviceMachine.provide({ actions: { persist: (_, params) => void saved.push(params) } });
  const actor = createActor(machine, { input: { doc, step, decidedOn, today: TODAY } }).start();
  const answer = (path: string, value: unknown) => actor.send({ type: 'answer.set', path, value, at: AT });
  return { saved, answer, send: actor.send.bind(actor), snap: () => actor.getSnapshot() };
}

const blank = () => empty('a1b2c3', new Date('2026-12-01T08:00:00.000Z'));

describe('the validation wizard', () => {
  it('opens on the step the address names and stores no step in the document', () => {
    const doc = blank();
    const w = start(doc, 'data');
    expect(w.snap().matches('data')).toBe(true);
    w.send({ type: 'nav.goto', step: 'service' });
    expect(w.snap().matches('service')).toBe(true);
    expect(w.snap().context.assessment).toBe(doc);
    expect(w.saved).toEqual([]);
  });

  it('stops at the gaps on Nästa while required answers are missing, and goes on when asked again', () => {
    const w = start(blank());
    w.send({ type: 'nav.next' });
    expect(w.snap().matches({ service: 'gaps' })).toBe(true);
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('data')).toBe(true);
  });

  it('takes the platform step only when the service builds on a platform validation', () => {
    const w = start(serviceFixture('00-compliant-base'));
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('data')).toBe(true);
    w.send({ type: 'nav.back' });
    w.answer('service.inherits', 'yes');
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('platform')).toBe(true);
  });

  it('keeps an answer exactly as the document was stored before (schema order, updatedAt), and refuses an invalid one', () => {
    const doc = blank();
    const w = start(doc);
    w.answer('service.name', 'Läsresan');
    const expected = parseDocument({ ...setAt(doc, 'service.name', 'Läsresan'), updatedAt: AT });
    expect(expected.ok && JSON.stringify(w.saved.at(-1)?.assessment)).toBe(JSON.stringify(expected.ok && expected.doc));
    w.answer('service.youngestAge', 500);
    expect(w.saved).toHaveLength(1);
    expect(w.snap().context.assessment.service.youngestAge).toBeNull();
  });

  it('records the decision on the review only for a verdict the outcome allows, then keeps the decided answers', () => {
    const doc = serviceFixture('00-compliant-base');
    const allowed = evaluate(doc, TODAY).verdicts[0];
    const w = start({ ...doc, decision: { ...doc.decision, verdict: '' } }, 'review');
    expect(w.snap().can({ type: 'decision.record', on: '2026-12-06' })).toBe(false);
    w.answer('decision.verdict', allowed);
    w.send({ type: 'decision.record', on: '2026-12-06' });
    expect(w.snap().value).toBe('decided');
    expect(w.saved.at(-1)?.signed).toBe('2026-12-06');
    w.answer('service.name', 'Annat namn');
    expect(w.snap().context.assessment.service.name).toBe(doc.service.name);
  });

  it('opens a decided validation decided', () => {
    const w = start(serviceFixture('00-compliant-base'), 'service', '2026-11-01');
    expect(w.snap().hasTag('decided')).toBe(true);
    expect(w.snap().can({ type: 'decision.record', on: '2026-12-06' })).toBe(false);
  });
});

describe('a validation left open past midnight', () => {
  // A reused DPIA may be 24 months old: this one is on TODAY and too old from the next day on.
  const withDpia = (): ServiceDoc => {
    const doc = serviceFixture('00-compliant-base');
    return { ...doc, dpia: { ...doc.dpia, exists: 'reused', date: '2024-12-04' } };
  };
  const ruleIds = (w: ReturnType<typeof start>) => w.snap().context.evaluation.findings.map((f) => f.ruleId);

  it('judges by the new day: a reused DPIA turns too old', () => {
    const w = start(withDpia());
    expect(ruleIds(w)).not.toContain('DS-S09-old-sector-dpia');
    w.send({ type: 'clock.today', today: '2026-12-05' });
    expect(w.snap().context.today).toBe('2026-12-05');
    expect(ruleIds(w)).toContain('DS-S09-old-sector-dpia');
  });

  it('never saves a decided validation because the day changed', () => {
    const doc = withDpia();
    const w = start(doc, 'review', '2026-11-01');
    w.send({ type: 'clock.today', today: '2026-12-05' });
    w.send({ type: 'clock.today', today: '2027-12-05' });
    expect(ruleIds(w)).toContain('DS-S09-old-sector-dpia');
    expect(w.snap().context.assessment).toBe(doc);
    expect(w.saved).toEqual([]);
  });
});
