// The register (förteckning) every school keeps since 1 April 2025: all surveillance in force and all
// surveillance ended in the last five years, shown to IMY on request. One entry per camera.
import type { Assessment, Camera, IsoDate, Text } from '../domain/types';
import { addMonths } from '../../../engine/dates';
import { areaKindLabel, retentionText } from './values';
import { hoursText } from '../domain/hoursText';
import { cameraStatus, decidedCamera, decidedRetention } from '../domain/verdicts';

export type RegisterStatus = 'in-force' | 'ended' | 'awaiting-review' | 'rejected';

/**
 * A chain of versions of one assessment: `assessment` is the newest (perhaps a draft), `versions` all of them
 * (with or without the newest; duplicates by id are ignored). chainsOf() builds them from a flat list.
 */
export interface Chain {
  assessment: Assessment;
  versions: Assessment[];
}

export interface RegisterEntry {
  /** The newest document of the chain, the one the app opens. */
  chainId: string;
  /** The signed version this entry describes: the latest signed version that has the camera. */
  assessmentId: string;
  version: number;
  cameraId: string;
  cameraName: string;
  school: string;
  /** The camera's location; the kind of area in a copy for wide distribution (OSL 18 kap. 8 §). */
  place: Text;
  purpose: string;
  hours: Text;
  retention: Text;
  /** Planned start, or the decision date when that is later; '' for a rejected camera. */
  start: IsoDate;
  /** When it ended, or for a rejected camera the date of rejection; '' while in force. A future date is a planned end. */
  end: IsoDate;
  /** Diarienummer of the decision, and of the later decision when there is one. */
  decisionReference: string;
  fingerprint: string;
  status: RegisterStatus;
}

export interface RegisterOptions {
  /** A copy for wide distribution: the kind of area instead of the exact place. */
  redacted?: boolean;
}

/** Ended surveillance stays in the register for five years (60 months). */
export const REGISTER_YEARS = 5;

/**
 * Whether an entry that ended on `end` is still "ended in the last five years" on `today`. The last day is
 * the same date five years on: ended 2021-11-23 is listed until 2026-11-23 inclusive and gone on 2026-11-24.
 * Keeping the boundary day errs on the side of the duty to keep the register.
 */
export const withinRegisterPeriod = (end: IsoDate, today: IsoDate): boolean => today <= addMonths(end, REGISTER_YEARS * 12);

const closed = (e: Pick<RegisterEntry, 'status'>): boolean => e.status === 'ended' || e.status === 'rejected';
const decisionDay = (a: Assessment): IsoDate => a.school.decisionDate || a.signoff?.date || '';
const latest = (...dates: IsoDate[]): IsoDate => dates.filter((d) => d !== '').sort().at(-1) ?? '';
const earliest = (...dates: IsoDate[]): IsoDate => dates.filter((d) => d !== '').sort()[0] ?? '';

/** Groups documents into chains by previousVersionId; the newest version heads each chain. */
export function chainsOf(documents: Assessment[]): Chain[] {
  const byId = new Map(documents.map((a) => [a.id, a]));
  const rootOf = (a: Assessment): string => {
    const seen = new Set<string>();
    let node = a;
    while (node.previousVersionId && byId.has(node.previousVersionId) && !seen.has(node.id)) {
      seen.add(node.id);
      node = byId.get(node.previousVersionId)!;
    }
    return node.id;
  };
  const groups = new Map<string, Assessment[]>();
  for (const a of byId.values()) {
    const root = rootOf(a);
    groups.set(root, [...(groups.get(root) ?? []), a]);
  }
  return [...groups.values()].map((list) => {
    const versions = list.sort((x, y) => x.version - y.version || x.createdAt.localeCompare(y.createdAt));
    return { assessment: versions.at(-1)!, versions };
  });
}

/** The signed versions of a chain, oldest first; only signed assessments count. */
function signedVersions(chain: Chain): Assessment[] {
  const byId = new Map([...chain.versions, chain.assessment].map((a) => [a.id, a]));
  return [...byId.values()].filter((a) => a.signoff !== null).sort((x, y) => x.version - y.version);
}

