import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { Assessment, SignedRecord } from '../../../src/assessments/camera/domain';
import { defaultPolicy, documentMatchesRecord, recordIntact } from '../../../src/assessments/camera/domain';
import { wizardMachine } from '../../../src/assessments/camera/machine';
import { facadeNight, signoffDraft } from './fixture';
import { TODAY } from './helpers';

describe('signing keeps the record of what was signed', () => {
  it('the first save after signing carries the record, and it attests the signed document', async () => {
    const saves: { assessment: Assessment; signed?: SignedRecord }[] = [];
    const machine = wizardMachine.provide({ actions: { persist: (_, params) => void saves.push(params) } });
    const actor = createActor(machine, { input: { assessment: { ...facadeNight(), step: 'decision' }, policy: defaultPolicy, today: TODAY } }).start();
    actor.send({ type: 'sign.submit', signoff: signoffDraft() });
    await waitFor(actor, (s) => s.matches('signed'));
    const last = saves.at(-1);
    const record = last?.signed;
    if (!last || !record) throw new Error('the save after signing carried no record');
    expect(last.assessment.signoff?.fingerprint).toBe(record.fingerprint);
    expect(await recordIntact(record)).toBe(true);
    expect(documentMatchesRecord(last.assessment, record)).toBe(true);
    expect(actor.getSnapshot().context.signed).toEqual(record);
    actor.stop();
  });
});
