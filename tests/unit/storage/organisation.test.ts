import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings, setOrganisation, setPolicy } from '../../../src/storage';
import { getPolicy } from '../../../src/storage/settings';
import { defaultPolicy, type Policy } from '../../../src/assessments/camera/domain';
import { getDb } from '../../../src/storage/db';
import { freshStorage } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

const own: Policy = { ...defaultPolicy, organisationName: 'Friskolan AB', maxRetentionHours: 24, centralReviewOfPublicAreas: false };

describe('the organisation in settings', () => {
  it('is not set up on a fresh install, and the example policy is what assessments use meanwhile', async () => {
    const s = await getSettings();
    expect(s.organisationSetUp).toBe(false);
    expect(s.organisation).toBeNull();
    expect(await getPolicy()).toEqual(defaultPolicy);
  });

  it('counts an older install that already stored its own policy as set up', async () => {
    await setPolicy({ ...defaultPolicy, organisationName: 'Exempelstads kommun' });
    const s = await getSettings();
    expect(s.organisationSetUp).toBe(true);
    expect(s.organisation).toBeNull();
  });

  it('stores the profile and the policy together; the evaluation then uses that policy', async () => {
    const saved = await setOrganisation({ ownerType: 'independent' }, own);
    expect(saved.ok).toBe(true);
    const s = await getSettings();
    expect(s).toMatchObject({ organisationSetUp: true, organisation: { ownerType: 'independent' }, policy: own });
    expect(await getPolicy()).toEqual(own);
  });

  it('changes nothing when the policy is invalid', async () => {
    const bad = await setOrganisation({ ownerType: 'municipal' }, { ...own, maxRetentionHours: -1 });
    expect(bad.ok).toBe(false);
    expect((await getSettings()).organisationSetUp).toBe(false);
  });

  it('ignores a tampered profile on disk and going back to the example undoes the setup', async () => {
    await setOrganisation({ ownerType: 'municipal' }, own);
    const db = await getDb();
    await db.put('settings', { key: 'organisation', value: { ownerType: 'kommun' } });
    expect((await getSettings()).organisation).toBeNull();
    await setPolicy(null);
    expect((await getSettings()).organisationSetUp).toBe(false);
  });
});
