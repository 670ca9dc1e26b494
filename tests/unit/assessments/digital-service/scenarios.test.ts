// Each scenario of the domain brief (section 8) evaluates to the brief's outcome and rule ids.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/assessments/digital-service/evaluate';
import { serviceFixture, TODAY } from './fixtures';

interface Scenario {
  fixture: string;
  outcome: string;
  /** Every hard, routing and soft finding: exactly these. */
  findings: string[];
  /** Guidance that must be there (more may be). */
  guidance: string[];
  /** Guidance only: no finding stronger than info at all. */
  infoOnly?: boolean;
  missing?: string[];
}

const scenarios: Scenario[] = [
  { fixture: '01-free-quiz-app', outcome: 'blocked', guidance: ['DS-G01-art8'], findings: [
    'DS-H01-no-pub-avtal', 'DS-H02-vendor-own-purposes', 'DS-H10-dpia-missing', 'DS-S01-free-ad-funded',
    'DS-S02-own-accounts-under-13', 'DS-S03-dpf-only', 'DS-S05-telemetry', 'DS-S07-in-app-purchases', 'DS-S08-no-sso-mfa'] },
  { fixture: '02-workspace-principal', outcome: 'escalate', guidance: ['DS-G05-nis2', 'DS-G06-ai-literacy'], findings: [
    'DS-E01-platform', 'DS-E03-large-scale', 'DS-S04-foreign-law-secrecy', 'DS-S05-telemetry', 'DS-S06-generative-ai'] },
  { fixture: '03-workspace-administration', outcome: 'approve-with-conditions', guidance: [], findings: [
    'DS-S04-foreign-law-secrecy', 'DS-S05-telemetry', 'DS-S06-generative-ai'] },
  { fixture: '04-ai-chatbot', outcome: 'blocked', guidance: [], missing: ['transfer.locations'], findings: [
    'DS-H01-no-pub-avtal', 'DS-H02-vendor-own-purposes', 'DS-S06-generative-ai'] },
  { fixture: '05-swedish-lms', outcome: 'approve', guidance: ['DS-G04-archive', 'DS-G05-nis2'], findings: [], infoOnly: true },
  { fixture: '06-proctoring-emotion', outcome: 'blocked', guidance: [], findings: ['DS-H07-emotion-inference', 'DS-E04-high-risk-ai'] },
  { fixture: '07-reading-app-consent', outcome: 'blocked', guidance: ['DS-G01-art8'], findings: ['DS-H03-consent-mandatory'] },
  { fixture: '08-portfolio-special-needs', outcome: 'blocked', guidance: [], findings: ['DS-H05-special-not-cleared', 'DS-E02-sensitive'] },
  { fixture: '09-timer-website', outcome: 'approve', guidance: [], findings: [], infoOnly: true },
  { fixture: '10-revalidated-us-subprocessor', outcome: 'approve-with-conditions', guidance: [], findings: ['DS-S18-no-tia'] },
  { fixture: '11-teams-inherited-younger', outcome: 'escalate', guidance: [], findings: ['DS-E06-beyond-platform'] },
  { fixture: '12-teams-platform-discontinued', outcome: 'blocked', guidance: [], findings: [
    'DS-H14-inherited-not-in-force', 'DS-E06-beyond-platform'] },
];

describe('the brief\'s scenarios', () => {
  it.each(scenarios)('$fixture → $outcome', (s) => {
    const ev = evaluate(serviceFixture(s.fixture), TODAY);
    expect(ev.outcome).toBe(s.outcome);
    const strong = ev.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId);
    expect(strong.sort()).toEqual([...s.findings].sort());
    const info = ev.findings.filter((f) => f.severity === 'info').map((f) => f.ruleId);
    expect(info).toEqual(expect.arrayContaining(s.guidance));
    if (s.infoOnly) expect(strong).toEqual([]);
    if (s.fixture === '09-timer-website') expect(ev.findings).toEqual([]);
    expect(ev.missing.map((m) => m.path)).toEqual(s.missing ?? []);
  });

  it('names "vet inte" on where the data is stored as missing, with the rule that needs it', () => {
    const [m] = evaluate(serviceFixture('04-ai-chatbot'), TODAY).missing;
    expect(m).toMatchObject({ path: 'transfer.locations', reason: 'unknown', rules: ['DS-H06-transfer-no-mechanism'] });
  });

  it('the compliant base is approved with nothing to say', () => {
    const ev = evaluate(serviceFixture('00-compliant-base'), TODAY);
    expect(ev.outcome).toBe('approve');
    expect(ev.findings).toEqual([]);
    expect(ev.missing).toEqual([]);
  });
});
