// Omvalidering: the next date, when it is due, the new version pre-filled from the decided one (which is never
// touched), what started it, and what changed since the last decision, generated from the question definition.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/engine/canonical';
import { changesSince, nextRevalidation, revalidationStatus, startRevalidation, successors, versionOf } from '../../../../src/assessments/digital-service/lifecycle';
import { parseDocument, type ServiceDoc } from '../../../../src/assessments/digital-service/schema';
import { summarize } from '../../../../src/assessments/digital-service/summarize';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { dsText } from '../../../../src/assessments/digital-service/ui/text';
import { answerText } from '../../../../src/assessments/digital-service/ui/answerText';
import { registerRow } from '../../../../src/assessments/digital-service/ui/register';
import { allFixtures, serviceFixture, TODAY } from './fixtures';

const NOW = new Date('2027-11-20T09:00:00Z');
const approved = (): ServiceDoc => {
  const doc = serviceFixture('00-compliant-base');
  return { ...doc, decision: { ...doc.decision, verdict: 'approve', nextReview: '' } };
};

describe('the next re-validation', () => {
  it('is a year after the decision unless the decision sets a date', () => {
    const doc = approved();
    expect(nextRevalidation(doc, '2026-12-04')).toBe('2027-12-04');
    expect(nextRevalidation(doc, null)).toBe('');
    expect(nextRevalidation({ ...doc, decision: { ...doc.decision, nextReview: '2027-06-30' } }, '2026-12-04')).toBe('2027-06-30');
    expect(summarize(doc, evaluate(doc, TODAY), { signedOn: '2026-12-04', endedOn: null }).nextReview).toBe('2027-12-04');
  });

  it('is none for a draft, even one that proposes a date: the register and its CSV show none until it is decided', () => {
    const proposing = { ...approved(), decision: { ...approved().decision, nextReview: '2027-06-30' } };
    expect(nextRevalidation(proposing, null)).toBe('');
    expect(registerRow(proposing, null, TODAY).nextReview).toBe('');
    expect(registerRow(proposing, '2026-12-04', TODAY).nextReview).toBe('2027-06-30');
  });

  it('is due 30 days before, overdue after, and never for a draft, a rejection or a discontinued service', () => {
    const doc = approved();
    expect(revalidationStatus(doc, '2026-12-04', '2027-11-03')).toBe('not-due');
    expect(revalidationStatus(doc, '2026-12-04', '2027-11-04')).toBe('due-soon');
    expect(revalidationStatus(doc, '2026-12-04', '2027-12-04')).toBe('due-soon');
    expect(revalidationStatus(doc, '2026-12-04', '2027-12-05')).toBe('overdue');
    expect(revalidationStatus(doc, null, '2028-01-01')).toBe('not-due');
    expect(revalidationStatus({ ...doc, decision: { ...doc.decision, verdict: 'reject' } }, '2026-12-04', '2028-01-01')).toBe('not-due');
    const ended = { ...doc, discontinued: { on: '2027-01-01', tasks: [] } };
    expect(revalidationStatus(ended, '2026-12-04', '2028-01-01')).toBe('not-due');
  });
});

describe('starting a re-validation', () => {
  it('copies every answer, leaves the decision to be made again and records the trigger', () => {
    const decided = approved();
    const before = canonicalJson(decided);
    const next = startRevalidation(decided, '2026-12-04', 'newTerms', 'v2-id', NOW, '2027-11-20');
    expect(canonicalJson(decided)).toBe(before); // the decided version is never touched
    expect(next.id).toBe('v2-id');
    expect(next.createdAt).toBe(NOW.toISOString());
    expect(next.revalidation).toEqual({ of: decided.id, decidedOn: '2026-12-04', version: 2, trigger: 'newTerms', startedOn: '2027-11-20' });
    expect(next.decision).toMatchObject({ verdict: '', reasons: '', nextReview: '', deciderName: decided.decision.deciderName, serviceOwner: decided.decision.serviceOwner });
    for (const part of ['service', 'data', 'roles', 'contract', 'transfer', 'security', 'safety', 'dpia', 'rights'] as const) expect(next[part]).toEqual(decided[part]);
    expect(parseDocument(JSON.parse(JSON.stringify(next))).ok).toBe(true);
    expect(versionOf(startRevalidation(next, '2027-11-25', 'incident', 'v3-id', NOW, '2027-11-25'))).toBe(3);
  });

  it('refuses a validation without a decision or one that is discontinued', () => {
    expect(() => startRevalidation(approved(), null, 'annual', 'x', NOW, '2027-11-20')).toThrow(RangeError);
    const ended = { ...approved(), discontinued: { on: '2027-01-01', tasks: [] } };
    expect(() => startRevalidation(ended, '2026-12-04', 'annual', 'x', NOW, '2027-11-20')).toThrow(RangeError);
  });

  it('is refused in a file with an unknown trigger or version 1, and older files restore without it', () => {
    const next = startRevalidation(approved(), '2026-12-04', 'incident', 'v2', NOW, '2027-11-20');
    const forged = (patch: object) => parseDocument({ ...next, revalidation: { ...next.revalidation, ...patch } }).ok;
    expect(forged({ trigger: 'whim' })).toBe(false);
    expect(forged({ version: 1 })).toBe(false);
    expect(forged({ decidedOn: '2026-13-01' })).toBe(false);
    expect(forged({ extra: 1 })).toBe(false);
    for (const doc of allFixtures()) expect(doc.revalidation).toBeUndefined();
  });

  it('finds the newest version that continues each validation', () => {
    const v1 = approved();
    const v2 = startRevalidation(v1, '2026-12-04', 'annual', 'v2', NOW, '2027-11-20');
    const v3 = startRevalidation(v2, '2027-11-25', 'incident', 'v3', NOW, '2027-12-01');
    const items = [v3, v1, v2].map((doc) => ({ doc, decidedOn: null }));
    expect(successors(items).get(v1.id)?.doc.id).toBe('v2');
    expect(successors(items).get('v2')?.doc.id).toBe('v3');
    expect(successors(items).has('v3')).toBe(false);
  });
});

