// The organisation set up on first run: who the huvudman is, the administration, the data protection
// officer and the policy values. The form is strings (what the user typed); validateOrganisation turns it
// into the stored policy plus the owner type, with one Swedish/English message per field that is wrong.
import { defaultPolicy, restorePolicy } from '../../domain';
import type { OrganisationProfile, Policy } from '../../domain';
import type { MessageKey } from '../../../../ui/i18n';

export interface OrganisationForm {
  ownerType: 'municipal' | 'independent' | '';
  ownerName: string;
  administrationName: string;
  dpoName: string;
  dpoContact: string;
  maxRetentionHours: string;
  centralReviewOfPublicAreas: boolean;
  reviewIntervalMonths: string;
}
export type OrganisationField = keyof OrganisationForm;
export type FormErrors = Partial<Record<OrganisationField, MessageKey>>;

export const emptyForm = (): OrganisationForm => ({
  ownerType: '',
  ownerName: '',
  administrationName: '',
  dpoName: '',
  dpoContact: '',
  maxRetentionHours: '',
  centralReviewOfPublicAreas: false,
  reviewIntervalMonths: '',
});

/** The form as it shows a stored organisation (or the built-in example, when the user asks for it). */
export function formFrom(profile: OrganisationProfile | null, policy: Policy): OrganisationForm {
  return {
    ownerType: profile?.ownerType ?? '',
    ownerName: policy.organisationName,
    administrationName: policy.administrationContact.name,
    dpoName: policy.dpoContact.name,
    dpoContact: policy.dpoContact.email || policy.dpoContact.phone,
    maxRetentionHours: String(policy.maxRetentionHours),
    centralReviewOfPublicAreas: policy.centralReviewOfPublicAreas,
    reviewIntervalMonths: String(policy.reviewIntervalMonths),
  };
}

/** The built-in Stockholm-based policy as a starting point: the values, not a name that is not the user's. */
export const exampleForm = (): OrganisationForm => ({ ...formFrom({ ownerType: 'municipal' }, defaultPolicy), ownerName: '' });

const wholeNumber = (s: string, min: number, max: number): number | 'empty' | 'bad' => {
  const trimmed = s.trim();
  if (trimmed === '') return 'empty';
  if (!/^\d+$/.test(trimmed)) return 'bad';
  const n = Number(trimmed);
  return n >= min && n <= max ? n : 'bad';
};

export type Validated = { ok: true; profile: OrganisationProfile; policy: Policy } | { ok: false; errors: FormErrors };

/** Checks the form; `base` keeps the policy values the form does not show (the facade hours). */
export function validateOrganisation(form: OrganisationForm, base: Policy = defaultPolicy): Validated {
  const errors: FormErrors = {};
  if (form.ownerType === '') errors.ownerType = 'org.error.ownerType';
  if (form.ownerName.trim() === '') errors.ownerName = 'org.error.ownerName';
  if (form.ownerType === 'municipal' && form.administrationName.trim() === '') errors.administrationName = 'org.error.administrationName';
  if (form.dpoName.trim() === '') errors.dpoName = 'org.error.dpoName';
  const retention = wholeNumber(form.maxRetentionHours, 1, 24 * 365);
  if (typeof retention !== 'number') errors.maxRetentionHours = retention === 'empty' ? 'org.error.retentionEmpty' : 'org.error.retentionRange';
  const interval = wholeNumber(form.reviewIntervalMonths, 1, 60);
  if (typeof interval !== 'number') errors.reviewIntervalMonths = interval === 'empty' ? 'org.error.intervalEmpty' : 'org.error.intervalRange';
  for (const field of ['ownerName', 'administrationName', 'dpoName', 'dpoContact'] as const) {
    if (form[field].length > 500) errors[field] = 'org.error.tooLong';
  }
  if (Object.keys(errors).length > 0 || typeof retention !== 'number' || typeof interval !== 'number' || form.ownerType === '') {
    return { ok: false, errors };
  }
  const contact = form.dpoContact.trim();
  const restored = restorePolicy({
    ...base,
    organisationName: form.ownerName.trim(),
    maxRetentionHours: retention,
    reviewIntervalMonths: interval,
    centralReviewOfPublicAreas: form.centralReviewOfPublicAreas,
    dpoContact: { ...base.dpoContact, name: form.dpoName.trim(), email: contact.includes('@') ? contact : '', phone: contact.includes('@') ? '' : contact },
    administrationContact: { ...base.administrationContact, name: form.administrationName.trim() },
  });
  // Unreachable after the checks above, but the stored policy must always pass restorePolicy.
  if (!restored.ok) return { ok: false, errors: { ownerName: 'org.error.ownerName' } };
  return { ok: true, profile: { ownerType: form.ownerType }, policy: restored.value };
}
