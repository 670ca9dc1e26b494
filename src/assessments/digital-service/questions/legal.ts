// L. Roller och rättslig grund, C. Avtal, T. Lagring och överföring (domain brief, section 3).
import { choice, date, list, multi, number, step, text, yesNo, yesNoUnknown } from '../../../engine/questions/builders';

const gate = { when: 'mayProcessPersonalData' } as const;

export const roles = step('roles', {
  ownerType: choice('ownerType', ['municipal', 'independent'], {
    required: true, rules: ['DS-H04-basis-public-body', 'DS-S04-foreign-law-secrecy', 'DS-G05-nis2'],
  }),
  ownerName: text({ max: 300 }),
  vendorRole: choice('vendorRole', ['processor', 'controller', 'none', 'unknown'], {
    required: true, inc: true, inheritable: true, rules: ['DS-H01-no-pub-avtal', 'DS-E07-vendor-controller'],
  }),
  legalBasis: choice('legalBasis', ['publicTask', 'legalObligation', 'consent', 'contract', 'legitimateInterest', 'unknown'], {
    required: true, inc: true, rules: ['DS-H03-consent-mandatory', 'DS-H04-basis-public-body', 'DS-G01-art8'],
  }),
  ownAccount: yesNo({ required: true, rules: ['DS-S02-own-accounts-under-13', 'DS-G01-art8'] }),
  dpoAdvice: text({ required: true, when: 'dpoAdviceNeeded', rules: ['DS-H10-dpia-missing'] }),
  dpoAdviceDate: date({ required: true, when: 'dpoAdviceNeeded' }),
}, gate);

const inh = { inheritable: true } as const;

export const contract = step('contract', {
  dpa: choice('dpa', ['signed', 'standardAccepted', 'none', 'unknown'], {
    ...inh, required: true, inc: true, rules: ['DS-H01-no-pub-avtal'],
  }),
  dpaDate: date({ ...inh, when: 'hasDpa' }),
  dpaSignedBy: text({ ...inh, max: 300, when: 'hasDpa' }),
  dpaRef: text({ ...inh, max: 100, when: 'hasDpa' }),
  ownPurposes: choice('ownPurposes', ['forbidden', 'yes', 'unknown'], {
    ...inh, required: true, inc: true, rules: ['DS-H02-vendor-own-purposes'],
  }),
  subprocessorsKnown: yesNo({ ...inh, required: true, rules: ['DS-S14-subprocessors'] }),
  subprocessors: list({
    name: text({ required: true, max: 300 }),
    country: text({ max: 100 }),
    task: text({ max: 500 }),
  }, { ...inh, when: 'subprocessorsListed' }),
  deletionAtEnd: yesNoUnknown({ ...inh, required: true, inc: true, rules: ['DS-H11-no-deletion-at-end'] }),
  deletionDays: number({ ...inh, min: 0, max: 3650, when: 'deletesAtEnd' }),
  unilateralChange: yesNo({ ...inh, rules: ['DS-S13-unilateral-terms'] }),
}, gate);

export const transfer = step('transfer', {
  locations: multi('locations', ['sweden', 'eea', 'adequate', 'usa', 'thirdCountry', 'unknown'], {
    ...inh, required: true, inc: true, rules: ['DS-H06-transfer-no-mechanism'],
  }),
  foreignLaw: yesNoUnknown({ ...inh, rules: ['DS-S04-foreign-law-secrecy'] }),
  mechanisms: multi('mechanisms', ['adequacy', 'dpf', 'scc', 'bcr', 'art49', 'none', 'unknown'], {
    ...inh, required: true, inc: true, when: 'outsideEea',
    rules: ['DS-H06-transfer-no-mechanism', 'DS-S03-dpf-only', 'DS-S18-no-tia'],
  }),
  tia: yesNo({ ...inh, when: 'sccOrBcr', rules: ['DS-S18-no-tia'] }),
  tiaDate: date({ ...inh, when: 'tiaDone' }),
}, gate);
