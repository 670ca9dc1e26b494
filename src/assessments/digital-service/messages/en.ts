// The English catalogue, every part typed against the Swedish keys.
import { catalogueOf } from '../../../engine/questions/messages';
import { KIND_ID, screens } from '../id';
import { outcomeNames } from './outcome-names';
import { enOptions } from './en-options';
import { enQuestions } from './en-questions';
import { enRules } from './en-rules';
import { enScreens } from './en-screens';
import type { svOther, svSteps } from './sv';

export const enOutcomes = outcomeNames.en;

const enSteps: Record<keyof typeof svSteps, string> = {
  service: 'Service and scope',
  platform: 'Platform validation',
  data: 'Personal data',
  roles: 'Roles and legal basis',
  contract: 'Agreement',
  transfer: 'Storage and transfers',
  security: 'Security and accounts',
  safety: 'Child safety and AI',
  dpia: 'Impact assessment',
  rights: 'Information and rights',
  decision: 'Decision and follow-up',
};

const enOther: Record<keyof typeof svOther, string> = {
  'trigger.newTerms': 'The vendor has new terms, a new edition or a new agreement.',
  'trigger.newSubprocessor': 'The vendor has a new sub-processor.',
  'trigger.transferChanged': 'The data is stored elsewhere or transferred on another basis.',
  'trigger.youngerPupils': 'Younger pupils will use the service.',
  'trigger.newData': 'The service will handle new kinds of data.',
  'trigger.newAi': 'The service has new AI features.',
  'trigger.platformChanged': 'The platform validation the service builds on has changed.',
  'revalidation.annual': 'Annual re-validation',
  'revalidation.newTerms': 'New terms',
  'revalidation.newSubprocessor': 'New sub-processor',
  'revalidation.incident': 'Incident',
};

export const en = catalogueOf(KIND_ID, {
  questions: enQuestions, options: enOptions, rules: enRules, outcomes: enOutcomes, steps: enSteps, other: { ...enOther, ...screens(enScreens) },
});
