// Every rule fires on exactly the change that should trigger it, from a compliant validation that fires
// nothing; deleting or breaking a rule fails its own test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { rulebook } from '../../../../src/assessments/digital-service/rules';
import type { ServiceDoc } from '../../../../src/assessments/digital-service/schema';
import { serviceFixture, TODAY } from './fixtures';

type Change = (d: ServiceDoc) => void;
const inherit: Change = (d) => {
  d.service.inherits = 'yes';
  Object.assign(d.platform, { id: 'p1', status: 'approved', youngestAge: 6, categories: ['name', 'work'], specialCleared: 'no', generativeAi: 'no', highRiskAi: 'no', nextReview: '2027-06-01' });
};
const dpo: Change = (d) => { d.roles.dpoAdvice = 'Råd.'; d.roles.dpoAdviceDate = '2026-11-01'; };
const ownDpia: Change = (d) => { d.dpia.exists = 'own'; d.dpia.date = '2026-01-01'; d.dpia.residualRisk = 'no'; dpo(d); };

const triggers: Record<string, Change[]> = {
  'DS-H01-no-pub-avtal': [(d) => { d.contract.dpa = 'none'; }],
  'DS-H02-vendor-own-purposes': [(d) => { d.contract.ownPurposes = 'yes'; }],
  'DS-H03-consent-mandatory': [(d) => { d.roles.legalBasis = 'consent'; }],
  'DS-H04-basis-public-body': [(d) => { d.roles.legalBasis = 'legitimateInterest'; }],
  'DS-H05-special-not-cleared': [ownDpia, (d) => { d.data.special = 'yes'; d.data.clearedForSensitive = 'no'; d.decision.level = 'administration'; }],
  'DS-H06-transfer-no-mechanism': [(d) => { d.transfer.locations = ['thirdCountry']; d.transfer.mechanisms = ['art49']; }],
  'DS-H07-emotion-inference': [ownDpia, (d) => { d.safety.emotionInference = 'yes'; }],
  'DS-H08-biometric-categorisation': [(d) => { d.safety.biometricCategorisation = 'yes'; }],
  'DS-H09-biometric-identification': [ownDpia, (d) => { d.safety.biometricId = 'yes'; }],
  'DS-H10-dpia-missing': [(d) => { d.data.profiling = 'yes'; }],
  'DS-H11-no-deletion-at-end': [(d) => { d.contract.deletionAtEnd = 'no'; }],
  'DS-H12-no-role-access': [(d) => { d.data.categories.push('grades'); d.security.roleAccess = 'no'; }],
  'DS-H13-protected-identity': [ownDpia, (d) => { d.data.protectedIdentity = 'yes'; d.security.shielding = 'no'; d.decision.level = 'administration'; }],
  'DS-H14-inherited-not-in-force': [inherit, (d) => { d.platform.status = 'rejected'; }],
  'DS-E01-platform': [dpo, (d) => { d.service.kind = 'admin'; }],
  'DS-E02-sensitive': [ownDpia, (d) => { d.data.protectedIdentity = 'yes'; d.security.shielding = 'yes'; }],
  'DS-E03-large-scale': [ownDpia, (d) => { d.service.pupilCount = 1000; }],
  'DS-E04-high-risk-ai': [ownDpia, (d) => { d.safety.automatedDecisions = 'yes'; }],
  'DS-E05-residual-risk': [ownDpia, (d) => { d.data.profiling = 'yes'; d.dpia.residualRisk = 'yes'; d.decision.level = 'administration'; }],
  'DS-E06-beyond-platform': [inherit, dpo, (d) => { d.data.categories.push('location'); d.dpia.exists = 'reused'; d.dpia.date = '2026-01-01'; d.dpia.residualRisk = 'no'; }],
  'DS-E07-vendor-controller': [dpo, (d) => { d.roles.vendorRole = 'controller'; }],
  'DS-S01-free-ad-funded': [(d) => { d.service.funding = 'adFunded'; }],
  'DS-S02-own-accounts-under-13': [(d) => { d.roles.ownAccount = 'yes'; }],
  'DS-S03-dpf-only': [(d) => { d.transfer.locations = ['usa']; d.transfer.mechanisms = ['dpf']; }],
  'DS-S04-foreign-law-secrecy': [(d) => { d.transfer.foreignLaw = 'yes'; d.data.categories.push('results'); }],
  'DS-S05-telemetry': [ownDpia, (d) => { d.safety.telemetry = 'yes'; }],
  'DS-S06-generative-ai': [ownDpia, (d) => { d.safety.generativeAi = 'yes'; }],
  'DS-S07-in-app-purchases': [(d) => { d.safety.purchases = 'yes'; }],
  'DS-S08-no-sso-mfa': [(d) => { d.security.mfa = 'no'; }],
  'DS-S09-old-sector-dpia': [(d) => { d.dpia.exists = 'reused'; d.dpia.date = '2024-12-03'; d.dpia.residualRisk = 'no'; }],
  'DS-S10-no-offboarding': [(d) => { d.decision.offboarding = '  '; }],
  'DS-S11-strangers': [(d) => { d.safety.strangers = 'yes'; d.safety.abuseHandling = 'Blockering.'; }],
  'DS-S12-age-limit': [(d) => { d.safety.ageLimit = 13; }],
  'DS-S13-unilateral-terms': [(d) => { d.contract.unilateralChange = 'yes'; }],
  'DS-S14-subprocessors': [(d) => { d.contract.subprocessorsKnown = 'no'; }],
  'DS-S15-information-rights': [(d) => { d.rights.rightsHandled = 'no'; }],
  'DS-S16-accounts-policy': [(d) => { d.security.accountRules = 'no'; }],
  'DS-S17-security-gaps': [(d) => { d.security.breachNotice = 'no'; }],
  'DS-S18-no-tia': [(d) => { d.transfer.locations = ['usa']; d.transfer.mechanisms = ['bcr']; d.transfer.tia = 'no'; }],
  'DS-S19-inherited-overdue': [inherit, (d) => { d.platform.nextReview = '2026-12-03'; }],
  'DS-G01-art8': [(d) => { d.service.mandatory = 'optional'; d.roles.legalBasis = 'consent'; }],
  'DS-G02-bullying-plan': [(d) => { d.safety.strangers = 'schoolOnly'; d.safety.abuseHandling = 'Moderering.'; }],
  'DS-G03-minimise': [(d) => { d.data.withoutAccounts = 'yes'; }],
  'DS-G04-archive': [(d) => { d.rights.archive = 'yes'; }],
  'DS-G05-nis2': [dpo, (d) => { d.service.kind = 'admin'; d.decision.level = 'administration'; }],
  'DS-G06-ai-literacy': [ownDpia, (d) => { d.safety.generativeAi = 'yes'; }],
  'DS-G07-records': [(d) => { d.rights.inRecords = 'no'; }],
};

