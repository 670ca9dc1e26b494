// The public face of the domain: everything outside src/domain imports from here and nowhere else.
export * from './types';
export type { RestoreProblem, RestoreResult } from './restore-types';
export type { Rule, RuleContext, Hit, ActiveCamera } from './rule-types';
export type { CameraBranch } from './branches';
export type { SchoolDay } from './hours';

export { emptyAssessment, newIncident, newMeasure, newCamera, newAccessRole, emptyPerson } from './defaults';
export { defaultPolicy, restorePolicy } from './policy';
export { restore } from './restore';
export { evaluate, findingKey, OUTCOME_PRECEDENCE } from './evaluate';
export { decisionMissing } from './decision';
export { rulebook, ruleById, RULEBOOK_CHECKED } from './rulebook';
export { cameraBranch, isApplicable, treatedAsPublic, filmsStaff, activeCameras } from './branches';
export {
  presetWindows,
  recordsDuringSchoolHours,
  exceedsFacadePractice,
  filmsEvening,
  filmsAlways,
  coverage,
  DEFAULT_SCHOOL_DAY,
} from './hours';
export { canonicalJson, fingerprint, nextVersion, VOLATILE_FIELDS } from './canonical';
export { fieldLabel } from './labels';
export { stepOf } from './required';
export { regimeOn, DOCUMENTED_BALANCING_FROM } from './indicators';
export { addMonths, isoDateOf } from './dates';
export { cameraList } from './explain';
