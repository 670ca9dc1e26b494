// A failed lifecycle action (annual review, later decision, end) reports storage's reason, which the page says in the principal's language; the
// browser's English error text never reaches a Swedish sentence.
import { describe, expect, test } from 'vitest';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { emptyAssessment } from '../../../src/assessments/camera/domain';
import type { Services } from '../../../src/ui/services';
import { changeSigned, startReview } from '../../../src/assessments/camera/ui/lifecycle/actions';
import { reasonKey } from '../../../src/ui/session/reasons';
import { session } from '../../../src/ui/i18n/messages/session';

const doc: Assessment = emptyAssessment('a-1', new Date('2026-03-01T09:00:00Z'));
const quota = { ok: false as const, reason: 'quota' as const, error: 'QuotaExceededError: The quota has been exceeded.' };
const storage = {
  load: async () => ({ ok: true as const, assessment: doc, deletedAt: null, migratedFrom: null, notes: [] }),
  save: async () => quota,
} as unknown as Services['storage'];

describe('lifecycle actions', () => {
  test('a full disk while recording a later decision is reported as the reason, said in Swedish', async () => {
    const result = await changeSigned(storage, doc.id, (a) => a);
    expect(result).toEqual({ ok: false, reason: 'quota' });
    const key = reasonKey('quota');
    expect(key in session.sv && session.sv[key as keyof typeof session.sv]).toMatch(/fullt/);
  });

  test('starting the annual review reports the same way; a change that throws is an unknown reason', async () => {
    expect(await startReview(storage, doc)).toEqual({ ok: false, reason: 'quota' });
    expect(await changeSigned(storage, doc.id, () => { throw new Error('boom'); })).toEqual({ ok: false, reason: 'unknown' });
  });
});
