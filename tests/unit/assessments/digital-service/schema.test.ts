// The document schema: a new validation is valid and survives a save and load unchanged; anything else
// that claims to be one is refused with its reasons, and nothing makes the check throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { empty, parseDocument, type ServiceDoc } from '../../../../src/assessments/digital-service/schema';
import { fixtureNames, serviceFixture, TODAY } from './fixtures';

const now = new Date('2026-12-04T09:30:00.000Z');
const roundTrip = (d: unknown) => parseDocument(JSON.parse(JSON.stringify(d)));

describe('digital-service document schema', () => {
  it('empty() is valid, round-trips unchanged and is incomplete, asking the first questions', () => {
    const doc = empty('ds-new', now);
    const parsed = roundTrip(doc);
    expect(parsed).toEqual({ ok: true, doc });
    const ev = evaluate(doc, TODAY);
    expect(ev.outcome).toBe('incomplete');
    expect(ev.missing.map((m) => m.path)).toEqual(expect.arrayContaining(['service.name', 'data.personalData', 'decision.level']));
  });

  it('a validation written before the registry number existed restores as written, without one', () => {
    for (const name of fixtureNames()) {
      const { registryNumber: _, ...olderDecision } = serviceFixture(name).decision;
      const older: unknown = JSON.parse(JSON.stringify({ ...serviceFixture(name), decision: olderDecision }));
      const parsed = parseDocument(older);
      // Nothing added or changed: the decided text, and so its kontrollkod, stays what it was.
      expect(parsed.ok && parsed.doc, name).toStrictEqual(older);
    }
    expect(empty('ds-new', now).decision.registryNumber).toBe('');
  });

  it('two empty validations share no lists', () => {
    const a = empty('a', now);
    a.service.users.push('pupils');
    expect(empty('b', now).service.users).toEqual([]);
  });

  it.each(fixtureNames())('fixture %s round-trips unchanged', (name) => {
    const doc = serviceFixture(name);
    expect(roundTrip(doc)).toEqual({ ok: true, doc });
  });

  // A document as a forger sees it: any part may get any field.
  type Loose = { [K in keyof ServiceDoc]: Record<string, unknown> } & Record<string, unknown>;
  const base = () => serviceFixture('00-compliant-base') as unknown as Loose;
  const forged: [string, (d: Loose) => void][] = [
    ['an unknown top-level field', (d) => { d.extra = {}; }],
    ['an unknown answer', (d) => { d.service.favouriteColour = 'blå'; }],
    ['an unknown field in a list row', (d) => { (d.contract.subprocessors as Record<string, unknown>[])[0]!.secret = 'x'; }],
    ['a number as text', (d) => { d.service.name = 42; }],
    ['text as a number', (d) => { d.service.youngestAge = '10'; }],
    ['a fractional age', (d) => { d.service.youngestAge = 9.5; }],
    ['an option that does not exist', (d) => { d.transfer.mechanisms = ['trustUs']; }],
    ['the same option twice', (d) => { d.service.users = ['pupils', 'pupils']; }],
    ['"vet inte" where only ja/nej is offered', (d) => { d.data.ownContent = 'unknown'; }],
    ['an impossible date', (d) => { d.contract.dpaDate = '2026-02-30'; }],
    ['another format', (d) => { Reflect.set(d, 'format', 'kamerabedomning/assessment'); }],
    ['a future schema version', (d) => { Reflect.set(d, 'schemaVersion', 2); }],
    ['a missing part', (d) => { Reflect.deleteProperty(d, 'decision'); }],
    ['a part that is not an object', (d) => { Reflect.set(d, 'safety', 'ja'); }],
    ['an over-long answer', (d) => { d.service.name = 'x'.repeat(201); }],
  ];

  it.each(forged)('refuses %s, saying where', (_what, forge) => {
    const d = base();
    forge(d);
    const parsed = parseDocument(JSON.parse(JSON.stringify(d)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
  });

  it('refuses a __proto__ key without polluting anything', () => {
    const parsed = parseDocument(JSON.parse('{"__proto__":{"polluted":true},"format":"kamerabedomning/digital-service"}'));
    expect(parsed.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (x) => { expect(parseDocument(x).ok).toBe(false); }), { numRuns: 300 });
    const doc = serviceFixture('05-swedish-lms');
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom('service', 'data', 'contract', 'decision'), (junk, part) => {
      const d = { ...doc, [part]: { ...doc[part], extra: junk } };
      expect(parseDocument(d).ok).toBe(false);
    }), { numRuns: 200 });
  });
});
