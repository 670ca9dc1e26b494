import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, type Policy } from '../../../../../../src/assessments/camera/domain';
import {
  ORGANISATION_FILE_FORMAT,
  organisationChanges,
  organisationFile,
  readOrganisationFile,
} from '../../../../../../src/assessments/camera/ui/organisation/organisation-file';

const policy: Policy = { ...defaultPolicy, organisationName: 'Exempelstads kommun', maxRetentionHours: 48 };
const good = organisationFile({ ownerType: 'municipal' }, policy);

describe('the organisation file', () => {
  it('reads back what it wrote', () => {
    expect(readOrganisationFile(good)).toEqual({ ok: true, profile: { ownerType: 'municipal' }, policy });
    expect(JSON.parse(good)).toMatchObject({ format: ORGANISATION_FILE_FORMAT, version: 1 });
  });

  it.each([
    ['not JSON', '{"format":', 'org.file.notJson'],
    ['a bare policy file', JSON.stringify(policy), 'org.file.notOrganisation'],
    ['an array', '[]', 'org.file.notOrganisation'],
    ['a backup', JSON.stringify({ format: 'kamerabedomning-backup', version: 1 }), 'org.file.notOrganisation'],
    ['a newer version', good.replace('"version": 1', '"version": 2'), 'org.file.newerVersion'],
    ['an unknown owner type', good.replace('"municipal"', '"company"'), 'org.file.invalid'],
    ['a retention of zero hours', good.replace('"maxRetentionHours": 48', '"maxRetentionHours": 0'), 'org.file.invalid'],
    ['a text retention', good.replace('"maxRetentionHours": 48', '"maxRetentionHours": "48"'), 'org.file.invalid'],
    ['no policy', JSON.stringify({ format: ORGANISATION_FILE_FORMAT, version: 1, organisation: { ownerType: 'municipal' } }), 'org.file.invalid'],
    ['a huge file', ' '.repeat(200_000), 'org.file.tooBig'],
  ])('refuses %s with one reason', (_name, text, reason) => {
    expect(readOrganisationFile(text)).toEqual({ ok: false, reason });
  });

  it('never throws and only accepts valid content, whatever the bytes (fuzzed)', () => {
    const mutate = fc.tuple(fc.nat(good.length), fc.nat(20), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutate.map(([at, cut, ins]) => good.slice(0, at) + ins + good.slice(at + cut))), (text) => {
        const read = readOrganisationFile(text);
        if (read.ok) {
          expect(['municipal', 'independent']).toContain(read.profile.ownerType);
          expect(read.policy.maxRetentionHours).toBeGreaterThanOrEqual(1);
          expect(Number.isInteger(read.policy.reviewIntervalMonths)).toBe(true);
        } else expect(read.reason).toMatch(/^org\.file\./);
      }),
      { numRuns: 400 },
    );
  });

  it('does not let a forged file smuggle extra fields into the stored policy', () => {
    const forged = good.replace('"policyVersion": 1,', '"policyVersion": 1, "extra": "x", "__proto__": { "admin": true },').replace('"ownerType": "municipal"', '"ownerType": "municipal", "extra": "x"');
    const read = readOrganisationFile(forged);
    expect(read.ok).toBe(true);
    expect(read.ok && 'extra' in read.policy).toBe(false);
    expect(read.ok && 'extra' in read.profile).toBe(false);
  });

  it('lists what importing would change, in the form’s words', () => {
    const changes = organisationChanges(
      { profile: null, policy: defaultPolicy },
      { profile: { ownerType: 'independent' }, policy: { ...policy, centralReviewOfPublicAreas: false } },
      (b) => (b ? 'Ja' : 'Nej'),
    );
    expect(changes).toEqual([
      { field: 'ownerType', from: '', to: 'independent' },
      { field: 'ownerName', from: '', to: 'Exempelstads kommun' },
      { field: 'maxRetentionHours', from: '72', to: '48' },
      { field: 'centralReviewOfPublicAreas', from: 'Ja', to: 'Nej' },
    ]);
  });
});
