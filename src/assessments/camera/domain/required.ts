// Required answers not governed by a particular rule. Unanswered ones make the outcome 'incomplete'.
// Questions of a branch that does not apply (isApplicable) are never required.
import { valueAt } from '../../../engine/paths';
import type { Assessment, Camera, Missing, StepId } from './types';
import { STEP_IDS } from './types';
import { activeCameras, appliesTo } from './branches';
import { fieldLabel } from './labels';

const SCHOOL = ['ownerType', 'ownerName', 'schoolName', 'youngestPupilAge', 'schoolDay.from', 'schoolDay.to', 'principal.name', 'cameraPerson.name', 'dpo.name', 'decisionDate'];
const INCIDENT = ['date', 'place', 'type'];
const MEASURE = ['kind', 'tried', 'whyNotPossible'];
const CAMERA = [
  'location', 'placement', 'areaKind', 'publicAccess', 'publicAccessReasoning', 'fieldOfView', 'limitedToFacadePlus2m',
  'coversIncidentSpots', 'mount', 'zoom', 'masking', 'maskingDescription', 'hours.preset', 'hours.windows', 'mode',
  'liveViewers', 'monitorLocation', 'sound', 'biometrics', 'subjects', 'publicArea.othersPresent',
  'nonPublicArea.proportionality', 'nonPublicArea.annualReviewPlanned',
];
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
export function requiredMissing(a: Assessment): Missing[] {
  const out: Missing[] = [];
  check(a, 'school', null, SCHOOL, out);
  check(a, 'problem', null, ['description', 'purpose'], out);
  check(a, 'problem.incidents', a.problem.incidents, INCIDENT, out);
  check(a, 'measures.items', a.measures.items, MEASURE, out);
  // Ended cameras keep their index in field paths but ask for nothing.
  check(a, 'cameras', a.cameras, CAMERA, out, (c) => (c as Camera).endedOn !== '');
  check(a, 'balancing', null, BALANCING, out);
  check(a, 'data', null, DATA, out);
  check(a, 'consultation', null, CONSULTATION, out);
  if (activeCameras(a).length === 0) out.push(missingEntry('cameras'));
  return out;
}
