// O. Tjänst och omfattning, P. Personuppgifter (domain brief, section 3).
import { choice, multi, number, step, text, date, yesNo, yesNoUnknown } from '../../../engine/questions/builders';

export const GRADES = ['fk', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9', 'gy1', 'gy2', 'gy3'] as const;
export const CATEGORIES = [
  'name', 'email', 'personalNumber', 'media', 'work', 'results', 'grades',
  'attendance', 'chat', 'logs', 'location', 'guardianContacts',
] as const;

export const service = step('service', {
  name: text({ required: true, max: 200 }),
  vendor: text({ required: true, max: 500, inheritable: true }),
  edition: text({ max: 500, inheritable: true }),
  url: text({ max: 1000, inheritable: true }),
  purpose: text({ required: true }),
  kind: choice('serviceKind', ['tool', 'platform', 'admin', 'homeSchool', 'ai', 'website'], {
    required: true, inheritable: true, rules: ['DS-E01-platform', 'DS-G05-nis2'],
  }),
  users: multi('users', ['pupils', 'staff', 'guardians'], { required: true }),
  grades: multi('grades', GRADES, { required: true, when: 'pupilsUse' }),
  youngestAge: number({
    min: 1, max: 99, required: true, when: 'pupilsUse',
    rules: ['DS-S02-own-accounts-under-13', 'DS-S12-age-limit', 'DS-E06-beyond-platform'],
  }),
  scope: choice('scope', ['group', 'school', 'schools'], { required: true, rules: ['DS-E01-platform', 'DS-E03-large-scale'] }),
  pupilCount: number({ min: 0, max: 10_000_000, required: true, when: 'pupilsUse', rules: ['DS-E03-large-scale'] }),
  mandatory: choice('mandatory', ['mandatory', 'optional'], { required: true, when: 'pupilsUse', rules: ['DS-H03-consent-mandatory'] }),
  requesterName: text({ max: 200 }),
  requestedOn: date(),
  inherits: choice('inherits', ['no', 'yes'], {
    rules: ['DS-H14-inherited-not-in-force', 'DS-S19-inherited-overdue', 'DS-E06-beyond-platform'],
  }),
  funding: choice('funding', ['licence', 'publicFree', 'adFunded', 'freemium', 'unknown'], {
    required: true, inc: true, inheritable: true, rules: ['DS-S01-free-ad-funded'],
  }),
});

const ifData = { required: true, inc: true, when: 'handlesPersonalData' } as const;

export const data = step('data', {
  personalData: yesNoUnknown({ required: true, inc: true }),
  categories: multi('categories', CATEGORIES, {
    required: true, when: 'handlesPersonalData', rules: ['DS-H12-no-role-access', 'DS-S04-foreign-law-secrecy'],
  }),
  special: yesNoUnknown({ ...ifData, rules: ['DS-H05-special-not-cleared', 'DS-E02-sensitive', 'DS-S04-foreign-law-secrecy'] }),
  secret: yesNoUnknown({
    ...ifData, rules: ['DS-H05-special-not-cleared', 'DS-H12-no-role-access', 'DS-E02-sensitive', 'DS-S04-foreign-law-secrecy'],
  }),
  protectedIdentity: yesNoUnknown({
    ...ifData, rules: ['DS-H12-no-role-access', 'DS-H13-protected-identity', 'DS-E02-sensitive', 'DS-S04-foreign-law-secrecy'],
  }),
  ownContent: yesNo({ required: true, rules: ['DS-G02-bullying-plan', 'DS-G03-minimise'] }),
  clearedForSensitive: yesNo({ required: true, when: 'sensitiveOrSecret', inheritable: true, rules: ['DS-H05-special-not-cleared'] }),
  withoutAccounts: yesNo({ when: 'handlesPersonalData', rules: ['DS-G03-minimise'] }),
  profiling: yesNo({ required: true, when: 'handlesPersonalData', rules: ['DS-H10-dpia-missing'] }),
});
