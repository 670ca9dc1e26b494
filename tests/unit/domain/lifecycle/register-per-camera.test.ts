// (2026-12) The register shows each camera's own status: a rejected camera is "Avslagen" with the decision
// date, never "Pågår" or "Väntar på beslut"; an approval with changes is registered with what was decided.
import { describe, expect, it } from 'vitest';
import type { Chain } from '../../../../src/assessments/camera/domain';
import { defaultPolicy, presetWindows, registerCsv, registerEntries } from '../../../../src/assessments/camera/domain';
import { setVerdict } from '../../../../src/assessments/camera/machine/edits';
import { loadFixture } from '../helpers';
import { sign } from './chain';

const one = (a: Chain['assessment']): Chain[] => [{ assessment: a, versions: [a] }];

describe('register status per camera', () => {
  it('a decision approving one camera and rejecting the other: in force and rejected', async () => {
    let a = loadFixture('facade-night');
    a = setVerdict(a, 'cam-2', { verdict: 'reject', reason: 'Ingen händelse där.' })!;
    const signed = await sign(a, '2026-09-15');
    const entries = registerEntries(one(signed), '2026-11-23');
    expect(entries.map((e) => [e.cameraId, e.status, e.end])).toEqual([
      ['cam-1', 'in-force', ''],
      ['cam-2', 'rejected', '2026-09-15'],
    ]);
    const csv = registerCsv(entries, 'sv');
    const lines = csv.split(/\r?\n/);
    expect(lines.find((l) => l.includes('Kamera 2'))).toContain('Avslagen');
    expect(lines.find((l) => l.includes('Kamera 2'))).not.toContain('Pågår');
    expect(lines.find((l) => l.includes('Kamera 1'))).toContain('Pågår');
  });

  it('a camera rejected in a referred case is rejected, the others await the decision', async () => {
    let a = loadFixture('facade-night');
    a = setVerdict(a, 'cam-2', { verdict: 'reject' })!;
    const signed = await sign(a, '2026-09-15', 'referral');
    expect(registerEntries(one(signed), '2026-11-23').map((e) => e.status)).toEqual(['awaiting-review', 'rejected']);
  });

  it('an approval with changes registers the decided hours and retention', async () => {
    let a = loadFixture('facade-night');
    const hours = { preset: 'facadePractice' as const, windows: presetWindows('facadePractice', defaultPolicy, a.school.schoolDay), holidaysAsWeekend: true };
    a = setVerdict(a, 'cam-1', { verdict: 'approve-changed', changes: { hours, retentionHours: 24 } })!;
    const signed = await sign(a, '2026-09-15');
    const [first, second] = registerEntries(one(signed), '2026-11-23');
    expect(first!.retention.sv).toContain('24');
    expect(second!.retention.sv).not.toContain('24 timmar');
    expect(first!.status).toBe('in-force');
  });
});
