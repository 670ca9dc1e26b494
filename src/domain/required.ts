// Required answers not governed by a particular rule. Unanswered ones make the outcome 'incomplete'.
// Questions of a branch that does not apply (isApplicable) are never required.
import type { Assessment, Missing, StepId } from './types';
import { STEP_IDS } from './types';
import { activeCameras, isApplicable } from './branches';
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

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export const isUnanswered = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

export const missingEntry = (field: string, ruleId?: string): Missing => ({
  step: stepOf(field),
  field,
  label: fieldLabel(field),
  ...(ruleId ? { ruleId } : {}),
});

/** Every required answer that is not given, in the order of the steps. */
export function requiredMissing(a: Assessment): Missing[] {
  const paths: string[] = [
    ...SCHOOL.map((f) => `school.${f}`),
    'problem.description',
    'problem.purpose',
    ...a.problem.incidents.flatMap((_, i) => INCIDENT.map((f) => `problem.incidents.${i}.${f}`)),
    ...a.measures.items.flatMap((_, i) => MEASURE.map((f) => `measures.items.${i}.${f}`)),
    ...a.cameras.flatMap((c, i) => (c.endedOn === '' ? CAMERA.map((f) => `cameras.${i}.${f}`) : [])),
    ...BALANCING.map((f) => `balancing.${f}`),
    ...DATA.map((f) => `data.${f}`),
    ...CONSULTATION.map((f) => `consultation.${f}`),
  ];
  const missing = paths.filter((p) => isApplicable(a, p) && isUnanswered(valueAt(a, p))).map((p) => missingEntry(p));
  if (activeCameras(a).length === 0) missing.push(missingEntry('cameras'));
  return missing;
}
