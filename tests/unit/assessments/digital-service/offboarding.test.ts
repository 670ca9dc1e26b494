// Avveckla tjänsten: the record is kept, three tasks with owner and date are created, the register says
// "Avvecklad" with the open tasks, and an older file without the field still restores unchanged.
import { describe, expect, it } from 'vitest';
import { discontinue, openOffboarding } from '../../../../src/assessments/digital-service/offboarding';
import { parseDocument } from '../../../../src/assessments/digital-service/schema';
import { registerCsv, registerRow } from '../../../../src/assessments/digital-service/ui/register';
import { allFixtures, serviceFixture, TODAY } from './fixtures';

describe('discontinuing a service', () => {
  it('keeps every answer, adds three tasks owned by the offboarding owner and due in a month', () => {
    const doc = { ...serviceFixture('05-swedish-lms') };
    doc.decision = { ...doc.decision, offboardingOwner: 'Anna IKT', serviceOwner: 'Bo Rektor' };
    const ended = discontinue(doc, TODAY);
    expect({ ...ended, discontinued: undefined }).toEqual({ ...doc, discontinued: undefined });
    expect(ended.discontinued?.on).toBe(TODAY);
    expect(ended.discontinued?.tasks).toEqual([
      { task: 'accountsDeleted', owner: 'Anna IKT', due: '2027-01-04', done: false },
      { task: 'dataReturned', owner: 'Anna IKT', due: '2027-01-04', done: false },
      { task: 'deletionConfirmed', owner: 'Anna IKT', due: '2027-01-04', done: false },
    ]);
    expect(parseDocument(ended).ok).toBe(true);
    expect(discontinue(ended, '2027-05-01')).toBe(ended);
  });

  it('the register shows it Avvecklad with its open tasks, and a done task leaves the list', () => {
    const ended = discontinue(serviceFixture('05-swedish-lms'), TODAY);
    const row = registerRow(ended, '2026-11-02', TODAY);
    expect(row.status).toBe('discontinued');
    expect(row.openOffboarding).toHaveLength(3);
    const csv = registerCsv([row], 'sv');
    expect(csv).toContain('Avvecklad');
    expect(csv).toContain('Leverantören har bekräftat att uppgifterna är raderade');
    const tasks = ended.discontinued?.tasks.map((t, n) => (n === 0 ? { ...t, done: true } : t)) ?? [];
    const one = { ...ended, discontinued: { on: TODAY, tasks } };
    expect(openOffboarding(one).map((t) => t.task)).toEqual(['dataReturned', 'deletionConfirmed']);
  });

  it('older files without the new fields restore unchanged; a forged task is refused', () => {
    for (const doc of allFixtures()) {
      expect(doc.discontinued).toBeUndefined();
      expect(registerRow(doc, null, TODAY).openOffboarding).toEqual([]);
    }
    const ended = discontinue(serviceFixture('05-swedish-lms'), TODAY);
    const forged = { ...ended, discontinued: { on: TODAY, tasks: [{ task: 'rm -rf', owner: '', due: '', done: false }] } };
    expect(parseDocument(forged).ok).toBe(false);
  });
});
