// The public face of the domain: everything outside this folder imports from here and nowhere else.
export * from './types';
export type { RestoreProblem, RestoreResult } from './restore-types';
export type { Rule, RuleContext, Hit, ActiveCamera } from './rule-types';
export type { CameraBranch } from './branches';
export type { ChangePreset, SchoolDay } from './hours';

export { emptyAssessment, emptyEarlierBasis, newIncident, newMeasure, newCamera, newAccessRole, emptyPerson } from './defaults';
export { restorePolicy } from './policy';
export { defaultPolicy } from './policy-schema';
export { profileFrom } from './organisation';
export type { OrganisationProfile } from './organisation';
export { restore } from './restore';
export { imageRefs, imageRefsIn } from './images';
// The text limits restore accepts, for the fields that enforce them while the principal types.
export { MAX_TEXT } from './schema';
export { textLimitAt } from './text-limits';
export { evaluate, findingKey, OUTCOME_PRECEDENCE } from './evaluate';
export { decisionMissing } from './decision';
export { OUTCOME_NAMES, outcomeName } from './outcomes';
export { AREA_NAMES, areaName, isAreaKind } from './areas';
export { alternativesConsidered, needsTryFirst, problemDescribed } from './predicates';
export { rulebook, ruleById, RULEBOOK_CHECKED } from './rulebook';
export { cameraBranch, isApplicable, treatedAsPublic, filmsStaff, activeCameras } from './branches';
export {
  presetWindows,
  narrowingPresets,
  CHANGE_PRESETS,
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
export { addMonths, isoDateOf } from '../../../engine/dates';
export { cameraList } from './explain';
export { cameraEndedBy, effectiveAreaKind, isVagueText, mayHaveEndDate, sensitiveSpaceNamed } from './classify';

// The annual review and register: the annual review, the register (förteckning) and reminders (../lifecycle).
export type { Change, ChangeKind } from '../lifecycle/diff';
export type { ReviewStatus, ReviewQuestion, ReviewQuestionId } from '../lifecycle/review';
export type { Chain, RegisterEntry, RegisterStatus, RegisterOptions, ExpiredChain } from '../lifecycle/register';
export { diffAssessments, incidentsSince, isMove, cameraTitle } from '../lifecycle/diff';
export {
  reviewStatus,
  surveillanceOver,
  startAnnualReview,
  startNewVersion,
  isAnnualReview,
  annualReviewQuestions,
  DUE_SOON_DAYS,
} from '../lifecycle/review';
export { chainsOf, registerEntries, expiredForDeletion, withinRegisterPeriod, REGISTER_YEARS } from '../lifecycle/register';
export { endSurveillance, recordLaterDecision } from '../lifecycle/lifecycle';
export { registerCsv, REGISTER_STATUS_LABELS } from '../lifecycle/csv';
export { reviewIcs } from '../lifecycle/ics';
export { answerText, retentionText } from '../lifecycle/values';
export { hoursText, windowText } from './hoursText';
export { fileSlug } from '../../../engine/fileSlug';
export type { SignedRecord } from './signing';
export {
  C14N_V1,
  sha256Hex,
  createSignedRecord,
  recordFromRawDocument,
  parseSignedRecord,
  recordIntact,
  signedDocumentOf,
  documentMatchesRecord,
} from './signing';
// (2026-12) Per-camera decisions and the derived overall result.
export type { CameraProposal, CameraProposalEntry, CameraStatus, DecisionResult } from './verdicts';
export {
  cameraProposals,
  PROPOSAL_NAMES,
  verdictOf,
  cameraStatus,
  decisionResult,
  DECISION_RESULT_NAMES,
  approvedCameras,
  decidedCamera,
  decidedRetention,
  hasChanges,
  openWarnings,
  unacknowledgedWarnings,
} from './verdicts';
