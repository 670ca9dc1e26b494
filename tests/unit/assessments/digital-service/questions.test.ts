// The question definition is consistent with itself, the predicates, the rulebook and the messages.
import { describe, expect, it } from 'vitest';
import { questionsOf } from '../../../../src/engine/questions/walk';
import { en } from '../../../../src/assessments/digital-service/messages/en';
import { sv } from '../../../../src/assessments/digital-service/messages/sv';
import { OUTCOMES } from '../../../../src/assessments/digital-service/outcomes';
import { DEFAULT_POLICY } from '../../../../src/assessments/digital-service/policy';
import { predicates } from '../../../../src/assessments/digital-service/predicates';
import { stepList } from '../../../../src/assessments/digital-service/questions';
import { TRIGGERS } from '../../../../src/assessments/digital-service/revalidation';
import { rulebook } from '../../../../src/assessments/digital-service/rules';
import { KIND_ID, REVALIDATION_TRIGGERS } from '../../../../src/assessments/digital-service/schema';
import { SCREEN_PREFIX } from '../../../../src/assessments/digital-service/id';
import { svScreens } from '../../../../src/assessments/digital-service/messages/sv-screens';
import { allFixtures, TODAY } from './fixtures';

const ctx = { today: TODAY, policy: DEFAULT_POLICY };
const visitsOf = (docs = allFixtures()) => docs.flatMap((d) => [...questionsOf(stepList, d, predicates, ctx)]);
const definitions = () => stepList.flatMap((s) => Object.entries(s.questions).flatMap(([k, q]) => [
  { template: `${s.id}.${k}`, q, step: s.id },
  ...Object.entries(q.item ?? {}).map(([ik, iq]) => ({ template: `${s.id}.${k}.*.${ik}`, q: iq, step: s.id })),
]));

describe('digital-service questions', () => {
  it('every question applies in some scenario fixture', () => {
    const reached = new Set(visitsOf().filter((v) => v.applies).map((v) => v.template));
    const unreached = definitions().map((d) => d.template).filter((t) => !reached.has(t));
    expect(unreached).toEqual([]);
  });

  it('every `when` of a step or question names a predicate', () => {
    const names = [...stepList.map((s) => s.when), ...definitions().map((d) => d.q.when)].filter((n) => n !== undefined);
    expect(names.filter((n) => !(n in predicates))).toEqual([]);
  });

  it('every rule a question names exists, and every rule points at a question', () => {
    const ids = new Set(rulebook.map((r) => r.id));
    expect(definitions().flatMap((d) => d.q.rules).filter((id) => !ids.has(id))).toEqual([]);
    const templates = new Set(definitions().map((d) => d.template));
    expect(rulebook.map((r) => r.field).filter((f) => !templates.has(f))).toEqual([]);
  });

  it('every rule is named by some question, so a missing answer can say which rule needs it', () => {
    const named = new Set(definitions().flatMap((d) => d.q.rules));
    expect(rulebook.map((r) => r.id).filter((id) => !named.has(id))).toEqual([]);
  });
});

describe('digital-service messages', () => {
  const keys: string[] = [
    ...stepList.map((s) => `${KIND_ID}.step.${s.id}`),
    ...definitions().flatMap((d) => [`${KIND_ID}.q.${d.template}`, `${KIND_ID}.q.${d.template}.help`]),
    ...definitions().flatMap((d) => {
      const values = d.q.options ?? (d.q.optionSet === 'yesNoUnknown' ? ['yes', 'no', 'unknown'] : d.q.optionSet ? ['yes', 'no'] : []);
      return values.map((v: string) => `${KIND_ID}.opt.${d.q.optionSet}.${v}`);
    }),
    ...rulebook.map((r) => `${KIND_ID}.rule.${r.id}`),
    ...OUTCOMES.map((o) => `${KIND_ID}.outcome.${o}.name`),
    `${KIND_ID}.outcome.escalate.nameOwner`,
    ...TRIGGERS.map((t) => `${KIND_ID}.trigger.${t}`),
    ...REVALIDATION_TRIGGERS.map((t) => `${KIND_ID}.revalidation.${t}`),
    // The screens' own words, apart from the derived ones (ui/text.ts reads them by key).
    ...Object.keys(svScreens).map((k) => `${SCREEN_PREFIX}${k}`),
  ];

  it.each([['sv', sv], ['en', en]] as const)('every derived key has a text in %s', (_lang, catalogue) => {
    expect(keys.filter((k) => !catalogue[k]?.trim())).toEqual([]);
  });

  it('sv and en have the same keys, and no key nobody derives', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    const derived = new Set(keys);
    expect(Object.keys(sv).filter((k) => !derived.has(k))).toEqual([]);
  });

  it('Swedish rule messages are one sentence each, and never in English', () => {
    for (const r of rulebook) {
      const text = sv[`${KIND_ID}.rule.${r.id}`] ?? '';
      expect(text.endsWith('.')).toBe(true);
      expect(text.slice(0, -1)).not.toMatch(/[.!?] [A-ZÅÄÖ]/);
      expect(text).not.toBe(en[`${KIND_ID}.rule.${r.id}`]);
    }
  });
});
