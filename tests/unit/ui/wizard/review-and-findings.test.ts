import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate } from '../../../../src/assessments/camera/domain';
import type { Finding } from '../../../../src/assessments/camera/domain';
import { findingsForStep, newSevereFindings } from '../../../../src/ui/findings/logic';
import { signoffProblems } from '../../../../src/ui/signoff/validate';
import { reviewSections } from '../../../../src/assessments/camera/ui/review/model';
import { translator } from '../../../../src/ui/i18n';
import { TODAY, clone, loadFixture } from '../../domain/helpers';

const sv = translator('sv');
const rows = (a = loadFixture('facade-night'), missing = new Set<string>()) =>
  reviewSections(a, sv, 'sv', missing).flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => ({ ...r, step: s.step, group: g.title }))));

describe('the review', () => {
  it('has a section for every step with answers, in order', () => {
    expect(reviewSections(loadFixture('facade-night'), sv, 'sv', new Set()).map((s) => s.step)).toEqual([
      'school',
      'problem',
      'measures',
      'cameras',
      'balancing',
      'data',
      'consultation',
    ]);
  });
  it('shows answers in words: choices, dates, numbers and hours', () => {
    const r = rows();
    const at = (path: string) => r.find((x) => x.path === path)?.value;
    expect(at('school.ownerType')).toBe('Kommunal');
    expect(at('school.decisionDate')).toBe('15 september 2026');
    expect(at('data.retentionHours')).toBe('72 timmar');
    expect(at('cameras.0.publicAccess')).toBe('Nej, inte allmän plats');
    expect(at('cameras.0.hours')).toBe('Vardagar 20–06, helger 17–07');
    expect(at('data.legalBasis')).toBe('Uppgift av allmänt intresse (artikel 6.1 e)');
  });
  it('shows the IMY checklist answers (video analytics, who is filmed outside school hours) in words', () => {
    const at = (path: string) => rows().find((x) => x.path === path)?.value;
    expect(at('cameras.0.analytics')).toBe('Ingen videoanalys');
    expect(at('cameras.0.offHoursPresence')).toBe('Obehöriga, till exempel inbrottstjuvar');
    expect(at('cameras.0.monitorSeenByOthers')).toBe('Ej tillämpligt');
  });
  it('marks the answers of a branch that does not apply as "Ej tillämpligt", keeping them in the document', () => {
    const a = clone(loadFixture('facade-night'));
    a.cameras[0]!.publicArea.othersPresent = 'Skrivet innan kameran bedömdes som icke allmän.';
    const r = rows(a).find((x) => x.path === 'cameras.0.publicArea.othersPresent');
    expect(r).toMatchObject({ value: 'Ej tillämpligt', notApplicable: true, missing: false });
    expect(a.cameras[0]!.publicArea.othersPresent).not.toBe('');
  });
  it('tells a required gap from an optional answer left empty', () => {
    const a = clone(loadFixture('facade-night'));
    a.balancing.reasoning = '';
    const missing = new Set(evaluate(a, defaultPolicy, TODAY).missing.map((m) => m.field));
    const r = rows(a, missing);
    expect(r.find((x) => x.path === 'balancing.reasoning')).toMatchObject({ value: 'Inte besvarat', missing: true });
    expect(r.find((x) => x.path === 'school.cameraPerson.phone')).toMatchObject({ value: 'Inte besvarat', missing: false, empty: true });
  });
});

describe('findings for the panels and the live region', () => {
  const changing = loadFixture('changing-room');
  const findings = evaluate(changing, defaultPolicy, TODAY).findings;
  it('announces only blocks and escalations that were not there before', () => {
    const fresh = newSevereFindings(new Set(), findings);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((f) => f.severity === 'block' || f.severity === 'escalate')).toBe(true);
    expect(newSevereFindings(new Set(findings.map((f) => f.key)), findings)).toEqual([]);
  });
  it("summarises a step's findings strongest first, and only the open camera's while one is open", () => {
    const cams = findingsForStep(findings, 'cameras');
    const order = { block: 0, escalate: 1, warn: 2, info: 3 } as const;
    expect(cams.map((f: Finding) => order[f.severity])).toEqual([...cams.map((f: Finding) => order[f.severity])].sort());
    const third = findingsForStep(findings, 'cameras', 'cameras.2');
    expect(third.length).toBeGreaterThan(0);
    expect(third.every((f) => f.field.startsWith('cameras.2.'))).toBe(true);
    expect(third.some((f) => f.ruleId === 'KB-H01-intimate-space')).toBe(true);
  });
});

describe('the sign-off form', () => {
  const filled = { name: 'Åsa Öberg', title: '', place: '', date: '2026-11-20', attested: true, method: 'typed' as const, image: '', typedName: 'Åsa Öberg' };
  it('accepts a filled form with a typed or a drawn signature', () => {
    expect(signoffProblems(filled)).toEqual([]);
    expect(signoffProblems({ ...filled, method: 'drawn', image: 'data:image/png;base64,AAAA', typedName: '' })).toEqual([]);
  });
  it('names each thing missing: name, a readable date, the attestation and the signature of the chosen kind', () => {
    const problems = signoffProblems({ ...filled, name: ' ', date: '20/11', attested: false, method: 'drawn' });
    expect(problems.map((p) => p.field)).toEqual(['name', 'date', 'attested', 'signature']);
    expect(problems.at(-1)?.message).toBe('sign.error.drawn');
  });
});
