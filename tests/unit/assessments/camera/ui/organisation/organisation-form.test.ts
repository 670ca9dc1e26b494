import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../../../../src/assessments/camera/domain';
import { emptyForm, exampleForm, formFrom, validateOrganisation, type OrganisationForm } from '../../../../../../src/assessments/camera/ui/organisation/organisation-form';

const filled = (over: Partial<OrganisationForm> = {}): OrganisationForm => ({
  ...exampleForm(),
  ownerName: 'Utbildningsnämnden i Exempelstad',
  administrationName: 'Utbildningsförvaltningen',
  dpoName: 'Dana Dataskydd',
  dpoContact: 'dso@exempelstad.se',
  ...over,
});

describe('the organisation form', () => {
  it('starts empty: the example is never filled in without the user asking', () => {
    expect(emptyForm().ownerName).toBe('');
    expect(emptyForm().maxRetentionHours).toBe('');
    expect(validateOrganisation(emptyForm()).ok).toBe(false);
  });

  it('gives one message per wrong field, and none for the optional ones', () => {
    const result = validateOrganisation(emptyForm());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      ownerType: 'org.error.ownerType',
      ownerName: 'org.error.ownerName',
      dpoName: 'org.error.dpoName',
      maxRetentionHours: 'org.error.retentionEmpty',
      reviewIntervalMonths: 'org.error.intervalEmpty',
    });
  });

  it('needs the administration for a municipality but not for an independent school', () => {
    const municipal = validateOrganisation(filled({ administrationName: ' ' }));
    expect(municipal.ok ? null : municipal.errors).toEqual({ administrationName: 'org.error.administrationName' });
    expect(validateOrganisation(filled({ ownerType: 'independent', administrationName: '' })).ok).toBe(true);
  });

  it.each(['0', '-3', '12.5', '8761', 'tre', '1e3'])('refuses the retention %s with the range message', (value) => {
    const result = validateOrganisation(filled({ maxRetentionHours: value }));
    expect(result.ok ? null : result.errors).toEqual({ maxRetentionHours: 'org.error.retentionRange' });
  });

  it.each(['0', '61', '1,5'])('refuses the review interval %s', (value) => {
    const result = validateOrganisation(filled({ reviewIntervalMonths: value }));
    expect(result.ok ? null : result.errors).toEqual({ reviewIntervalMonths: 'org.error.intervalRange' });
  });

  it('from the example gives exactly the built-in policy plus the names typed', () => {
    const result = validateOrganisation(filled());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toEqual({ ownerType: 'municipal' });
    expect(result.policy).toEqual({
      ...defaultPolicy,
      organisationName: 'Utbildningsnämnden i Exempelstad',
      dpoContact: { name: 'Dana Dataskydd', title: '', email: 'dso@exempelstad.se', phone: '' },
      administrationContact: { name: 'Utbildningsförvaltningen', title: '', email: '', phone: '' },
    });
  });

  it('keeps the values it does not show (facade hours) and reads back into the same form', () => {
    const base = { ...defaultPolicy, facadeHours: { weekday: { from: '21:00', to: '05:00' }, weekend: { from: '18:00', to: '06:00' } } };
    const result = validateOrganisation(filled({ maxRetentionHours: ' 48 ', centralReviewOfPublicAreas: false, dpoContact: '08-123 45' }), base);
    if (!result.ok) throw new Error('expected ok');
    expect(result.policy.facadeHours).toEqual(base.facadeHours);
    expect(result.policy.maxRetentionHours).toBe(48);
    expect(result.policy.dpoContact.phone).toBe('08-123 45');
    expect(formFrom(result.profile, result.policy)).toEqual(filled({ maxRetentionHours: '48', centralReviewOfPublicAreas: false, dpoContact: '08-123 45' }));
  });
});
