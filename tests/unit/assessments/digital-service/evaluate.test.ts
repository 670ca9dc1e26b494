// The outcome is derived, strongest first; conditions become tasks; answers that no longer apply decide nothing.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { OUTCOMES, outcomeOf, VERDICTS } from '../../../../src/assessments/digital-service/outcomes';
import { summarize } from '../../../../src/assessments/digital-service/summarize';
import { en } from '../../../../src/assessments/digital-service/messages/en';
import { sv } from '../../../../src/assessments/digital-service/messages/sv';
import { revalidationTriggers, TRIGGERS } from '../../../../src/assessments/digital-service/revalidation';
import { KIND_ID } from '../../../../src/assessments/digital-service/schema';
import { serviceFixture, TODAY } from './fixtures';

describe('digital-service outcome', () => {
  it('follows the brief\'s precedence', () => {
    const block = { severity: 'block' as const };
    const dpiaFirst = { severity: 'block' as const, leadsTo: 'dpia-first' as const };
    expect(outcomeOf([dpiaFirst, block], 1)).toBe('blocked');
    expect(outcomeOf([dpiaFirst, { severity: 'escalate' }], 1)).toBe('dpia-first');
    expect(outcomeOf([{ severity: 'escalate' }], 1)).toBe('incomplete');
    expect(outcomeOf([{ severity: 'warn' }, { severity: 'escalate' }], 0)).toBe('escalate');
    expect(outcomeOf([{ severity: 'warn' }, { severity: 'info' }], 0)).toBe('approve-with-conditions');
    expect(outcomeOf([{ severity: 'info' }], 0)).toBe('approve');
    expect(OUTCOMES).toHaveLength(6);
  });

  it('offers only the verdicts the outcome allows', () => {
    expect(evaluate(serviceFixture('01-free-quiz-app'), TODAY).verdicts).toEqual(['reject']);
    expect(evaluate(serviceFixture('02-workspace-principal'), TODAY).verdicts).toEqual(['refer']);
    expect(VERDICTS['dpia-first']).toEqual([]);
  });

  it('sends an independent school\'s referral to the huvudman, never "förvaltningen"', () => {
    const doc = serviceFixture('02-workspace-principal');
    expect(sv[evaluate(doc, TODAY).outcomeNameKey]).toBe('Skickas till förvaltningen');
    doc.roles.ownerType = 'independent';
    const ev = evaluate(doc, TODAY);
    expect(ev.outcome).toBe('escalate');
    expect(sv[ev.outcomeNameKey]).toBe('Skickas till huvudmannen');
  });

  it('turns an approval\'s conditions into tasks with owner and date, and names warnings none answers', () => {
    const doc = serviceFixture('03-workspace-administration');
    const ev = evaluate(doc, TODAY);
    expect(ev.conditions).toHaveLength(3);
    for (const c of ev.conditions) expect(c).toMatchObject({ owner: 'IT-chef Lena', due: '2027-02-01', done: false });
    expect(ev.unansweredWarnings).toEqual([]);
    doc.decision.conditions.pop();
    expect(evaluate(doc, TODAY).unansweredWarnings).toEqual(['DS-S06-generative-ai']);
  });

  it('a condition without owner or date leaves the validation incomplete', () => {
    const doc = serviceFixture('03-workspace-administration');
    doc.decision.conditions[0]!.owner = '';
    const ev = evaluate(doc, TODAY);
    expect(ev.outcome).toBe('incomplete');
    expect(ev.missing.map((m) => m.path)).toEqual(['decision.conditions.0.owner']);
  });

  it('answers kept from a branch that no longer applies decide nothing', () => {
    const doc = serviceFixture('09-timer-website');
    doc.contract.dpa = 'none';
    doc.contract.ownPurposes = 'yes';
    doc.security.mfa = 'no';
    expect(evaluate(doc, TODAY).findings).toEqual([]);
    doc.data.personalData = 'yes';
    expect(evaluate(doc, TODAY).findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['DS-H01-no-pub-avtal', 'DS-H02-vendor-own-purposes', 'DS-S08-no-sso-mfa']),
    );
  });

  it('"vet inte" on an answer a rule needs keeps it incomplete and names the rule', () => {
    const doc = serviceFixture('00-compliant-base');
    doc.contract.deletionAtEnd = 'unknown';
    const ev = evaluate(doc, TODAY);
    expect(ev.outcome).toBe('incomplete');
    expect(ev.missing).toEqual([{ path: 'contract.deletionAtEnd', template: 'contract.deletionAtEnd', reason: 'unknown', rules: ['DS-H11-no-deletion-at-end'] }]);
  });

  it('"vet inte" where the brief allows it is an answer', () => {
    const doc = serviceFixture('00-compliant-base');
    doc.transfer.foreignLaw = 'unknown';
    doc.rights.archive = 'unknown';
    expect(evaluate(doc, TODAY).outcome).toBe('approve');
  });
});

