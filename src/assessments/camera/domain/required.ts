// Required answers not governed by a particular rule. Unanswered ones make the outcome 'incomplete'.
// Questions of a branch that does not apply (isApplicable) are never required.
import { valueAt } from '../../../engine/paths';
import type { Assessment, Camera, Missing, StepId } from './types';
import { STEP_IDS } from './types';
import { appliesTo } from './branches';
import { fieldLabel } from './labels';
import { cameraEndedBy } from './classify';

const SCHOOL = ['ownerType', 'ownerName', 'schoolName', 'youngestPupilAge', 'schoolDay.from', 'schoolDay.to', 'principal.name', 'cameraPerson.name', 'dpo.name', 'decisionDate'];
const INCIDENT = ['date', 'place', 'type'];
const MEASURE = ['kind', 'tried', 'whyNotPossible'];
const CAMERA = [
  'location', 'placement', 'areaKind', 'publicAccess', 'publicAccessReasoning', 'fieldOfView', 'limitedToFacadePlus2m',
  'coversIncidentSpots', 'mount', 'zoom', 'masking', 'maskingDescription', 'hours.preset', 'hours.windows', 'mode',
  'liveViewers', 'monitorLocation', 'sound', 'biometrics', 'subjects', 'publicArea.othersPresent',
  'nonPublicArea.proportionality', 'nonPublicArea.annualReviewPlanned',
];
/**
 * Camera questions added 2026-12: required only on a camera that has the field, i.e. one made by this version
 * (newCamera). A camera from an older file lacks it and is never made incomplete by a question it was not asked.
 */
const CAMERA_2026_12 = ['analytics', 'offHoursPresence', 'monitorSeenByOthers', 'inView'];
const BALANCING = ['interest', 'intrusion', 'mitigations', 'reasoning'];
const DATA = [
  'legalBasis', 'legalBasisConfirmedByDpo', 'autoDelete', 'incidentClipRoutine', 'accessLog', 'policeDisclosure',
  'processorUsed', 'processorName', 'processorAgreement', 'storage', 'storageInEuEea', 'transferBasis',
];
const CONSULTATION = ['unionForm', 'safetyRepresentativeConsulted', 'pupilsInformed', 'guardiansInformed', 'staffInformed', 'informationForChildren'];

/** The step a field belongs to, by the first part of its path; unknown paths belong to 'review'. */
export function stepOf(fieldPath: string): StepId {
  const head = fieldPath.split('.')[0] ?? '';
  return (STEP_IDS as readonly string[]).includes(head) ? (head as StepId) : 'review';
}

export const isUnanswered = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

export const missingEntry = (field: string, ruleId?: string): Missing => ({
  step: stepOf(field),
  field,
  label: fieldLabel(field),
  ...(ruleId ? { ruleId } : {}),
});

/** Required fields of one group or of each row of a list, checked without building every path. */
function check(
  a: Assessment,
  list: string,
  rows: readonly object[] | null,
  fields: readonly string[],
  out: Missing[],
  skip: (row: object) => boolean = () => false,
): void {
  const each = rows ?? [valueAt(a, list) as object];
  each.forEach((row, index) => {
    if (skip(row)) return;
    for (const field of fields) {
      const template = rows ? `${list}.*.${field}` : `${list}.${field}`;
      if (isUnanswered(valueAt(row, field)) && appliesTo(a, template, index)) {
        out.push(missingEntry(rows ? `${list}.${index}.${field}` : `${list}.${field}`));
      }
    }
  });
}

/** Every required answer that is not given, in the order of the steps. */
export function requiredMissing(a: Assessment, today?: string): Missing[] {
  const out: Missing[] = [];
  check(a, 'school', null, SCHOOL, out);
  check(a, 'problem', null, ['description', 'purpose'], out);
  check(a, 'problem.incidents', a.problem.incidents, INCIDENT, out);
  check(a, 'measures.items', a.measures.items, MEASURE, out);
  // Ended cameras keep their index in field paths but ask for nothing.
  const ended = (c: object) => (today === undefined ? (c as Camera).endedOn !== '' : cameraEndedBy(a, c as Camera, today));
  check(a, 'cameras', a.cameras, CAMERA, out, ended);
  a.cameras.forEach((c, index) => {
    if (ended(c)) return;
    for (const field of CAMERA_2026_12) {
      if (field in c && isUnanswered(valueAt(c, field)) && appliesTo(a, `cameras.*.${field}`, index)) out.push(missingEntry(`cameras.${index}.${field}`));
    }
  });
  check(a, 'balancing', null, BALANCING, out);
  check(a, 'data', null, DATA, out);
  check(a, 'consultation', null, CONSULTATION, out);
  if (a.cameras.every(ended)) out.push(missingEntry('cameras'));
  return out;
}
