// The register's filters: what a principal narrows the list to, and the address that keeps it over a
// reload. A hand-edited or foreign query filters nothing it does not understand and never throws.
import { describe, expect, it } from 'vitest';
import { applyFilter, filterFromHash, filterQuery, isFiltered, NO_FILTER, type RegisterFilter } from '../../../../src/assessments/digital-service/ui/filter';
import { registerRow } from '../../../../src/assessments/digital-service/ui/register';
import { dsText } from '../../../../src/assessments/digital-service/ui/text';
import { serviceFixture, TODAY } from './fixtures';

/** Four services: two approved (one with conditions still open), one rejected, one under review. */
function items() {
  const glos = serviceFixture('00-compliant-base'); // Glosappen, åk 4
  glos.decision.verdict = 'approve';
  const workspace = serviceFixture('03-workspace-administration'); // Google Workspace, åk 1–9, three conditions
  workspace.decision.verdict = 'approveWithConditions';
  const quiz = serviceFixture('01-free-quiz-app'); // Quizzly, åk 4
  quiz.decision.verdict = 'reject';
  const exam = serviceFixture('06-proctoring-emotion'); // ExamGuard, gymnasiet, not decided
  return [
    { doc: glos, row: registerRow(glos, '2026-11-01', TODAY) },
    { doc: workspace, row: registerRow(workspace, '2026-11-02', TODAY) },
    { doc: quiz, row: registerRow(quiz, '2026-11-03', TODAY) },
    { doc: exam, row: registerRow(exam, null, TODAY) },
  ];
}

const names = (f: Partial<RegisterFilter>) => applyFilter(items(), { ...NO_FILTER, ...f }).map((i) => i.row.title);

describe('register filters', () => {
  it('shows everything when nothing is filtered', () => {
    expect(names({})).toEqual(['Glosappen', 'Google Workspace for Education', 'Quizzly', 'ExamGuard']);
  });

  it('filters by status as the register names it', () => {
    expect(names({ status: 'approved' })).toEqual(['Glosappen']);
    expect(names({ status: 'approved-with-conditions' })).toEqual(['Google Workspace for Education']);
    expect(names({ status: 'rejected' })).toEqual(['Quizzly']);
    expect(names({ status: 'under-review' })).toEqual(['ExamGuard']);
    expect(names({ status: 'discontinued' })).toEqual([]);
  });

  it('filters by stage through the grades the service is used in', () => {
    expect(names({ stage: 'f-3' })).toEqual(['Google Workspace for Education']);
    expect(names({ stage: '4-6' })).toEqual(['Glosappen', 'Google Workspace for Education', 'Quizzly']);
    expect(names({ stage: 'gy' })).toEqual(['ExamGuard']);
  });

  it('keeps only services with open conditions or offboarding tasks', () => {
    expect(names({ open: true })).toEqual(['Google Workspace for Education']);
  });

  it('searches service name and vendor, in any case, every word', () => {
    expect(names({ text: 'glos' })).toEqual(['Glosappen']);
    expect(names({ text: 'ORDLEK' })).toEqual(['Glosappen']);
    expect(names({ text: 'google  ireland' })).toEqual(['Google Workspace for Education']);
    expect(names({ text: 'google sverige' })).toEqual([]);
  });

  it('combines the filters', () => {
    expect(names({ stage: '4-6', status: 'rejected', text: 'quiz' })).toEqual(['Quizzly']);
    expect(names({ stage: 'gy', status: 'approved' })).toEqual([]);
  });
});

describe('the filters in the address', () => {
  it('round-trips every filter through the hash query', () => {
    const f: RegisterFilter = { status: 'approved-with-conditions', stage: '7-9', open: true, text: 'Läs & skriv?' };
    const hash = `#/tjanster${filterQuery(f)}`;
    expect(filterFromHash(hash)).toEqual(f);
  });

  it('keeps the plain address when nothing is filtered', () => {
    expect(filterQuery(NO_FILTER)).toBe('');
    expect(filterFromHash('#/tjanster')).toEqual(NO_FILTER);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('ignores what it does not know, and never throws on a forged query', () => {
    expect(filterFromHash('#/tjanster?status=signed&stadium=1-9&villkor=ja&x=1')).toEqual(NO_FILTER);
    expect(filterFromHash('#/tjanster?sok=%E0%A4%A').text).toBe('\uFFFD%A'); // broken UTF-8 is read, not thrown
    expect(filterFromHash(`#/tjanster?sok=${'a'.repeat(5000)}`).text).toHaveLength(200);
    expect(filterFromHash('#/tjanster?status=approved&status=rejected').status).toBe('approved');
  });
});

describe('counts in words', () => {
  it('says one validation in the singular, several in the plural, in both languages', () => {
    const sv = dsText('sv');
    const en = dsText('en');
    expect(sv.n('plat.imported', 1, { title: 'Teams' })).toBe('Teams: 1 validering behöver granskas.');
    expect(sv.n('plat.imported', 2, { title: 'Teams' })).toBe('Teams: 2 valideringar behöver granskas.');
    expect(sv.n('plat.imported', 0, { title: 'Teams' })).toBe('Teams: 0 valideringar behöver granskas.');
    expect(en.n('plat.imported', 1, { title: 'Teams' })).toBe('Teams: 1 validation needs review.');
    expect(en.n('filter.shown', 4, { shown: 1 })).toBe('1 of 4 services shown.');
    expect(sv.n('filter.csvAll', 1)).toBe('Filen innehåller 1 tjänst.');
  });
});
