// Which questions apply: answers in a branch that no longer applies are kept in the document but
// ignored by evaluate() and marked "ej tillämplig" by the UI and the PDF.
import type { Assessment, AreaKind, Camera } from './types';

export type CameraBranch = 'public' | 'nonPublic' | 'unsure';

export function cameraBranch(c: Pick<Camera, 'publicAccess'>): CameraBranch | null {
  switch (c.publicAccess) {
    case 'yes':
      return 'public';
    case 'no':
      return 'nonPublic';
    case 'unsure':
      return 'unsure';
    default:
      return null;
  }
}

/** When unsure, the camera is treated as filming a public place: the stricter reading. */
export const treatedAsPublic = (c: Pick<Camera, 'publicAccess'>): boolean =>
  c.publicAccess === 'yes' || c.publicAccess === 'unsure';

export const isEnded = (c: Pick<Camera, 'endedOn'>): boolean => c.endedOn !== '';

export const activeCameras = (a: Assessment): Camera[] => a.cameras.filter((c) => !isEnded(c));

/**
 * Staff work there: a staff room always (also an 'other' area used as one), elsewhere when staff are among
 * those filmed or (2026-12) when staff work there in the recorded hours (cleaners, caretakers).
 */
export const filmsStaff = (c: Pick<Camera, 'subjects' | 'areaKind' | 'otherAreaUse' | 'offHoursPresence'>): boolean =>
  c.subjects.includes('staff') ||
  c.areaKind === 'staffRoom' ||
  (c.areaKind === 'other' && c.otherAreaUse === 'staffBreak') ||
  (c.offHoursPresence ?? []).includes('staffWorking');

/** Teaching, common and staff areas: HFD 2012:16 forbids filming them in school hours without a precise, serious problem. */
export const SCHOOL_HOURS_SENSITIVE_AREAS: readonly AreaKind[] = [
  'classroom',
  'corridor',
  'stairwell',
  'lockers',
  'staffRoom',
  'commonRoom',
  'dining',
];

export const INTIMATE_AREAS: readonly AreaKind[] = ['toilet', 'shower', 'changingRoom'];

type Condition = (a: Assessment, index: number) => boolean;

const camera = (test: (c: Camera) => boolean): Condition => (a, i) => {
  const c = a.cameras[i];
  return c !== undefined && test(c);
};
const measure = (tried: 'yes' | 'no'): Condition => (a, i) => a.measures.items[i]?.tried === tried;

/** Field templates that only apply under a condition; every other field always applies. */
const CONDITIONS: Record<string, Condition> = {
  'cameras.*.publicArea': camera(treatedAsPublic),
  'cameras.*.nonPublicArea': camera((c) => c.publicAccess === 'no'),
  'cameras.*.limitedToFacadePlus2m': camera((c) => c.areaKind === 'facade'),
  'cameras.*.maskingDescription': camera((c) => c.masking === 'yes'),
  'cameras.*.otherAreaUse': camera((c) => c.areaKind === 'other'),
  'cameras.*.movableLimits': camera((c) => c.mount === 'movable' || c.zoom === 'yes'),
  'cameras.*.monitorSeenByOthers': camera((c) => c.mode === 'live' || c.mode === 'both'),
  'cameras.*.liveViewers': camera((c) => c.mode === 'live' || c.mode === 'both'),
  'cameras.*.monitorLocation': camera((c) => c.mode === 'live' || c.mode === 'both'),
  'measures.items.*.when': measure('yes'),
  'measures.items.*.result': measure('yes'),
  'measures.items.*.whyInsufficient': measure('yes'),
  'measures.items.*.whyNotPossible': measure('no'),
  'data.legalBasisConfirmedByDpo': (a) => a.school.ownerType === 'independent',
  'data.processorName': (a) => a.data.processorUsed === 'yes',
  'data.processorAgreement': (a) => a.data.processorUsed === 'yes',
  'data.transferBasis': (a) => a.data.storageInEuEea === 'no',
  'consultation.unionForm': (a) => activeCameras(a).some(filmsStaff),
  'consultation.unionDate': (a) => activeCameras(a).some(filmsStaff),
  'consultation.safetyRepresentativeConsulted': (a) => activeCameras(a).some(filmsStaff),
  'consultation.dpiaReference': (a) => a.consultation.dpiaDone === 'yes',
  'consultation.dpiaNoneReason': (a) => a.consultation.dpiaDone === 'no',
};

/** The condition templates that govern a field template: its own and its parents' ('a.b.c' → 'a', 'a.b', 'a.b.c'). */
const governing = new Map<string, Condition[]>();
function conditionsOf(template: string): Condition[] {
  let found = governing.get(template);
  if (!found) {
    const parts = template.split('.');
    found = parts.map((_, n) => CONDITIONS[parts.slice(0, n + 1).join('.')]).filter((c): c is Condition => c !== undefined);
    governing.set(template, found);
  }
  return found;
}

/** Like isApplicable, for a template ('cameras.*.publicArea.othersPresent') and the row index it stands for. */
export const appliesTo = (a: Assessment, template: string, index: number): boolean =>
  conditionsOf(template).every((condition) => condition(a, index));

/**
 * Whether a question applies to this assessment, by its dotted path (e.g. 'cameras.2.publicArea.othersPresent').
 * A path under a sub-group (publicArea.*) follows the group's condition.
 */
export function isApplicable(a: Assessment, fieldPath: string): boolean {
  const segments = fieldPath.split('.');
  const index = Number(segments.find((s) => /^\d+$/.test(s)) ?? -1);
  return appliesTo(a, segments.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('.'), index);
}
