// Named conditions over the document: applicability, rules and (later) the wizard's gates call these,
// and this is the only place each condition is written. Question references from the domain brief.
import { addMonths } from '../../engine/dates';
import type { Ctx } from './policy';
import type { ServiceDoc as D } from './schema';

type P = (d: D, c: Ctx) => boolean;
const yes = (x: string): boolean => x === 'yes';
const no = (x: string): boolean => x === 'no';
const filled = (s: string): boolean => s.trim() !== '';

const pupilsUse: P = (d) => d.service.users.includes('pupils');
const handlesPersonalData: P = (d) => yes(d.data.personalData);
const special: P = (d) => yes(d.data.special);
const secret: P = (d) => yes(d.data.secret);
const protectedIdentity: P = (d) => yes(d.data.protectedIdentity);
const sensitiveOrSecret: P = (d, c) => special(d, c) || secret(d, c);
const gradesOrAssessments: P = (d) => d.data.categories.some((x) => x === 'grades' || x === 'results');
const youngUnder13: P = (d) => d.service.youngestAge !== null && d.service.youngestAge < 13;
const inheritsPlatform: P = (d) => d.service.inherits === 'yes';
const principalDecides: P = (d) => d.decision.level === 'principal';
const municipal: P = (d) => d.roles.ownerType === 'municipal';
const dpiaExists: P = (d) => d.dpia.exists === 'own' || d.dpia.exists === 'reused';
const ownContentOrContact: P = (d) => yes(d.data.ownContent) || d.safety.strangers === 'schoolOnly' || d.safety.strangers === 'yes';
const outsideEea: P = (d) => d.transfer.locations.some((l) => l === 'adequate' || l === 'usa' || l === 'thirdCountry');
const largeScale: P = (d, c) => d.service.pupilCount !== null && d.service.pupilCount >= c.policy.largeScale;

// O09 flera skolor or antal ≥ policy, P02 ∋ plats, P03–P05, P09, B02, B06, B07, B09–B11.
const dpiaIndicated: P = (d, c) =>
  handlesPersonalData(d, c) && pupilsUse(d, c) &&
  (d.service.scope === 'schools' || largeScale(d, c) || d.data.categories.includes('location') ||
    sensitiveOrSecret(d, c) || protectedIdentity(d, c) ||
    [d.data.profiling, d.safety.telemetry, d.safety.generativeAi, d.safety.emotionInference,
      d.safety.biometricId, d.safety.highRiskAi, d.safety.automatedDecisions].some(yes));

// Routing conditions; the rules add "only when the rektor decides" except for residual risk.
const platformLevel: P = (d, c) =>
  !inheritsPlatform(d, c) && (['platform', 'admin', 'homeSchool'].includes(d.service.kind) || d.service.scope === 'schools');
const sensitiveData: P = (d, c) => sensitiveOrSecret(d, c) || protectedIdentity(d, c);
const highRiskAi: P = (d) => yes(d.safety.highRiskAi) || yes(d.safety.automatedDecisions);
const residualRisk: P = (d, c) => dpiaExists(d, c) && yes(d.dpia.residualRisk);
const beyondPlatform: P = (d, c) => {
  if (!inheritsPlatform(d, c)) return false;
  const p = d.platform;
  const younger = d.service.youngestAge !== null && p.youngestAge !== null && d.service.youngestAge < p.youngestAge;
  const moreData = d.data.categories.some((x) => !p.categories.includes(x)) || (special(d, c) && !yes(p.specialCleared));
  const moreAi = (yes(d.safety.generativeAi) && no(p.generativeAi)) || (yes(d.safety.highRiskAi) && no(p.highRiskAi));
  return younger || moreData || moreAi;
};
const vendorController: P = (d, c) => d.roles.vendorRole === 'controller' && handlesPersonalData(d, c) && pupilsUse(d, c);
const anyEscalation: P = (d, c) =>
  residualRisk(d, c) ||
  (principalDecides(d, c) &&
    [platformLevel, sensitiveData, largeScale, highRiskAi, beyondPlatform, vendorController].some((p) => p(d, c)));