describe('digital-service register summary', () => {
  const signing = { signedOn: '2026-12-01', endedOn: null };

  it('gives status, owner, ages, data, next review and open conditions', () => {
    const doc = serviceFixture('03-workspace-administration');
    doc.decision.verdict = 'approveWithConditions';
    doc.decision.conditions[0]!.done = 'yes';
    const s = summarize(doc, evaluate(doc, TODAY), signing);
    expect(s).toMatchObject({
      status: 'approved-with-conditions', owner: 'Karin Lärare', youngestAge: 6, nextReview: '2027-12-01', sensitive: false,
      title: 'Google Workspace for Education', categories: doc.data.categories, grades: doc.service.grades,
    });
    expect(s.openConditions.map((c) => c.ruleId)).toEqual(['DS-S05-telemetry', 'DS-S06-generative-ai']);
  });

  it('is under review until signed, discontinued once ended, and reviewed a year after signing by default', () => {
    const doc = serviceFixture('05-swedish-lms');
    doc.decision.nextReview = '';
    doc.decision.verdict = 'approve';
    const ev = evaluate(doc, TODAY);
    expect(summarize(doc, ev, { signedOn: null, endedOn: null })).toMatchObject({ status: 'under-review', nextReview: '' });
    expect(summarize(doc, ev, signing)).toMatchObject({ status: 'approved', nextReview: '2027-12-01', sensitive: true });
    expect(summarize(doc, ev, { ...signing, endedOn: '2027-01-10' }).status).toBe('discontinued');
  });

  it('names the platform validation a school validation inherits from', () => {
    const doc = serviceFixture('11-teams-inherited-younger');
    expect(summarize(doc, evaluate(doc, TODAY), signing).inheritedFrom).toBe('ds-platform-m365');
  });
});

describe('digital-service kind', () => {
  it('loads each language\'s messages on demand, with the outcome names the evaluation points at', async () => {
    const { digitalService } = await import('../../../../src/assessments/digital-service');
    const [svCat, enCat] = await Promise.all([digitalService.messages.sv(), digitalService.messages.en()]);
    const ev = digitalService.evaluate(serviceFixture('06-proctoring-emotion'), TODAY);
    expect([svCat[ev.outcomeNameKey], enCat[ev.outcomeNameKey]]).toEqual(['Kan inte godkännas', 'Cannot be approved']);
    expect(digitalService.parse(digitalService.empty('x', new Date('2026-12-04T10:00:00Z'))).ok).toBe(true);
  });
});

describe('digital-service re-validation triggers', () => {
  it('flags scenario 10: new terms, a US sub-processor and a changed transfer; re-validated it needs conditions', () => {
    const before = serviceFixture('00-compliant-base');
    const after = serviceFixture('10-revalidated-us-subprocessor');
    expect(revalidationTriggers(before, after)).toEqual(['newTerms', 'newSubprocessor', 'transferChanged']);
    expect(evaluate(after, TODAY).outcome).toBe('approve-with-conditions');
  });

  it('flags new use and a changed platform validation, and nothing when nothing changed', () => {
    const before = serviceFixture('11-teams-inherited-younger');
    expect(revalidationTriggers(before, serviceFixture('11-teams-inherited-younger'))).toEqual([]);
    const after = serviceFixture('11-teams-inherited-younger');
    after.service.youngestAge = 9;
    after.data.categories.push('location');
    after.safety.generativeAi = 'yes';
    after.platform.status = 'discontinued';
    expect(revalidationTriggers(before, after)).toEqual(['youngerPupils', 'newData', 'newAi', 'platformChanged']);
  });

  it('names every trigger in sv and en', () => {
    for (const t of TRIGGERS) expect([sv[`${KIND_ID}.trigger.${t}`], en[`${KIND_ID}.trigger.${t}`]].every(Boolean)).toBe(true);
  });
});
