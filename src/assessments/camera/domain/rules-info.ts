// Rules that come from the date and the organisation's policy rather than from the law's prohibitions:
// the permit era, central review of public places, and guidance on the register.
import type { Rule } from './rule-types';
import { SOURCES } from './sources';
import { treatedAsPublic } from './branches';
import { CHECKED, CHECKED_2026_12, eachCamera, t, when } from './rule-helpers';

export const infoRules: readonly Rule[] = [
  {
    id: 'KB-I01-permit-era',
    severity: 'escalate',
    step: 'school',
    perCamera: true,
    field: 'school.decisionDate',
    test: (ctx) =>
      ctx.regime === 'permit-era'
        ? eachCamera('publicAccess', (c) => treatedAsPublic(c))(ctx).map((hit) => ({ ...hit, field: 'school.decisionDate' }))
        : [],
    message: t(
      'Beslutsdatumet ligger före den 1 april 2025. Då krävdes tillstånd från IMY för att en skola skulle få kamerabevaka en plats dit allmänheten har tillträde. Rektorn kunde inte besluta själv: kontrollera att huvudmannen hade tillstånd.',
      'The decision date is before 1 April 2025. A school then needed a permit from IMY to film a place the public has access to. The principal could not decide alone: check that the school owner had a permit.',
    ),
    reason: t('den filmar en allmän plats och tillstånd från IMY krävdes då', 'it films a public place and an IMY permit was then required'),
    source: SOURCES.prop2025,
    checked: CHECKED,
  },
  {
    id: 'KB-P01-central-review',
    severity: 'info',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.publicAccess',
    leadsTo: 'central-review',
    // 2026-12: an independent school's case never goes to the municipality's förvaltning (KB-I04).
    test: (ctx) =>
      ctx.policy.centralReviewOfPublicAreas && ctx.regime === 'documented-balancing' && ctx.assessment.school.ownerType !== 'independent'
        ? eachCamera('publicAccess', (c) => treatedAsPublic(c))(ctx)
        : [],
    message: t(
      'Kameran filmar en plats dit allmänheten har tillträde. Enligt organisationens policy ska förvaltningen granska underlaget innan du beslutar.',
      "The camera films a place the public has access to. Under the organisation's policy, the administration reviews the case before you decide.",
    ),
    reason: t('den filmar en plats dit allmänheten har tillträde', 'it films a place the public has access to'),
    source: SOURCES.policy,
    checked: CHECKED,
  },
  {
    id: 'KB-I04-independent-owner',
    severity: 'info',
    step: 'school',
    perCamera: false,
    field: 'school.ownerType',
    unverified: true,
    test: when('school.ownerType', (ctx) => ctx.assessment.school.ownerType === 'independent' && ctx.cameras.length > 0),
    message: t(
      'Fristående skola: huvudmannen (bolaget, föreningen eller stiftelsen) är personuppgiftsansvarig och beslutar, eller den huvudmannen har delegerat till. Ärendet skickas till huvudmannen, aldrig till kommunens förvaltning. Huvudmannen är inte en myndighet och kan välja allmänt intresse (6.1 e) eller berättigat intresse (6.1 f); dataskyddsombudet ger råd om vilken, huvudmannen beslutar och skriver varför.',
      'Independent school: the school owner (the company, association or foundation) is the controller and decides, or whoever it has delegated to. The case goes to the school owner, never to the municipal administration. The owner is not a public authority and may choose public interest (6.1 e) or legitimate interest (6.1 f); the DPO advises which, the owner decides and records why.',
    ),
    source: SOURCES.imySchools,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-I02-register',
    severity: 'info',
    step: 'decision',
    perCamera: false,
    field: 'decision.registryNumber',
    unverified: true,
    test: when('decision.registryNumber', (ctx) => ctx.cameras.length > 0),
    message: t(
      'Skolan ska föra en förteckning över pågående kamerabevakning och bevakning som avslutats de senaste fem åren, och visa den för IMY på begäran. Spara underlaget i minst fem år efter att bevakningen har upphört.',
      'The school must keep a register of ongoing surveillance and of surveillance ended in the last five years, and show it to IMY on request. Keep the documents for at least five years after surveillance ends.',
    ),
    source: SOURCES.prop2025,
    checked: CHECKED,
  },
  {
    // A school that already films often points to its old permit; since the 2025 change it proves history only.
    id: 'KB-I05-permit-is-evidence',
    severity: 'info',
    step: 'school',
    perCamera: false,
    field: 'school.earlierBasis.kind',
    test: when('school.earlierBasis.kind', (ctx) => ctx.assessment.school.earlierBasis?.kind === 'imyPermit'),
    message: t(
      'Ett gammalt tillstånd från IMY är ett underlag, inte en grund. Sedan den 1 april 2025 är det din dokumenterade avvägning för varje plats som gäller.',
      'An old IMY permit is evidence, not a basis. Since 1 April 2025 your documented balancing for every place is what counts.',
    ),
    source: SOURCES.prop2025,
    checked: CHECKED_2026_12,
  },
];
