// The options in English, typed against the Swedish option sets.
import type { svOptions } from './sv-options';

type Sets = { [S in keyof typeof svOptions]: Record<keyof (typeof svOptions)[S], string> };

export const enOptions: Sets = {
  yesNo: { yes: 'Yes', no: 'No' },
  yesNoUnknown: { yes: 'Yes', no: 'No', unknown: 'Don\'t know' },
  serviceKind: {
    tool: 'Learning tool or app', platform: 'Platform (learning platform, office suite, e-mail)', admin: 'Administrative system',
    homeSchool: 'School–home communication', ai: 'AI service', website: 'Website without login',
  },
  users: { pupils: 'Pupils', staff: 'Staff', guardians: 'Guardians' },
  grades: {
    fk: 'Preschool class', g1: 'Year 1', g2: 'Year 2', g3: 'Year 3', g4: 'Year 4', g5: 'Year 5', g6: 'Year 6', g7: 'Year 7',
    g8: 'Year 8', g9: 'Year 9', gy1: 'Upper secondary year 1', gy2: 'Upper secondary year 2', gy3: 'Upper secondary year 3',
  },
  scope: { group: 'One group', school: 'One school', schools: 'Several schools' },
  mandatory: { mandatory: 'Mandatory', optional: 'Optional, with an equal alternative' },
  inherits: { no: 'No', yes: 'Yes, imported' },
  funding: {
    licence: 'Paid licence', publicFree: 'Free from a public body', adFunded: 'Free with ads or data collection',
    freemium: 'Free basics, paid extras', unknown: 'Don\'t know',
  },
  platformStatus: {
    underReview: 'Under review', approved: 'Approved', approvedWithConditions: 'Approved with conditions',
    rejected: 'Rejected', discontinued: 'Discontinued',
  },
  categories: {
    name: 'Name', email: 'E-mail', personalNumber: 'Personal identity number', media: 'Images, film or sound', work: 'Pupils\' work',
    results: 'Results and assessments', grades: 'Grades', attendance: 'Attendance', chat: 'Chat', logs: 'Logs and IP addresses',
    location: 'Location', guardianContacts: 'Guardians\' contact details',
  },
  ownerType: { municipal: 'Municipal', independent: 'Independent school owner' },
  vendorRole: {
    processor: 'Processor', controller: 'Independent controller', none: 'Processes no personal data', unknown: 'Don\'t know',
  },
  legalBasis: {
    publicTask: '6(1)(e) – public interest', legalObligation: '6(1)(c) – legal obligation', consent: '6(1)(a) – consent',
    contract: '6(1)(b) – contract', legitimateInterest: '6(1)(f) – legitimate interest', unknown: 'Don\'t know',
  },
  dpa: { signed: 'Yes, signed', standardAccepted: 'Yes, standard terms accepted by an authorised person', none: 'No', unknown: 'Don\'t know' },
  ownPurposes: { forbidden: 'No, the agreement forbids it', yes: 'Yes', unknown: 'Don\'t know' },
  locations: {
    sweden: 'Sweden', eea: 'EU/EEA', adequate: 'Country with an adequacy decision', usa: 'USA', thirdCountry: 'Other country outside the EU/EEA',
    unknown: 'Don\'t know',
  },
  mechanisms: {
    adequacy: 'Adequacy decision', dpf: 'EU–US Data Privacy Framework', scc: 'Standard contractual clauses', bcr: 'Binding corporate rules',
    art49: 'Article 49 derogation', none: 'None', unknown: 'Don\'t know',
  },
  login: {
    sso: 'School owner\'s login (SSO)', vendorSchoolEmail: 'Vendor account with the school e-mail',
    private: 'Private e-mail or social login', none: 'No login',
  },
  strangers: { no: 'No', schoolOnly: 'Only within the school', yes: 'Yes' },
  dpia: { own: 'Yes, our own', reused: 'Yes, a reused sector or platform DPIA', none: 'No', notNeeded: 'Not needed', unknown: 'Don\'t know' },
  level: { principal: 'Principal', administration: 'Administration or school owner' },
  verdict: { approve: 'Approved', approveWithConditions: 'Approved with conditions', reject: 'Rejected', refer: 'Referred' },
};