const fired = (d: ServiceDoc, today = TODAY) => evaluate(d, today).findings.map((f) => f.ruleId);

describe('the digital-service rulebook', () => {
  it('has a trigger for every rule and no trigger for a rule it lacks', () => {
    expect(Object.keys(triggers).sort()).toEqual(rulebook.map((r) => r.id).sort());
  });

  it('the compliant base fires nothing', () => {
    expect(fired(serviceFixture('00-compliant-base'))).toEqual([]);
  });

  it.each(rulebook.map((r) => [r.id] as const))('%s fires on its trigger', (id) => {
    const doc = serviceFixture('00-compliant-base');
    for (const change of triggers[id] ?? []) change(doc);
    expect(fired(doc)).toContain(id);
  });

  it('every rule has a unique DS id, a source, a checked date and a link or a policy source', () => {
    expect(new Set(rulebook.map((r) => r.id)).size).toBe(rulebook.length);
    for (const r of rulebook) {
      expect(r.id).toMatch(/^DS-[HESG]\d\d-[a-z0-9-]+$/);
      expect(r.source.length).toBeGreaterThan(2);
      expect(r.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.url === '') expect(r.source).toMatch(/policy|villkor|Salem/);
      else expect(r.url).toMatch(/^https:\/\//);
    }
  });

  it('routing waits for the förvaltning: a decision at that level is not sent on, except residual risk', () => {
    const doc = serviceFixture('00-compliant-base');
    for (const change of triggers['DS-E01-platform'] ?? []) change(doc);
    doc.decision.level = 'administration';
    expect(fired(doc)).not.toContain('DS-E01-platform');
  });

  it('a DPIA judged not needed, with the reason and the DPO\'s agreement, is no DPIA-first', () => {
    const doc = serviceFixture('00-compliant-base');
    for (const change of [...(triggers['DS-H10-dpia-missing'] ?? []), dpo]) change(doc);
    expect(fired(doc)).not.toContain('DS-H10-dpia-missing');
    doc.dpia.exists = 'none';
    expect(evaluate(doc, TODAY).outcome).toBe('dpia-first');
  });

  it('a reused DPIA exactly two years old is not yet flagged', () => {
    const doc = serviceFixture('00-compliant-base');
    for (const change of triggers['DS-S09-old-sector-dpia'] ?? []) change(doc);
    expect(fired(doc, '2026-12-03')).not.toContain('DS-S09-old-sector-dpia');
  });
});

describe('docs/rules-digital-service.md', () => {
  it('lists every rule with its severity', () => {
    const doc = readFileSync(new URL('../../../../docs/rules-digital-service.md', import.meta.url), 'utf8');
    for (const r of rulebook) expect(doc).toContain(`| ${r.id} | ${r.severity} |`);
  });
});
