// The Swedish catalogue of the digital-service kind: plain Swedish, "du".
import { catalogueOf } from '../../../engine/questions/messages';
import { KIND_ID, screens } from '../id';
import { outcomeNames } from './outcome-names';
import { svOptions } from './sv-options';
import { svQuestions } from './sv-questions';
import { svRules } from './sv-rules';
import { svScreens } from './sv-screens';

export const svOutcomes = outcomeNames.sv;

export const svSteps = {
  service: 'Tjänst och omfattning',
  platform: 'Plattformsvalidering',
  data: 'Personuppgifter',
  roles: 'Roller och rättslig grund',
  contract: 'Avtal',
  transfer: 'Lagring och överföring',
  security: 'Säkerhet och konton',
  safety: 'Barnsäkerhet och AI',
  dpia: 'Konsekvensbedömning',
  rights: 'Information och rättigheter',
  decision: 'Beslut och uppföljning',
} as const;

/** Why an approved service must be validated again. */
export const svOther = {
  'trigger.newTerms': 'Leverantören har nya villkor, en ny version eller ett nytt avtal.',
  'trigger.newSubprocessor': 'Leverantören har ett nytt underbiträde.',
  'trigger.transferChanged': 'Uppgifterna lagras någon annanstans eller förs över på annan grund.',
  'trigger.youngerPupils': 'Yngre elever ska använda tjänsten.',
  'trigger.newData': 'Tjänsten ska hantera nya slags uppgifter.',
  'trigger.newAi': 'Tjänsten har fått nya AI-funktioner.',
  'trigger.platformChanged': 'Plattformsvalideringen som tjänsten bygger på har ändrats.',
  // What started an omvalidering: one short name each, the same on screen, in the register and in the PDF.
  'revalidation.annual': 'Årlig omvalidering',
  'revalidation.newTerms': 'Nya villkor',
  'revalidation.newSubprocessor': 'Nytt underbiträde',
  'revalidation.incident': 'Incident',
} as const;

export const sv = catalogueOf(KIND_ID, {
  questions: svQuestions, options: svOptions, rules: svRules, outcomes: svOutcomes, steps: svSteps, other: { ...svOther, ...screens(svScreens) },
});
