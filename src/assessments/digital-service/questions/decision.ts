// R. Konsekvensbedömning, I. Information och rättigheter, A. Beslut och livscykel, and the platform
// validation a school builds on (domain brief, sections 3 and 6).
import { addedLater, choice, date, list, multi, number, step, text, yesNo, yesNoUnknown } from '../../../engine/questions/builders';
import { CATEGORIES } from './service';

export const dpia = step('dpia', {
  exists: choice('dpia', ['own', 'reused', 'none', 'notNeeded', 'unknown'], {
    required: true, inc: true, inheritable: true, rules: ['DS-H10-dpia-missing', 'DS-S09-old-sector-dpia'],
  }),
  date: date({ inheritable: true, when: 'dpiaExists', rules: ['DS-S09-old-sector-dpia'] }),
  source: text({ inheritable: true, max: 500, when: 'dpiaExists' }),
  whyNone: text({ when: 'dpiaNotNeeded', rules: ['DS-H10-dpia-missing'] }),
  residualRisk: yesNo({ inheritable: true, required: true, when: 'dpiaExists', rules: ['DS-E05-residual-risk'] }),
}, { when: 'mayProcessPersonalData' });

const ifData = { when: 'handlesPersonalData' } as const;

export const rights = step('rights', {
  notice: yesNo({ ...ifData, required: true, rules: ['DS-S15-information-rights'] }),
  noticeUrl: text({ ...ifData, max: 1000 }),
  rightsHandled: yesNo({ ...ifData, rules: ['DS-S15-information-rights'] }),
  inRecords: yesNo({ ...ifData, rules: ['DS-G07-records'] }),
  archive: yesNoUnknown({ rules: ['DS-G04-archive'] }),
});

export const decision = step('decision', {
  level: choice('level', ['principal', 'administration'], { required: true }),
  // The registrar's number for the ärende, printed on page 1 of the decision; files from before it lack it.
  registryNumber: addedLater(text({ max: 100 })),
  deciderName: text({ max: 200 }),
  deciderTitle: text({ max: 200 }),
  delegation: text({ max: 500 }),
  conditions: list({
    text: text({ required: true, max: 1000 }),
    public: yesNo(),
    ruleId: text({ max: 100 }),
    owner: text({ required: true, max: 200 }),
    due: date({ required: true }),
    inherited: yesNo(),
    done: yesNo(),
  }),
  verdict: choice('verdict', ['approve', 'approveWithConditions', 'reject', 'refer']),
  reasons: text({ required: true }),
  nextReview: date(),
  offboarding: text({ ...ifData, rules: ['DS-S10-no-offboarding'] }),
  offboardingOwner: text({ ...ifData, max: 200 }),
  serviceOwner: text({ max: 200 }),
});

/** What the school's validation keeps of the platform validation it imported: read-only, never typed in. */
export const platform = step('platform', {
  id: text({ max: 100 }),
  name: text({ max: 200 }),
  status: choice('platformStatus', ['underReview', 'approved', 'approvedWithConditions', 'rejected', 'discontinued'], {
    rules: ['DS-H14-inherited-not-in-force'],
  }),
  signedOn: date(),
  fingerprint: text({ max: 64 }),
  nextReview: date({ rules: ['DS-S19-inherited-overdue'] }),
  youngestAge: number({ min: 1, max: 99, rules: ['DS-E06-beyond-platform'] }),
  categories: multi('categories', CATEGORIES, { rules: ['DS-E06-beyond-platform'] }),
  specialCleared: yesNo({ rules: ['DS-E06-beyond-platform'] }),
  generativeAi: yesNo({ rules: ['DS-E06-beyond-platform'] }),
  highRiskAi: yesNo({ rules: ['DS-E06-beyond-platform'] }),
}, { when: 'inheritsPlatform' });
