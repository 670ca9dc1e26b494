// One document chosen for import: found by its `format`, restored by its kind, and a broken one named by
// where in the file it breaks, with nothing planned.
import { describe, expect, it } from 'vitest';
import { emptyAssessment } from '../../../../src/assessments/camera/domain';
import type { Assessment } from '../../../../src/assessments/camera/domain';
import { readImportFile } from '../../../../src/ui/settings/readImportFile';
import type { Services } from '../../../../src/ui/services';

function fakeServices(carried: Assessment[][]): Services {
  const storage = {
    MAX_BACKUP_CHARS: 1_000_000,
    parseBackup: async (text: string) => ({ ok: true as const, plan: { text } }),
  };
  const services = {
    storage,
    backupOf: async (assessments: Assessment[]) => {
      carried.push(assessments);
      return { fileName: 'x.json', text: 'one-document backup' };
    },
  };
  // The reader uses only these members; the rest of Services is not reached.
  return services as unknown as Services;
}

const fileOf = (value: unknown) => new File([JSON.stringify(value)], 'bedomning.json', { type: 'application/json' });

describe('readImportFile, one document', () => {
  it('plans a camera assessment through a one-document backup', async () => {
    const carried: Assessment[][] = [];
    const doc = emptyAssessment('a1', new Date('2026-01-05T10:00:00Z'));
    const read = await readImportFile(fakeServices(carried), fileOf(doc));
    expect(read.ok).toBe(true);
    expect(carried.map((batch) => batch.map((a) => a.id))).toEqual([['a1']]);
  });

  it('names the field that does not restore and plans nothing', async () => {
    const carried: Assessment[][] = [];
    const doc = { ...emptyAssessment('a2', new Date('2026-01-05T10:00:00Z')), school: 'not an object' };
    const read = await readImportFile(fakeServices(carried), fileOf(doc));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message.sv).toMatch(/^Bedömningen i filen går inte att läsa \(school[^)]*: .+\)\. Inget har importerats\.$/);
    expect(carried).toEqual([]);
  });

  it('leaves a file of no known format to the backup reader', async () => {
    const carried: Assessment[][] = [];
    const read = await readImportFile(fakeServices(carried), fileOf({ format: 'something-else' }));
    expect(read).toEqual({ ok: true, plan: { text: JSON.stringify({ format: 'something-else' }) } });
    expect(carried).toEqual([]);
  });
});