/** Every camera of a chain as an entry, before the five-year filter. */
function chainEntries(chain: Chain, today: IsoDate, options: RegisterOptions): RegisterEntry[] {
  const signed = signedVersions(chain);
  const ids = [...new Set(signed.toReversed().flatMap((a) => a.cameras.map((c) => c.id)))];
  return ids.map((cameraId) => {
    const holders = signed.filter((a) => a.cameras.some((c) => c.id === cameraId));
    const described = holders.at(-1)!;
    const camera = described.cameras.find((c) => c.id === cameraId)!;
    const successor = signed[signed.indexOf(described) + 1];
    return entry(chain, described, camera, holders[0]!, successor, today, options);
  });
}

function entry(
  chain: Chain,
  a: Assessment,
  camera: Camera,
  first: Assessment,
  successor: Assessment | undefined,
  today: IsoDate,
  options: RegisterOptions,
): RegisterEntry {
  // (2026-12) Each camera's own status: a camera rejected by the principal or by the later decision is
  // "rejected", never "in force" or "awaiting review", whatever happens to the other cameras.
  const own = cameraStatus(a, camera.id);
  const rejected = own === 'rejected';
  // A camera left out of a later signed version ended with that version's decision.
  const end = rejected
    ? a.laterDecision?.date || decisionDay(a)
    : earliest(camera.endedOn, a.endedOn) || (successor ? decisionDay(successor) : '');
  const awaiting = own === 'pending';
  const status: RegisterStatus = rejected ? 'rejected' : end !== '' && end <= today ? 'ended' : awaiting ? 'awaiting-review' : 'in-force';
  const approvedOn = first.laterDecision?.result === 'approved' ? first.laterDecision.date : '';
  const location = camera.location.trim();
  return {
    chainId: chain.assessment.id,
    assessmentId: a.id,
    version: a.version,
    cameraId: camera.id,
    cameraName: camera.name,
    school: a.school.schoolName,
    place: options.redacted || location === '' ? areaKindLabel(camera.areaKind) : { sv: location, en: location },
    purpose: a.problem.purpose,
    // What was decided: an approval with changes narrows the hours and the retention.
    hours: hoursText(decidedCamera(a, camera).hours),
    retention: retentionText(decidedRetention(a, camera.id)),
    start: rejected ? '' : latest(first.school.plannedStart, decisionDay(first), approvedOn),
    end,
    decisionReference: [...new Set([a.decision.registryNumber, a.laterDecision?.reference ?? ''].map((s) => s.trim()))].filter((s) => s !== '').join(' / '),
    fingerprint: a.signoff?.fingerprint ?? '',
    status,
  };
}

const byRegisterOrder = (x: RegisterEntry, y: RegisterEntry): number =>
  x.school.localeCompare(y.school, 'sv') || x.chainId.localeCompare(y.chainId);

/**
 * The register on `today`: every camera of every signed assessment, in force or awaiting a decision, and
 * those ended or rejected within the last five years. Sorted by school; cameras in document order.
 */
export function registerEntries(chains: Chain[], today: IsoDate, options: RegisterOptions = {}): RegisterEntry[] {
  return chains
    .flatMap((chain) => chainEntries(chain, today, options))
    .filter((e) => !closed(e) || withinRegisterPeriod(e.end, today))
    .sort(byRegisterOrder);
}

export interface ExpiredChain {
  chainId: string;
  /** Every document of the chain, drafts included: what deleting it removes. */
  assessmentIds: string[];
  school: string;
  /** When the last of its surveillance ended. */
  end: IsoDate;
}

/** Chains whose surveillance all ended (or was rejected) more than five years ago: the app may offer to delete them. */
export function expiredForDeletion(chains: Chain[], today: IsoDate): ExpiredChain[] {
  return chains.flatMap((chain) => {
    const signed = signedVersions(chain);
    const last = signed.at(-1);
    if (!last) return [];
    const entries = chainEntries(chain, today, {});
    const ends = entries.length > 0 ? entries.map((e) => (closed(e) ? e.end : '')) : [last.endedOn];
    if (ends.some((end) => end === '' || end > today || withinRegisterPeriod(end, today))) return [];
    const ids = [...new Set([...chain.versions, chain.assessment].map((a) => a.id))];
    return [{ chainId: chain.assessment.id, assessmentIds: ids, school: last.school.schoolName, end: latest(...ends) }];
  });
}
