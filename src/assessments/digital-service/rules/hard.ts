// Hard rules: block, outcome "Kan inte godkännas" (DS-H10: "Konsekvensbedömning krävs först").
import { URL, ruleOf, type Rule } from './types';

const hard = ruleOf('block');

export const hardRules: readonly Rule[] = [
  hard('DS-H01-no-pub-avtal', ['processorWithoutDpa'], 'contract.dpa', 'GDPR 28(3); DI Salem', URL.gdpr),
  hard('DS-H02-vendor-own-purposes', ['vendorOwnPurposes'], 'contract.ownPurposes',
    'GDPR 5(1)(b), 28(3)(a), 28(10); Datatilsynet DK 2024-01-30', URL.dkChromebook),
  hard('DS-H03-consent-mandatory', ['consentForMandatory'], 'roles.legalBasis',
    'IMY Skellefteå 2019-08-20; EDPB 05/2020; GDPR skäl 43', URL.imySkelleftea),
  hard('DS-H04-basis-public-body', ['basisNotForPublicBody'], 'roles.legalBasis', 'GDPR 6(1)', URL.gdpr),
  hard('DS-H05-special-not-cleared', ['sensitiveNotCleared'], 'data.clearedForSensitive', 'GDPR 9, 32; OSL; Oslo', URL.gdpr),
  hard('DS-H06-transfer-no-mechanism', ['transferWithoutMechanism'], 'transfer.mechanisms', 'GDPR 44–49; EDPB 2/2018', URL.gdpr),
  hard('DS-H07-emotion-inference', ['emotionInference'], 'safety.emotionInference', 'AI-förordningen 5(1)(f)', URL.aiAct),
  hard('DS-H08-biometric-categorisation', ['biometricCategorisation'], 'safety.biometricCategorisation',
    'AI-förordningen 5(1)(g)', URL.aiAct),
  hard('DS-H09-biometric-identification', ['biometricIdentification'], 'safety.biometricId',
    'GDPR 9; IMY Skellefteå 2019-08-20', URL.imySkelleftea),
  hard('DS-H10-dpia-missing', ['dpiaMissing'], 'dpia.exists', 'GDPR 35; WP248 rev.01; IMY Östersund 2023-11-28',
    URL.imyOstersund, { leadsTo: 'dpia-first' }),
  hard('DS-H11-no-deletion-at-end', ['noDeletionAtEnd'], 'contract.deletionAtEnd', 'GDPR 28(3)(g); DI Salem', URL.gdpr),
  hard('DS-H12-no-role-access', ['noRoleAccess'], 'security.roleAccess', 'GDPR 32; IMY Skolplattformen 2020-11-23',
    URL.imySkolplattformen),
  hard('DS-H13-protected-identity', ['protectedIdentityExposed'], 'security.shielding',
    'IMY Skolplattformen 2020-11-23; OSL', URL.imySkolplattformen),
  hard('DS-H14-inherited-not-in-force', ['inheritedNotInForce'], 'platform.status', 'policy (Oslo-modellen)', URL.oslo),
];
