// Routing: escalate, outcome "Skickas till förvaltningen/huvudmannen". All but DS-E05 only when the
// rektor decides: the förvaltning or huvudman deciding is where the case is sent.
import { URL, ruleOf, type Rule } from './types';

const route = ruleOf('escalate');

export const routeRules: readonly Rule[] = [
  route('DS-E01-platform', ['principalDecides', 'platformLevel'], 'decision.level', 'Oslo; Frederiksberg; policy', URL.oslo),
  route('DS-E02-sensitive', ['principalDecides', 'sensitiveData'], 'decision.level',
    'GDPR 9; IMY Skolplattformen 2020-11-23', URL.imySkolplattformen),
  route('DS-E03-large-scale', ['principalDecides', 'largeScale'], 'decision.level',
    'WP248 rev.01; IMY Östersund 2023-11-28', URL.imyOstersund),
  route('DS-E04-high-risk-ai', ['principalDecides', 'highRiskAi'], 'decision.level',
    'AI-förordningen bilaga III p. 3, 26, 27 (ändrad genom förordning (EU) 2026/1744); GDPR 22', URL.aiAct),
  route('DS-E05-residual-risk', ['residualRisk'], 'dpia.residualRisk', 'GDPR 36', URL.gdpr),
  route('DS-E06-beyond-platform', ['principalDecides', 'beyondPlatform'], 'decision.level', 'Oslo-modellen', URL.oslo),
  route('DS-E07-vendor-controller', ['principalDecides', 'vendorController'], 'roles.vendorRole',
    'Datatilsynet DK 2024-01-30', URL.dkChromebook),
];
