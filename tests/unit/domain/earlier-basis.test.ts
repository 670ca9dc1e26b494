// The earlier basis (an IMY permit or earlier decision behind cameras already filming) is optional:
// older files stay without it, a filled one round-trips, and a forged one is refused in Swedish.
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FORMAT, SCHEMA_VERSION, restore } from '../../../src/assessments/camera/domain';
import { allFixtureFiles } from './helpers';

const minimal = { format: ASSESSMENT_FORMAT, schemaVersion: SCHEMA_VERSION, id: 'a-1' };

describe('earlier basis', () => {
  it.each(allFixtureFiles())('%s restores without an earlier basis', (_name, json) => {
    const r = restore(json);
    expect(r.ok && 'earlierBasis' in r.value.school).toBe(false);
  });

  it('round-trips an IMY permit with its diarienummer and date', () => {
    const earlierBasis = { kind: 'imyPermit', reference: 'DI-2019-1234', date: '2019-05-20' };
    const r = restore({ ...minimal, school: { earlierBasis } });
    expect(r.ok && r.value.school.earlierBasis).toEqual(earlierBasis);
    if (!r.ok) return;
    const again = restore(JSON.parse(JSON.stringify(r.value)));
    expect(again.ok && again.value).toEqual(r.value);
  });

  it('refuses a forged kind or date with a Swedish message and gives nothing back', () => {
    for (const earlierBasis of [
      { kind: 'tillstånd', reference: 'x', date: '2019-05-20' },
      { kind: 'imyPermit', reference: 'x', date: '20/5/2019' },
      { kind: 'imyPermit', reference: 'x'.repeat(501), date: '' },
      'DI-2019-1234',
    ]) {
      const r = restore({ ...minimal, school: { earlierBasis } });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.problems[0]?.path).toMatch(/^school\.earlierBasis/);
      expect(r.problems[0]?.message.sv).not.toMatch(/earlierBasis/);
    }
  });
});
