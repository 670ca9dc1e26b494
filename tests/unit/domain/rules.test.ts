// Each rule of the rulebook holds where it should and stops holding where it should: removing a rule,
// or inverting its test, fails its case here.
import { describe, expect, it } from 'vitest';
import type { Assessment, Evaluation, Outcome, Policy, Rule } from '../../../src/assessments/camera/domain';
import { RULEBOOK_CHECKED, defaultPolicy, evaluate, rulebook } from '../../../src/assessments/camera/domain';
import { RULE_CASES } from './rule-cases';
import { TODAY, clone, loadFixture } from './helpers';

const base = loadFixture('facade-night');

function run(steps: ((a: Assessment, p: Policy) => void)[]): Evaluation {
  const a = clone(base);
  const p = clone(defaultPolicy) as Policy;
  for (const step of steps) step(a, p);
  return evaluate(a, p, TODAY);
}

const reports = (ev: Evaluation, id: string, kind: 'finding' | 'missing') =>
  kind === 'finding' ? ev.findings.some((f) => f.ruleId === id) : ev.missing.some((m) => m.ruleId === id);

/** What the rule alone does to an otherwise complete assessment that the principal may decide. */
const expectedOutcome = (rule: Rule, kind: 'finding' | 'missing'): Outcome =>
  kind === 'missing'
    ? 'incomplete'
    : (rule.leadsTo ?? (rule.severity === 'block' ? 'blocked' : rule.severity === 'escalate' ? 'escalate' : 'principal-decides'));

describe('the rulebook', () => {
  it('has a case for every rule, and a rule for every case', () => {
    expect(RULE_CASES.map((c) => c.id).sort()).toEqual(rulebook.map((r) => r.id).sort());
  });

  it('has unique, stable-looking ids, a source and a check date for every rule', () => {
    expect(new Set(rulebook.map((r) => r.id)).size).toBe(rulebook.length);
    for (const rule of rulebook) {
      expect(rule.id).toMatch(/^KB-[A-Z]\d{2}-[a-z0-9-]+$/);
      expect(rule.source.title).not.toBe('');
      expect(rule.checked <= RULEBOOK_CHECKED).toBe(true);
      expect(rule.message.sv).toMatch(/[.!]$/);
      expect(rule.message.en).toMatch(/[.!]$/);
    }
  });

  it('covers the ten hard rules of the brief, rule 10 as an escalation', () => {
    for (let n = 1; n <= 10; n++) {
      const rules = rulebook.filter((r) => r.id.startsWith(`KB-H${String(n).padStart(2, '0')}-`));
      expect(rules.length, `hard rule ${n}`).toBeGreaterThan(0);
      for (const r of rules) expect(r.severity).toBe(n === 10 ? 'escalate' : 'block');
    }
  });

  it('starts from an assessment the principal may decide, with no rule but guidance holding', () => {
    const ev = run([]);
    expect(ev.outcome).toBe('principal-decides');
    expect(ev.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe.each(RULE_CASES)('$id', ({ id, kind, fire, clear }) => {
  const rule = rulebook.find((r) => r.id === id)!;

  it('holds after the change that should trigger it, with the outcome its severity implies', () => {
    const ev = run([fire]);
    expect(reports(ev, id, kind)).toBe(true);
    expect(ev.outcome).toBe(expectedOutcome(rule, kind));
  });

  it('stops holding after the smallest change that should clear it', () => {
    expect(reports(run([fire, clear]), id, kind)).toBe(false);
  });

  it('reports its finding with the rule’s message, source and a field in its step', () => {
    const ev = run([fire]);
    const found = kind === 'finding' ? ev.findings.find((f) => f.ruleId === id)! : ev.missing.find((m) => m.ruleId === id)!;
    if (kind === 'finding') {
      const f = ev.findings.find((x) => x.ruleId === id)!;
      expect(f.message).toEqual(rule.message);
      expect(f.source).toEqual(rule.source);
      expect(f.key.startsWith(id)).toBe(true);
    }
    expect(found.field.split('.')[0]).toBe(rule.field.split('.')[0]);
  });
});
