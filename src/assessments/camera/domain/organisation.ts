// Who the organisation is, beside its policy: set up on first run and carried in the organisation file.
/** The part of the organisation the policy does not hold (the huvudman's name, DPO etc. live in the policy). */
export interface OrganisationProfile {
  ownerType: 'municipal' | 'independent';
}

/** A stored or imported profile, checked since disk and files are untrusted; null when it is not one. */
export function profileFrom(value: unknown): OrganisationProfile | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const ownerType: unknown = (value as Record<string, unknown>).ownerType;
  return ownerType === 'municipal' || ownerType === 'independent' ? { ownerType } : null;
}
