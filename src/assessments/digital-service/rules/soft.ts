// Warnings: each answered by a condition in the decision (or a justification); outcome
// "Kan godkännas med villkor".
import { URL, ruleOf, type Rule } from './types';

const warn = ruleOf('warn');

export const softRules: readonly Rule[] = [
  warn('DS-S01-free-ad-funded', ['adFunded'], 'service.funding', 'Datatilsynet NO 2025; Frederiksberg; DSA 28', URL.noDatatilsynet),
  warn('DS-S02-own-accounts-under-13', ['ownAccountsUnder13'], 'roles.ownAccount', 'GDPR 8; DSL 2 kap. 4 §; policy', URL.dsl),
  warn('DS-S03-dpf-only', ['dpfOnly'], 'transfer.mechanisms', 'Beslut (EU) 2023/1795; mål C-703/25 P (pågår)', URL.latombe),
  warn('DS-S04-foreign-law-secrecy', ['foreignLawSecrecy'], 'transfer.foreignLaw',
    'OSL; eSams rättsliga uttalande om röjande och molntjänster (2018)', URL.esam),
  warn('DS-S05-telemetry', ['telemetry'], 'safety.telemetry', 'GDPR 5(1)(c); SURF/SIVON', URL.sivon),
  warn('DS-S06-generative-ai', ['generativeAi'], 'safety.generativeAi', 'AI-förordningen 4, 50; Udir', URL.aiAct),
  warn('DS-S07-in-app-purchases', ['inAppPurchases'], 'safety.purchases', 'Frederiksberg', URL.frederiksberg),
  warn('DS-S08-no-sso-mfa', ['weakLogin'], 'security.login', 'GDPR 32; policy', URL.gdpr),
  warn('DS-S09-old-sector-dpia', ['oldSectorDpia'], 'dpia.date', 'GDPR 35(11); SURF/SIVON', URL.gdpr),
  warn('DS-S10-no-offboarding', ['noOffboarding'], 'decision.offboarding', 'Oslo; GDPR 28(3)(g)', URL.oslo),
  warn('DS-S11-strangers', ['strangers'], 'safety.strangers', 'Skollagen 6 kap.; policy', URL.skollagen),
  warn('DS-S12-age-limit', ['ageLimitAbovePupils'], 'safety.ageLimit', 'leverantörens villkor', ''),
  warn('DS-S13-unilateral-terms', ['unilateralTerms'], 'contract.unilateralChange', 'DI Salem', ''),
  warn('DS-S14-subprocessors', ['unknownSubprocessors'], 'contract.subprocessorsKnown', 'GDPR 28(2), 28(4)', URL.gdpr),
  warn('DS-S15-information-rights', ['informationRightsGap'], 'rights.notice', 'GDPR 12–17', URL.gdpr),
  warn('DS-S16-accounts-policy', ['accountsOutsidePolicy'], 'security.accountRules', 'policy', ''),
  warn('DS-S17-security-gaps', ['securityGaps'], 'security.logs', 'GDPR 32, 33', URL.gdpr),
  warn('DS-S18-no-tia', ['sccWithoutTia'], 'transfer.tia', 'C-311/18; EDPB Recommendations 01/2020', URL.gdpr),
  warn('DS-S19-inherited-overdue', ['inheritedOverdue'], 'platform.nextReview', 'policy', ''),
];
