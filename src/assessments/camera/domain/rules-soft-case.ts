// Soft rules about the case as a whole (domain brief, section 6): the problem, data handling,
// information and review. Warnings the principal must read and may answer with a justification.
import type { Hit, Rule, RuleContext } from './rule-types';
import { SOURCES } from './sources';
import { addMonths } from '../../../engine/dates';
import { dpiaIndicated } from './indicators';
import { CHECKED, warningAt, CHECKED_2026_12, filled, t, when } from './rule-helpers';
import { problemDescribed } from './predicates';

/** Fewer documented incidents than this is a thin basis (our threshold). */
export const FEW_INCIDENTS = 3;
/** Two weeks: the upper end of practice; beyond it the retention is hard to defend. */
export const RETENTION_STRONG_LIMIT_HOURS = 14 * 24;

const newestIncident = (ctx: RuleContext): string =>
  ctx.assessment.problem.incidents.reduce((max, i) => (i.date > max ? i.date : max), '');

export const softCaseRules: readonly Rule[] = [
  {
    id: 'KB-S05-retention-over-policy',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.retentionHours',
    test: when('data.retentionHours', (ctx) => (ctx.assessment.data.retentionHours ?? 0) > ctx.policy.maxRetentionHours),
    message: t(
      'Lagringstiden är längre än organisationens gräns (förvalt 72 timmar). Spara inspelningar så kort tid som möjligt, eller motivera den längre tiden.',
      "The retention is longer than the organisation's limit (72 hours by default). Keep footage as briefly as possible, or explain the longer time.",
    ),
    source: SOURCES.policy,
    checked: CHECKED,
  },
  {
    id: 'KB-S06-retention-over-two-weeks',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.retentionHours',
    test: when('data.retentionHours', (ctx) => (ctx.assessment.data.retentionHours ?? 0) > RETENTION_STRONG_LIMIT_HOURS),
    message: t(
      'Lagringstiden är längre än två veckor, vilket är den övre gränsen i praxis. En så lång lagringstid är mycket svår att motivera.',
      'The retention is longer than two weeks, the upper end of practice. Such a long retention is very hard to justify.',
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-S07-no-auto-delete',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.autoDelete',
    test: when('data.autoDelete', (ctx) => ctx.assessment.data.autoDelete === 'no'),
    message: t(
      'Inspelningarna raderas inte automatiskt. Ställ in automatisk radering så att lagringstiden verkligen hålls.',
      'Footage is not deleted automatically. Turn on automatic deletion so the retention time is actually kept.',
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-S11-cloud-storage',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.storage',
    test: when('data.storage', (ctx) => ctx.assessment.data.storage === 'cloud'),
    message: t(
      'Inspelningarna lagras i molnet. Kontrollera att det finns ett personuppgiftsbiträdesavtal, var servrarna står och vem som kan komma åt bilderna.',
      'Footage is stored in the cloud. Check that there is a data processing agreement, where the servers are and who can reach the footage.',
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-S12-outside-eea',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.storageInEuEea',
    test: when('data.storageInEuEea', (ctx) => ctx.assessment.data.storageInEuEea === 'no'),
    message: t(
      'Inspelningarna lagras utanför EU/EES. Det kräver ett beslut om adekvat skyddsnivå eller standardavtalsklausuler med en bedömning av överföringen.',
      'Footage is stored outside the EU/EEA. That requires an adequacy decision or standard contractual clauses with a transfer assessment.',
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-S23-no-processor-agreement',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.processorAgreement',
    test: when('data.processorAgreement', (ctx) => ctx.assessment.data.processorUsed === 'yes' && ctx.assessment.data.processorAgreement === 'no'),
    message: t(
      'Ett företag hanterar inspelningarna men det finns inget personuppgiftsbiträdesavtal. Teckna ett avtal innan bevakningen börjar.',
      'A company handles the footage but there is no data processing agreement. Sign one before surveillance starts.',
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-S13-few-incidents',
    ...warningAt('problem', 'problem.incidents'),
    test: when('problem.incidents', (ctx) => {
      const { incidents, needReasoning } = ctx.assessment.problem;
      // With none and no reasoning, KB-H05-undocumented-need applies instead.
      return problemDescribed(ctx.assessment) && incidents.length < FEW_INCIDENTS && (incidents.length > 0 || filled(needReasoning));
    }),
    message: t(
      'Få händelser är dokumenterade. Ett väl dokumenterat problem är det starkaste skälet för bevakning: för in alla händelser du känner till.',
      'Few incidents are documented. A well-documented problem is the strongest reason for surveillance: log every incident you know of.',
    ),
    source: SOURCES.imyGuide,
    checked: CHECKED,
  },
  {
    id: 'KB-S14-old-incidents',
    ...warningAt('problem', 'problem.incidents'),
    test: when('problem.incidents', (ctx) => {
      const newest = newestIncident(ctx);
      return newest !== '' && newest < addMonths(ctx.decisionDate, -12);
    }),
    message: t(
      'Den senaste dokumenterade händelsen är mer än tolv månader gammal. Visa att problemet finns kvar i dag.',
      'The latest documented incident is more than twelve months old. Show that the problem still exists today.',
    ),
    source: SOURCES.imyGuide,
    checked: CHECKED,
  },
  {
    id: 'KB-S15-measure-not-evaluated',
    severity: 'warn',
    step: 'measures',
    perCamera: false,
    field: 'measures.items.*.result',
    test: (ctx) =>
      ctx.assessment.measures.items.flatMap((m, i): Hit[] =>
        m.tried === 'yes' && !filled(m.result) && !filled(m.whyInsufficient) ? [{ field: `measures.items.${i}.result`, itemId: m.id }] : [],
      ),
    message: t(
      'Åtgärden har prövats men inte utvärderats. Beskriv vad den gav och varför den inte räckte.',
      'The measure was tried but not evaluated. Describe what it achieved and why it was not enough.',
    ),
    source: SOURCES.imyGuide,
    checked: CHECKED,
  },
  {
    id: 'KB-S16-independent-basis-unconfirmed',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.legalBasisConfirmedByDpo',
    unverified: true,
    test: when(
      'data.legalBasisConfirmedByDpo',
      (ctx) => ctx.assessment.school.ownerType === 'independent' && ctx.assessment.data.legalBasisConfirmedByDpo === 'no',
    ),
    message: t(
      'För en fristående skola kan den rättsliga grunden vara allmänt intresse (6.1 e) eller berättigat intresse (6.1 f). Huvudmannen har inte skrivit ner sitt val efter dataskyddsombudets råd. Ombudet ger råd; huvudmannen beslutar och skriver varför.',
      "For an independent school the legal basis may be public interest (6.1 e) or legitimate interest (6.1 f). The school owner has not recorded its choice after the DPO's advice. The DPO advises; the owner decides and records why.",
    ),
    source: SOURCES.imySchools,
    checked: CHECKED_2026_12,
  },
  ...informationRules(),
];

function informationRules(): Rule[] {
  const groups = [
    ['pupils', 'pupilsInformed'],
    ['guardians', 'guardiansInformed'],
    ['staff', 'staffInformed'],
  ] as const;
  return [
    {
      id: 'KB-S17-not-informed',
      severity: 'warn',
      step: 'consultation',
      perCamera: false,
      field: 'consultation.guardiansInformed',
      test: (ctx) =>
        groups.flatMap(([group, field]): Hit[] =>
          ctx.assessment.consultation[field] === 'no' ? [{ field: `consultation.${field}`, itemId: group }] : [],
        ),
      message: t(
        'Elever, vårdnadshavare och personal ska informeras innan bevakningen börjar. Bristande information var ett av skälen till IMY:s sanktionsavgift mot Aspuddens skola.',
        'Pupils, guardians and staff must be informed before surveillance starts. Missing information was one of the reasons for IMY’s fine against Aspuddens skola.',
      ),
      source: SOURCES.aspudden,
      checked: CHECKED,
    },
    {
      id: 'KB-S18-not-for-children',
      severity: 'warn',
      step: 'consultation',
      perCamera: false,
      field: 'consultation.informationForChildren',
      test: when('consultation.informationForChildren', (ctx) => ctx.assessment.consultation.informationForChildren === 'no'),
      message: t(
        'Informationen är inte skriven så att barn förstår den. Skriv en enkel version för eleverna, anpassad efter de yngstas ålder.',
        'The information is not written so that children understand it. Write a simple version for the pupils, suited to the youngest.',
      ),
      source: SOURCES.imySchools,
      checked: CHECKED,
    },
    {
      id: 'KB-S19-review-too-late',
      severity: 'warn',
      step: 'decision',
      perCamera: false,
      field: 'decision.nextReviewDate',
      test: when('decision.nextReviewDate', (ctx) => {
        const next = ctx.assessment.decision.nextReviewDate;
        return next !== '' && next > addMonths(ctx.decisionDate, 12);
      }),
      message: t(
        'Nästa omprövning ligger mer än ett år fram. Pröva skälen för bevakningen minst en gång om året.',
        'The next review is more than a year away. Re-examine the reasons for surveillance at least once a year.',
      ),
      source: SOURCES.imySchoolQa,
      checked: CHECKED,
    },
    {
      id: 'KB-S20-placement-drawings',
      severity: 'warn',
      step: 'data',
      perCamera: false,
      field: 'data.placementDrawingsShared',
      test: when('data.placementDrawingsShared', (ctx) => ctx.assessment.data.placementDrawingsShared === 'yes'),
      message: t(
        'Ritningar över var kamerorna sitter kan omfattas av sekretess (OSL 18 kap. 8 §). Håll dem utanför dokument som sprids brett, till exempel information till vårdnadshavare.',
        'Drawings of camera placement may be secret (OSL ch. 18 § 8). Keep them out of widely shared documents, such as information to guardians.',
      ),
      source: SOURCES.placementDrawings,
      checked: CHECKED,
    },
    {
      id: 'KB-S21-dpia-indicated',
      severity: 'warn',
      step: 'consultation',
      perCamera: false,
      field: 'consultation.dpiaNoneReason',
      test: when('consultation.dpiaNoneReason', (ctx) => ctx.assessment.consultation.dpiaDone === 'no' && dpiaIndicated(ctx)),
      message: t(
        'Bevakningen är systematisk och gäller barn eller en allmän plats. Då pekar dataskyddsförordningen (artikel 35) på att en konsekvensbedömning behövs. Kontrollera skälet med dataskyddsombudet.',
        'The surveillance is systematic and concerns children or a public place. The GDPR (Article 35) then points to a data protection impact assessment. Check the reason with the DPO.',
      ),
      source: SOURCES.imyAdvice,
      checked: CHECKED,
    },
  ];
}
