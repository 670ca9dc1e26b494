// The register page's data, from what the summary store keeps of every document (never whole documents): the
// entries (one per camera), the signed versions of the chains in it, and the chains old enough to delete.
// Pure, so the page and its tests agree.
import type { Assessment, ExpiredChain, IsoDate, RegisterEntry } from '../../domain';
import { chainsOf, expiredForDeletion, registerEntries } from '../../domain';
import type { RegisterVersionRow } from '../../pdf/entry';
import type { RegisterDoc } from '../../../../storage';

export interface VersionRow extends RegisterVersionRow {
  id: string;
}

export interface RegisterModel {
  entries: RegisterEntry[];
  /** Every signed version of the chains that have an entry, by school and version. */
  versions: VersionRow[];
  expired: ExpiredChain[];
}

/**
 * `documents` may be whole documents or the summaries' RegisterDoc: the domain's register reads only the fields
 * a RegisterDoc keeps (a test holds the two models equal on real fixtures).
 */
export function registerModel(documents: readonly (Assessment | RegisterDoc)[], today: IsoDate, redacted = false): RegisterModel {
  const chains = chainsOf(documents as Assessment[]);
  const entries = registerEntries(chains, today, { redacted });
  const listed = new Set(entries.map((e) => e.chainId));
  const versions = chains
    .filter((c) => listed.has(c.assessment.id))
    .flatMap((c) => c.versions.filter((a) => a.signoff !== null))
    .map(
      (a): VersionRow => ({
        id: a.id,
        school: a.school.schoolName,
        version: a.version,
        decisionDate: a.school.decisionDate,
        reference: a.decision.registryNumber,
        signer: a.signoff!.name,
        signedOn: a.signoff!.date,
        fingerprint: a.signoff!.fingerprint,
      }),
    )
    .sort((x, y) => x.school.localeCompare(y.school, 'sv') || x.version - y.version);
  return { entries, versions, expired: expiredForDeletion(chains, today) };
}

/** 'kamerabevakning-forteckning-2027-09-20.csv' */
export const registerFileName = (today: IsoDate, ext: 'csv' | 'pdf'): string => `kamerabevakning-forteckning-${today}.${ext}`;
