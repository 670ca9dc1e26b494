// K. Säkerhet och konton, B. Barnsäkerhet och AI (domain brief, section 3).
import { choice, number, step, text, yesNo, yesNoUnknown } from '../../../engine/questions/builders';

const inh = { inheritable: true } as const;

export const security = step('security', {
  login: choice('login', ['sso', 'vendorSchoolEmail', 'private', 'none'], {
    ...inh, required: true, rules: ['DS-S02-own-accounts-under-13', 'DS-S08-no-sso-mfa'],
  }),
  mfa: yesNo({ ...inh, required: true, rules: ['DS-S08-no-sso-mfa'] }),
  roleAccess: yesNo({ ...inh, required: true, rules: ['DS-H12-no-role-access'] }),
  shielding: yesNo({ ...inh, required: true, when: 'protectedIdentity', rules: ['DS-H13-protected-identity'] }),
  logs: yesNo({ ...inh, rules: ['DS-S17-security-gaps'] }),
  encryption: yesNo({ ...inh, rules: ['DS-S17-security-gaps'] }),
  accountRules: yesNo({ required: true, rules: ['DS-S16-accounts-policy'] }),
  breachNotice: yesNo({ ...inh, rules: ['DS-S17-security-gaps'] }),
}, { when: 'mayProcessPersonalData' });

const asked = { ...inh, required: true } as const;
const mustKnow = { ...asked, inc: true } as const;

export const safety = step('safety', {
  ads: yesNo({ ...asked, rules: ['DS-S01-free-ad-funded'] }),
  telemetry: yesNoUnknown({ ...mustKnow, rules: ['DS-S05-telemetry'] }),
  purchases: yesNo({ ...asked, rules: ['DS-S07-in-app-purchases'] }),
  strangers: choice('strangers', ['no', 'schoolOnly', 'yes'], { required: true, rules: ['DS-S11-strangers', 'DS-G02-bullying-plan'] }),
  ageLimit: number({ min: 0, max: 99, rules: ['DS-S12-age-limit'] }),
  generativeAi: yesNo({ ...asked, rules: ['DS-S06-generative-ai', 'DS-G06-ai-literacy'] }),
  emotionInference: yesNoUnknown({ ...mustKnow, rules: ['DS-H07-emotion-inference'] }),
  biometricCategorisation: yesNoUnknown({ ...mustKnow, rules: ['DS-H08-biometric-categorisation'] }),
  biometricId: yesNoUnknown({ ...mustKnow, rules: ['DS-H09-biometric-identification'] }),
  highRiskAi: yesNo({ ...asked, rules: ['DS-E04-high-risk-ai', 'DS-G06-ai-literacy'] }),
  automatedDecisions: yesNo({ ...inh, rules: ['DS-E04-high-risk-ai'] }),
  abuseHandling: text({ when: 'contactOrContent', rules: ['DS-G02-bullying-plan'] }),
});
