// The service register's CSV and the guardians' list: Excel-ready (BOM, ';', CRLF), and the public list
// carries only public fields — no owner, staff names, DPIA, contract, security or internal conditions.
import { describe, expect, it } from 'vitest';
import { startRevalidation } from '../../../../src/assessments/digital-service/lifecycle';
import { currentItems, publicCsv, publicList, registerCsv, registerRow } from '../../../../src/assessments/digital-service/ui/register';
import { serviceFixture } from './fixtures';

const TODAY = '2026-12-05';

/** Scenario 3 approved with conditions, one condition made public; and scenario 1, rejected. */
function items() {
  const approved = serviceFixture('03-workspace-administration');
  approved.decision.verdict = 'approveWithConditions';
  approved.decision.conditions[2]!.public = 'yes';
  const rejected = serviceFixture('01-free-quiz-app');
  rejected.decision.verdict = 'reject';
  return [approved, rejected].map((doc) => ({ doc, row: registerRow(doc, '2026-12-01', TODAY) }));
}

const cells = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(';'));

describe('register CSV', () => {
  it('is UTF-8 with a BOM, semicolons and CRLF, one row per validation, with status, owner and open conditions', () => {
    const csv = registerCsv(items().map((i) => i.row), 'sv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = cells(csv);
    expect(header).toContain('Tjänsteansvarig');
    expect(rows).toHaveLength(2);
    expect(csv).toContain('Godkänd med villkor');
    expect(csv).toContain('Nekad');
    expect(csv).toContain('Karin Lärare');
    expect(csv).toContain('Stäng av diagnostikdata till Google.');
  });

  it("carries the decision's diarienummer beside its date, empty until the registry gives one", () => {
    const [approved, rejected] = items();
    approved!.doc.decision.registryNumber = ' BUN 2026/117 ';
    const [header, first, second] = cells(registerCsv([registerRow(approved!.doc, '2026-12-01', TODAY), rejected!.row], 'sv'));
    const column = header!.indexOf('Diarienummer');
    expect(header![column - 1]).toBe('Beslutsdatum');
    expect(first![column]).toBe('BUN 2026/117');
    expect(second![column]).toBe('');
  });
});

describe('register after a re-validation', () => {
  it('shows the version in force and the one under review, then only the newer once it is decided', () => {
    const [first] = items();
    const v1 = first!.doc;
    const v2 = startRevalidation(v1, '2026-12-01', 'incident', 'ds-v2', new Date('2027-03-01T08:00:00Z'), '2027-03-01');
    const v1Item = { doc: v1, row: registerRow(v1, '2026-12-01', TODAY) };
    const pending = { doc: v2, row: registerRow(v2, null, TODAY) };
    expect(currentItems([v1Item, pending]).map((i) => i.doc.id)).toEqual([v1.id, 'ds-v2']);
    const decided = { doc: v2, row: registerRow(v2, '2027-03-05', TODAY) };
    expect(currentItems([v1Item, decided]).map((i) => i.doc.id)).toEqual(['ds-v2']);
    const [header, row] = cells(registerCsv([decided.row], 'sv'));
    expect(header?.slice(-2)).toEqual(['Version', 'Omvalidering']);
    expect(row?.slice(-2)).toEqual(['2', 'Incident']);
  });

  it('marks an approval whose re-validation is overdue', () => {
    const [first] = items();
    first!.doc.decision.nextReview = '';
    expect(registerRow(first!.doc, '2025-11-01', TODAY).due).toBe('overdue');
    expect(registerRow(first!.doc, '2026-12-01', TODAY).due).toBe('not-due');
  });
});

describe("guardians' list", () => {
  const list = publicList(items());
  const csv = publicCsv(list, 'sv');

  it('lists approved services only, with purpose, data categories and the link to the privacy notice', () => {
    expect(list.map((r) => r.status)).toEqual(['approved-with-conditions']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = cells(csv);
    expect(header).toEqual(['Tjänst', 'Leverantör', 'Syfte', 'Årskurser', 'Personuppgifter', 'Status', 'Villkor', 'Lagras utanför EU/EES', 'Leverantörens information om personuppgifter', 'Nästa omvalidering']);
    expect(row?.[0]).toBe(items()[0]!.doc.service.name);
    expect(csv).toContain(items()[0]!.doc.service.purpose);
    expect(csv).toContain('https://example.se/skolan/tjanster');
    expect(csv).toContain('Gemini stängs av');
  });

  it('contains no internal field: no owner, staff names, DPIA, contract, security answers or internal conditions', () => {
    const doc = items()[0]!.doc;
    const internal = [
      doc.decision.serviceOwner,
      doc.decision.deciderName,
      doc.decision.reasons,
      doc.decision.delegation,
      doc.decision.offboarding,
      doc.dpia.source,
      doc.contract.dpaRef,
      doc.contract.dpaSignedBy,
      ...doc.contract.subprocessors.map((s) => s.name),
      ...doc.decision.conditions.filter((c) => c.public !== 'yes').map((c) => c.text),
      ...doc.decision.conditions.map((c) => c.owner),
      ...doc.decision.conditions.map((c) => c.ruleId),
      doc.service.requesterName,
      doc.roles.dpoAdvice,
    ].filter((s) => s.trim() !== '');
    expect(internal.length).toBeGreaterThan(10);
    for (const secret of internal) expect(csv, secret).not.toContain(secret);
    // The rejected service and its reasons stay out too.
    expect(csv).not.toContain(items()[1]!.doc.service.name);
    for (const row of list) {
      expect(Object.keys(row).sort()).toEqual(['categories', 'conditions', 'grades', 'nextReview', 'noticeUrl', 'outsideEea', 'purpose', 'service', 'status', 'vendor']);
    }
  });
});
