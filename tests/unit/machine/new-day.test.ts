// A wizard left open past midnight judges by the new day: the page's clock sends clock.today, the rules run on
// it, and a save follows only when what storage keeps for the list would read differently.
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { defaultPolicy } from '../../../src/assessments/camera/domain';
import { summarize } from '../../../src/assessments/camera/summarize';
import { facadeNight, signoffDraft } from './fixture';
import { TODAY, draft, start } from './helpers';

const TOMORROW = '2026-03-03';
const ruleIds = (w: ReturnType<typeof start>) => w.snap().context.evaluation.findings.map((f) => f.ruleId);

describe('a new day in an open camera wizard', () => {
  it('re-evaluates on the new day: a decision dated tomorrow is no longer in the future', () => {
    const w = start({ ...facadeNight(), school: { ...facadeNight().school, decisionDate: TOMORROW } });
    expect(ruleIds(w)).toContain('KB-S32-decision-date-future');

    w.send({ type: 'clock.today', today: TOMORROW });

    expect(w.snap().context.today).toBe(TOMORROW);
    expect(ruleIds(w)).not.toContain('KB-S32-decision-date-future');
  });

  it('saves nothing when the list entry reads the same on the new day', () => {
    const a = { ...facadeNight(), school: { ...facadeNight().school, decisionDate: '2026-02-20' } };
    expect(summarize(a, defaultPolicy, TOMORROW)).toEqual(summarize(a, defaultPolicy, TODAY));
    const w = start(a);
    const before = w.saved.length;

    w.send({ type: 'clock.today', today: TOMORROW });

    expect(w.snap().context.today).toBe(TOMORROW);
    expect(w.saved.length).toBe(before);
  });

  it('saves a draft without a decision date nothing for a new day: its list entry names no review date to move', () => {
    // Its proposed next review counts from today, but a draft owes no review: the list stores none for it.
    const a = draft();
    expect(summarize(a, defaultPolicy, TOMORROW)).toEqual(summarize(a, defaultPolicy, TODAY));
    const w = start(a);
    const before = w.saved.length;
    const doc = w.doc();

    w.send({ type: 'clock.today', today: TOMORROW });

    expect(w.snap().context.today).toBe(TOMORROW);
    expect(w.saved.length).toBe(before);
    expect(w.doc()).toBe(doc);
  });

  it('never saves a signed assessment for a new day, and leaves its bytes and fingerprint as signed', async () => {
    const w = start(facadeNight());
    w.send({ type: 'sign.submit', signoff: signoffDraft() });
    await waitFor(w.actor, (s) => s.matches('signed'));
    const signed = w.doc();
    const bytes = JSON.stringify(signed);
    const saves = w.saved.length;

    w.send({ type: 'clock.today', today: TOMORROW });
    w.send({ type: 'clock.today', today: '2027-03-03' });

    expect(w.snap().context.today).toBe('2027-03-03');
    expect(w.saved.length).toBe(saves);
    expect(w.doc()).toBe(signed);
    expect(JSON.stringify(w.doc())).toBe(bytes);
    expect(w.doc().signoff?.fingerprint).toBe(signed.signoff?.fingerprint);
  });

  it('signs with the new day as the default date', async () => {
    const w = start(facadeNight());
    w.send({ type: 'clock.today', today: TOMORROW });
    w.send({ type: 'sign.submit', signoff: signoffDraft({ date: '' }) });
    await waitFor(w.actor, (s) => s.matches('signed'));
    expect(w.doc().signoff?.date).toBe(TOMORROW);
  });
});
