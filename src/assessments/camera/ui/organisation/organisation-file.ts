// "Organisationsfil": the organisation and its policy as JSON, which an administration hands every school.
// Its own format id and version, so a backup or a bare policy file is told apart with a clear message.
import { profileFrom, restorePolicy } from '../../domain';
import type { OrganisationProfile, Policy } from '../../domain';
import type { MessageKey } from '../../../../ui/i18n';
import { formFrom, type OrganisationField } from './organisation-form';

export const ORGANISATION_FILE_FORMAT = 'kamerabedomning-organisationsfil';
export const ORGANISATION_FILE_VERSION = 1;
/** Far above any real file: a bigger one is not read at all. */
export const MAX_ORGANISATION_FILE_BYTES = 100_000;

export interface OrganisationFile {
  format: typeof ORGANISATION_FILE_FORMAT;
  version: typeof ORGANISATION_FILE_VERSION;
  organisation: OrganisationProfile;
  policy: Policy;
}

export function organisationFile(profile: OrganisationProfile, policy: Policy): string {
  const file: OrganisationFile = { format: ORGANISATION_FILE_FORMAT, version: ORGANISATION_FILE_VERSION, organisation: profile, policy };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ReadFile = { ok: true; profile: OrganisationProfile; policy: Policy } | { ok: false; reason: MessageKey };

/** Reads an organisation file; never throws, and a file that is not exactly right gives one reason. */
export function readOrganisationFile(text: string): ReadFile {
  if (text.length > MAX_ORGANISATION_FILE_BYTES) return { ok: false, reason: 'org.file.tooBig' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'org.file.notJson' };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'org.file.notOrganisation' };
  const file = raw as Record<string, unknown>;
  if (file.format !== ORGANISATION_FILE_FORMAT) return { ok: false, reason: 'org.file.notOrganisation' };
  if (file.version !== ORGANISATION_FILE_VERSION) return { ok: false, reason: 'org.file.newerVersion' };
  const profile = profileFrom(file.organisation);
  const policy = file.policy === undefined ? null : restorePolicy(file.policy);
  if (!profile || !policy || !policy.ok) return { ok: false, reason: 'org.file.invalid' };
  return { ok: true, profile, policy: policy.value };
}

export interface Change {
  field: OrganisationField;
  from: string;
  to: string;
}

/** What importing would change, field by field as the form names them (the file's words, not JSON paths). */
export function organisationChanges(
  before: { profile: OrganisationProfile | null; policy: Policy },
  after: { profile: OrganisationProfile; policy: Policy },
  yesNo: (b: boolean) => string,
): Change[] {
  const a = formFrom(before.profile, before.policy);
  const b = formFrom(after.profile, after.policy);
  const show = (v: string | boolean) => (typeof v === 'boolean' ? yesNo(v) : v);
  return (Object.keys(b) as OrganisationField[])
    .filter((k) => a[k] !== b[k])
    .map((field) => ({ field, from: show(a[field]), to: show(b[field]) }));
}
