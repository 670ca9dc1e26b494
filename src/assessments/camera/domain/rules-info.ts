// Rules that come from the date and the organisation's policy rather than from the law's prohibitions:
// the permit era, central review of public places, and guidance on the register.
import type { Rule } from './rule-types';
import { SOURCES } from './sources';
import { treatedAsPublic } from './branches';
import { CHECKED, eachCamera, t, when } from './rule-helpers';

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
    test: (ctx) =>
      ctx.policy.centralReviewOfPublicAreas && ctx.regime === 'documented-balancing'
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
];
