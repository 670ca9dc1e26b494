import 'fake-indexeddb/auto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIGNED_V1_BACKUP, SIGNED_V1_JSON, SIGNED_V1_PDF, chainBackup, signedFacadeNight, signedPdf, signedSecondVersion } from '../../fixtures/build/signed-v1';
import { freshStorage } from './helpers';

const update = process.env.UPDATE_FIXTURES === '1';

describe('the signed v1 files are kept forever (written once, never rebuilt)', () => {
  it('a signed JSON, its PDF and a format-1 backup with a chain of two signed versions exist', async () => {
    if (update && ![SIGNED_V1_JSON, SIGNED_V1_PDF, SIGNED_V1_BACKUP].every((f) => existsSync(f))) {
      await freshStorage();
      const v1 = await signedFacadeNight();
      const v2 = await signedSecondVersion(v1);
      if (!existsSync(SIGNED_V1_JSON)) writeFileSync(SIGNED_V1_JSON, `${JSON.stringify(v1, null, 2)}\n`);
      if (!existsSync(SIGNED_V1_PDF)) writeFileSync(SIGNED_V1_PDF, await signedPdf(v1));
      if (!existsSync(SIGNED_V1_BACKUP)) writeFileSync(SIGNED_V1_BACKUP, await chainBackup(v1, v2));
    }
    for (const file of [SIGNED_V1_JSON, SIGNED_V1_PDF, SIGNED_V1_BACKUP]) expect(existsSync(file), file).toBe(true);
    expect(JSON.parse(readFileSync(SIGNED_V1_BACKUP, 'utf8')).formatVersion).toBe(1);
  });
});