describe('changes since the last decision', () => {
  it('lists changed answers and added rows in the wizard\'s words, never the decision itself', () => {
    const v1 = approved();
    const v2 = startRevalidation(v1, '2026-12-04', 'newSubprocessor', 'v2', NOW, '2027-11-20');
    expect(changesSince(v1, v2, TODAY)).toEqual([]);
    v2.service.edition = 'Version 5';
    v2.contract.subprocessors = [...v2.contract.subprocessors, { name: 'Moln Inc', country: 'USA', task: 'Lagring' }];
    v2.decision.reasons = 'Nya skäl';
    const changes = changesSince(v1, v2, TODAY);
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ['changed', 'service.edition'],
      ['added', 'contract.subprocessors.1'],
    ]);
    const words = dsText('sv');
    const added = changes[1]!;
    expect(answerText(words, added.question, added.after)).toBe('Moln Inc · USA · Lagring');
    expect(changesSince(v2, v1, TODAY).map((c) => c.kind)).toEqual(['changed', 'removed']);
  });

  it('names an option by its label', () => {
    const v1 = approved();
    const v2 = structuredClone(v1);
    v2.contract.deletionAtEnd = 'no';
    const [change] = changesSince(v1, v2, TODAY);
    expect(change?.path).toBe('contract.deletionAtEnd');
    expect(answerText(dsText('sv'), change!.question, change!.after)).toBe(dsText('sv').option(change!.question.optionSet ?? '', 'no'));
  });
});

describe('the calendar reminder', () => {
  it('falls on the next re-validation, is named after the service and keeps one UID per version', async () => {
    const { revalidationIcs } = await import('../../../../src/assessments/digital-service/ui/Revalidation');
    const doc = approved();
    const ics = revalidationIcs(doc, '2026-12-04', dsText('sv'), NOW);
    expect(ics).toContain('DTSTART;VALUE=DATE:20271204\r\n');
    expect(ics).toContain(`UID:${doc.id}-v1@kamerabedomning\r\n`);
    expect(ics).toContain(`SUMMARY:Omvalidering av ${doc.service.name}`);
    expect(ics).toContain('TRIGGER:-P30D');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});

describe('services due on home', () => {
  it('lists overdue first, leaves out drafts, unreadable documents and decisions a decided newer version replaced', async () => {
    const { dueServices } = await import('../../../../src/assessments/digital-service/home');
    const old = { ...approved(), id: 'old' };
    const soon = { ...approved(), id: 'soon', service: { ...approved().service, name: 'Snart' } };
    const replaced = { ...approved(), id: 'replaced' };
    const newer = startRevalidation(replaced, '2025-01-10', 'annual', 'newer', NOW, '2026-01-01');
    const records = [
      { doc: soon, decidedOn: '2025-12-20' },
      { doc: old, decidedOn: '2025-06-01' },
      { doc: replaced, decidedOn: '2025-01-10' },
      { doc: { ...newer, decision: { ...newer.decision, verdict: 'approve' } }, decidedOn: '2026-01-05' },
      { doc: { ...approved(), id: 'draft' }, decidedOn: null },
      { doc: { format: 'kamerabedomning/digital-service', id: 'forged' }, decidedOn: '2020-01-01' },
    ];
    expect(dueServices(records, TODAY).map((d) => [d.id, d.status])).toEqual([['old', 'overdue'], ['soon', 'due-soon']]);
  });
});
