// Appending a read log and sorting change the document only with incidents restore() accepts; a forged
// event (bad date, duplicate id, unknown fields, too many) changes nothing.
import { describe, expect, it } from 'vitest';
import { emptyAssessment } from '../../../../src/assessments/camera/domain';
import type { Assessment, Incident } from '../../../../src/assessments/camera/domain';
import { appendIncidents, sortIncidentsByDate } from '../../../../src/assessments/camera/incidents';

const incident = (id: string, date: string): Incident => ({ id, date, time: '', place: 'Gården', type: 'graffiti', description: '', policeReportNumber: '', costSek: null });
const withIncidents = (list: Incident[]): Assessment => {
  const a = emptyAssessment('a-1', new Date('2026-12-01T00:00:00Z'));
  return { ...a, problem: { ...a.problem, incidents: list } };
};

describe('appending incidents', () => {
  it('appends after the existing ones, keeping only the incident fields', () => {
    const a = withIncidents([incident('x', '2026-10-01')]);
    const forged = { ...incident('y', '2026-11-01'), extra: 'ignored' } as Incident;
    const next = appendIncidents(a, [forged]);
    expect(next?.problem.incidents.map((i) => i.id)).toEqual(['x', 'y']);
    expect(next?.problem.incidents[1]).toEqual(incident('y', '2026-11-01'));
  });
  it('refuses the whole log when one incident is wrong', () => {
    const a = withIncidents([incident('x', '2026-10-01')]);
    expect(appendIncidents(a, [incident('y', '2026-11-01'), incident('z', '4/12 2026')])).toBeNull();
    expect(appendIncidents(a, [incident('x', '2026-11-01')])).toBeNull();
    expect(appendIncidents(a, [incident('y', '2026-11-01'), incident('y', '2026-11-02')])).toBeNull();
    expect(appendIncidents(a, [{ ...incident('y', ''), costSek: -1 }])).toBeNull();
    expect(appendIncidents(a, [])).toBeNull();
    expect(appendIncidents(a, Array.from({ length: 5000 }, (_, i) => incident(`n${i}`, '')))).toBeNull();
  });
});

describe('sorting incidents', () => {
  it('orders oldest first and reports no change when already in order', () => {
    const a = withIncidents([incident('b', '2026-11-01'), incident('a', '2026-10-01')]);
    const sorted = sortIncidentsByDate(a);
    expect(sorted?.problem.incidents.map((i) => i.id)).toEqual(['a', 'b']);
    expect(sorted && sortIncidentsByDate(sorted)).toBeNull();
  });
});