export const predicates = {
  pupilsUse, handlesPersonalData, sensitiveOrSecret, protectedIdentity, inheritsPlatform, principalDecides,
  dpiaExists, dpiaIndicated, outsideEea, largeScale, platformLevel, sensitiveData, highRiskAi, residualRisk,
  beyondPlatform, vendorController,
  mayProcessPersonalData: (d) => !(no(d.data.personalData) && no(d.safety.telemetry)),
  independentOwner: (d) => d.roles.ownerType === 'independent',
  dpoAdviceNeeded: (d, c) => dpiaIndicated(d, c) || anyEscalation(d, c),
  hasDpa: (d) => d.contract.dpa === 'signed' || d.contract.dpa === 'standardAccepted',
  subprocessorsListed: (d) => yes(d.contract.subprocessorsKnown),
  deletesAtEnd: (d) => yes(d.contract.deletionAtEnd),
  sccOrBcr: (d) => d.transfer.mechanisms.some((m) => m === 'scc' || m === 'bcr'),
  tiaDone: (d) => yes(d.transfer.tia),
  dpiaNotNeeded: (d) => d.dpia.exists === 'notNeeded',
  contactOrContent: ownContentOrContact,
  // Hard rules
  processorWithoutDpa: (d, c) => handlesPersonalData(d, c) && d.roles.vendorRole === 'processor' && d.contract.dpa === 'none',
  vendorOwnPurposes: (d) => d.contract.ownPurposes === 'yes',
  consentForMandatory: (d) => d.roles.legalBasis === 'consent' && d.service.mandatory === 'mandatory',
  basisNotForPublicBody: (d, c) => municipal(d, c) && (d.roles.legalBasis === 'contract' || d.roles.legalBasis === 'legitimateInterest'),
  sensitiveNotCleared: (d, c) => sensitiveOrSecret(d, c) && no(d.data.clearedForSensitive),
  transferWithoutMechanism: (d) =>
    d.transfer.locations.some((l) => l === 'usa' || l === 'thirdCountry') && d.transfer.mechanisms.length > 0 &&
    d.transfer.mechanisms.every((m) => m === 'none' || m === 'art49'),
  emotionInference: (d) => yes(d.safety.emotionInference),
  biometricCategorisation: (d) => yes(d.safety.biometricCategorisation),
  biometricIdentification: (d) => yes(d.safety.biometricId),
  dpiaMissing: (d, c) => dpiaIndicated(d, c) && (d.dpia.exists === 'none' ||
    (d.dpia.exists === 'notNeeded' && (!filled(d.dpia.whyNone) || !filled(d.roles.dpoAdvice)))),
  noDeletionAtEnd: (d) => no(d.contract.deletionAtEnd),
  noRoleAccess: (d, c) => (gradesOrAssessments(d, c) || secret(d, c) || protectedIdentity(d, c)) && no(d.security.roleAccess),
  protectedIdentityExposed: (d, c) => protectedIdentity(d, c) && no(d.security.shielding),
  inheritedNotInForce: (d, c) => inheritsPlatform(d, c) && (d.platform.status === 'rejected' || d.platform.status === 'discontinued'),
  // Warnings
  adFunded: (d) => d.service.funding === 'adFunded' || yes(d.safety.ads),
  ownAccountsUnder13: (d, c) => (yes(d.roles.ownAccount) || d.security.login === 'private') && youngUnder13(d, c),
  dpfOnly: (d, c) => outsideEea(d, c) && d.transfer.mechanisms.length === 1 && d.transfer.mechanisms[0] === 'dpf',
  foreignLawSecrecy: (d, c) => municipal(d, c) && yes(d.transfer.foreignLaw) && (sensitiveData(d, c) || gradesOrAssessments(d, c)),
  telemetry: (d) => yes(d.safety.telemetry),
  generativeAi: (d) => yes(d.safety.generativeAi),
  inAppPurchases: (d) => yes(d.safety.purchases),
  weakLogin: (d) => ['vendorSchoolEmail', 'private'].includes(d.security.login) || no(d.security.mfa),
  oldSectorDpia: (d, c) => d.dpia.exists === 'reused' && d.dpia.date !== '' && addMonths(d.dpia.date, c.policy.dpiaMaxAgeMonths) < c.today,
  noOffboarding: (d, c) => handlesPersonalData(d, c) && !filled(d.decision.offboarding),
  strangers: (d) => d.safety.strangers === 'yes',
  ageLimitAbovePupils: (d) => d.safety.ageLimit !== null && d.service.youngestAge !== null && d.safety.ageLimit > d.service.youngestAge,
  unilateralTerms: (d) => yes(d.contract.unilateralChange),
  unknownSubprocessors: (d) => no(d.contract.subprocessorsKnown),
  informationRightsGap: (d) => no(d.rights.notice) || no(d.rights.rightsHandled),
  accountsOutsidePolicy: (d) => no(d.security.accountRules),
  securityGaps: (d) => [d.security.logs, d.security.encryption, d.security.breachNotice].some(no),
  sccWithoutTia: (d) => d.transfer.mechanisms.some((m) => m === 'scc' || m === 'bcr') && no(d.transfer.tia),
  inheritedOverdue: (d, c) => inheritsPlatform(d, c) && d.platform.nextReview !== '' && d.platform.nextReview < c.today,
  // Guidance
  art8: (d, c) => d.roles.legalBasis === 'consent' || (yes(d.roles.ownAccount) && youngUnder13(d, c)),
  minimise: (d) => yes(d.data.ownContent) || yes(d.data.withoutAccounts),
  archive: (d) => yes(d.rights.archive),
  nis2: (d, c) => municipal(d, c) && (d.service.kind === 'platform' || d.service.kind === 'admin'),
  aiLiteracy: (d) => yes(d.safety.generativeAi) || yes(d.safety.highRiskAi),
  notInRecords: (d) => no(d.rights.inRecords),
} satisfies Record<string, P>;

export type PredicateName = keyof typeof predicates;
