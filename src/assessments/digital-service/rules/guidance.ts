// Guidance: info, never blocks and needs no answer.
import { URL, ruleOf, type Rule } from './types';

const info = ruleOf('info');

export const guidanceRules: readonly Rule[] = [
  info('DS-G01-art8', ['art8'], 'roles.legalBasis', 'GDPR 8; DSL 2 kap. 4 §; IMY', URL.dsl),
  info('DS-G02-bullying-plan', ['contactOrContent'], 'safety.abuseHandling', 'Skollagen 6 kap. 8, 10 §§', URL.skollagen),
  info('DS-G03-minimise', ['minimise'], 'data.withoutAccounts', 'GDPR 5(1)(c); Oslo', URL.oslo),
  info('DS-G04-archive', ['archive'], 'rights.archive', 'Arkivlagen (1990:782)', URL.arkivlagen),
  info('DS-G05-nis2', ['nis2'], 'service.kind', 'Cybersäkerhetslagen (2025:1506)', URL.cyber),
  info('DS-G06-ai-literacy', ['aiLiteracy'], 'safety.generativeAi', 'AI-förordningen 4', URL.aiAct),
  info('DS-G07-records', ['notInRecords'], 'rights.inRecords', 'GDPR 30', URL.gdpr),
];
