// Which answers the review shows, in the order and words of the steps' questions.
import type { Assessment, Lang, StepId } from '../../domain';
import type { MessageKey, Translate } from '../../../../ui/i18n';
import { describeHours } from '../fields/hoursText';

export type FieldSpec =
  | { path: string; label: MessageKey; kind: 'text' | 'date' | 'bool' | 'area' }
  /** One row for an answer made of parts (a camera's hours): missing when any part is, worded by `format`. */
  | { path: string; label: MessageKey; kind: 'composite'; format: (t: Translate, lang: Lang) => string }
  | { path: string; label: MessageKey; kind: 'number'; unit?: MessageKey }
  | { path: string; label: MessageKey; kind: 'choice' | 'multi'; prefix: string };

interface GroupSpec {
  title: string;
  fields: FieldSpec[];
}

const text = (path: string, label: MessageKey): FieldSpec => ({ path, label, kind: 'text' });
const date = (path: string, label: MessageKey): FieldSpec => ({ path, label, kind: 'date' });
const yesNo = (path: string, label: MessageKey): FieldSpec => ({ path, label, kind: 'choice', prefix: 'wiz.opt' });
const choice = (path: string, label: MessageKey, prefix: string): FieldSpec => ({ path, label, kind: 'choice', prefix });

const person = (who: 'principal' | 'cameraPerson' | 'dpo'): FieldSpec[] => [
  text(`school.${who}.name`, 'step.school.person.name'),
  text(`school.${who}.title`, 'step.school.person.title'),
  text(`school.${who}.email`, 'step.school.person.email'),
  text(`school.${who}.phone`, 'step.school.person.phone'),
];

/** Only in a review of cameras already filming; the reference and date only for a permit or decision. */
function earlierBasis(a: Assessment, t: Translate): GroupSpec[] {
  const basis = a.school.earlierBasis;
  if (basis === undefined) return [];
  const kind = choice('school.earlierBasis.kind', 'step.school.earlierBasis.kind', 'step.school.earlierBasis.kind');
  if (basis.kind !== 'imyPermit' && basis.kind !== 'earlierDecision') return [{ title: t('step.school.g.earlier'), fields: [kind] }];
  const reference = text('school.earlierBasis.reference', 'step.school.earlierBasis.reference');
  return [{ title: t('step.school.g.earlier'), fields: [kind, reference, date('school.earlierBasis.date', 'step.school.earlierBasis.date')] }];
}

function school(a: Assessment, t: Translate): GroupSpec[] {
  return [
    {
      title: t('step.school.g.school'),
      fields: [
        choice('school.ownerType', 'step.school.ownerType', 'step.school.ownerType'),
        text('school.ownerName', 'step.school.ownerName'),
        text('school.schoolName', 'step.school.schoolName'),
        text('school.unitCode', 'step.school.unitCode'),
        { path: 'school.youngestPupilAge', label: 'step.school.youngestPupilAge', kind: 'number', unit: 'step.school.years' },
        text('school.schoolDay.from', 'step.school.schoolDay.from'),
        text('school.schoolDay.to', 'step.school.schoolDay.to'),
      ],
    },
    { title: t('step.school.principal'), fields: person('principal') },
    { title: t('step.school.cameraPerson'), fields: person('cameraPerson') },
    { title: t('step.school.dpo'), fields: person('dpo') },
    { title: t('step.school.g.dates'), fields: [date('school.decisionDate', 'step.school.decisionDate'), date('school.plannedStart', 'step.school.plannedStart')] },
    ...earlierBasis(a, t),
  ];
}

function problem(a: Assessment, t: Translate): GroupSpec[] {
  return [
    { title: t('step.problem.g.problem'), fields: [text('problem.description', 'step.problem.description'), text('problem.purpose', 'step.problem.purpose')] },
    ...a.problem.incidents.map((_, i) => {
      const b = `problem.incidents.${i}`;
      return {
        title: t('step.problem.incident.title', { n: i + 1 }),
        fields: [
          date(`${b}.date`, 'step.problem.incident.date'),
          text(`${b}.time`, 'step.problem.incident.time'),
          text(`${b}.place`, 'step.problem.incident.place'),
          choice(`${b}.type`, 'step.problem.incident.type', 'step.problem.type'),
          text(`${b}.description`, 'step.problem.incident.description'),
          text(`${b}.policeReportNumber`, 'step.problem.incident.police'),
          { path: `${b}.costSek`, label: 'step.problem.incident.cost', kind: 'number', unit: 'wiz.unit.sek' } as FieldSpec,
        ],
      };
    }),
    { title: t('step.problem.g.need'), fields: [text('problem.needReasoning', 'step.problem.needReasoning')] },
  ];
}

function measures(a: Assessment, t: Translate): GroupSpec[] {
  return [
    ...a.measures.items.map((_, i) => {
      const b = `measures.items.${i}`;
      return {
        title: t('step.measures.item.title', { n: i + 1 }),
        fields: [
          choice(`${b}.kind`, 'step.measures.kind', 'step.measures.kind'),
          text(`${b}.description`, 'step.measures.description'),
          yesNo(`${b}.tried`, 'step.measures.tried'),
          date(`${b}.when`, 'step.measures.when'),
          text(`${b}.result`, 'step.measures.result'),
          text(`${b}.whyInsufficient`, 'step.measures.whyInsufficient'),
          text(`${b}.whyNotPossible`, 'step.measures.whyNotPossible'),
        ],
      };
    }),
    { title: t('step.measures.g.none'), fields: [text('measures.noneReason', 'step.measures.noneReason')] },
  ];
}

function cameras(a: Assessment, t: Translate): GroupSpec[] {
  return a.cameras.map((c, i) => {
    const b = `cameras.${i}`;
    return {
      title: c.name.trim() || t('cam.defaultName', { n: i + 1 }),
      fields: [
        ...(c.alreadyInUse === undefined ? [] : [{ path: `${b}.alreadyInUse`, label: 'cam.alreadyInUse', kind: 'bool' } as const]),
        text(`${b}.location`, 'cam.location'),
        choice(`${b}.placement`, 'cam.placement', 'cam.placement'),
        { path: `${b}.areaKind`, label: 'cam.areaKind', kind: 'area' },
        choice(`${b}.otherAreaUse`, 'cam.otherAreaUse', 'cam.otherAreaUse'),
        choice(`${b}.publicAccess`, 'cam.publicAccess', 'cam.public'),
        text(`${b}.publicAccessReasoning`, 'cam.publicAccessReasoning'),
        text(`${b}.publicArea.othersPresent`, 'cam.othersPresent'),
        text(`${b}.publicArea.othersWhen`, 'cam.othersWhen'),
        text(`${b}.nonPublicArea.proportionality`, 'cam.proportionality'),
        yesNo(`${b}.nonPublicArea.annualReviewPlanned`, 'cam.annualReview'),
        { path: `${b}.inView`, label: 'cam.inView', kind: 'multi', prefix: 'cam.inView' },
        text(`${b}.fieldOfView`, 'cam.fieldOfView'),
        yesNo(`${b}.limitedToFacadePlus2m`, 'cam.limitedToFacadePlus2m'),
        yesNo(`${b}.coversIncidentSpots`, 'cam.coversIncidentSpots'),
        choice(`${b}.mount`, 'cam.mount', 'cam.mount'),
        yesNo(`${b}.zoom`, 'cam.zoom'),
        text(`${b}.movableLimits`, 'cam.movableLimits'),
        yesNo(`${b}.masking`, 'cam.masking'),
        text(`${b}.maskingDescription`, 'cam.maskingDescription'),
        // The hours themselves: a preset's name adds nothing the hours do not say (and facade practice's repeats them).
        { path: `${b}.hours`, label: 'cam.hours', kind: 'composite', format: (t, lang) => (c.hours.preset === '' ? '' : describeHours(c.hours, t, lang)) },
        { path: `${b}.hours.holidaysAsWeekend`, label: 'cam.hours.holidays', kind: 'bool' },
        choice(`${b}.mode`, 'cam.mode', 'cam.mode'),
        text(`${b}.liveViewers`, 'cam.liveViewers'),
        text(`${b}.monitorLocation`, 'cam.monitorLocation'),
        yesNo(`${b}.monitorSeenByOthers`, 'cam.monitorSeenByOthers'),
        yesNo(`${b}.sound`, 'cam.sound'),
        yesNo(`${b}.biometrics`, 'cam.biometrics'),
        { path: `${b}.analytics`, label: 'cam.analytics', kind: 'multi', prefix: 'cam.analytics' },
        { path: `${b}.subjects`, label: 'cam.subjects', kind: 'multi', prefix: 'cam.subject' },
        { path: `${b}.offHoursPresence`, label: 'cam.offHoursPresence', kind: 'multi', prefix: 'cam.offHoursPresence' },
        date(`${b}.endedOn`, 'cam.endedOn'),
      ],
    };
  });
}

function balancing(_a: Assessment, t: Translate): GroupSpec[] {
  return [
    {
      title: t('step.balancing.g'),
      fields: [
        text('balancing.interest', 'step.balancing.interest'),
        text('balancing.intrusion', 'step.balancing.intrusion'),
        text('balancing.mitigations', 'step.balancing.mitigations'),
        text('balancing.reasoning', 'step.balancing.reasoning'),
      ],
    },
  ];
}

function data(a: Assessment, t: Translate): GroupSpec[] {
  return [
    {
      title: t('step.data.g.basis'),
      fields: [choice('data.legalBasis', 'step.data.legalBasis', 'step.data.basis'), yesNo('data.legalBasisConfirmedByDpo', 'step.data.confirmedByDpo')],
    },
    {
      title: t('step.data.g.retention'),
      fields: [
        { path: 'data.retentionHours', label: 'step.data.retentionHours', kind: 'number', unit: 'wiz.unit.hours' },
        yesNo('data.autoDelete', 'step.data.autoDelete'),
        text('data.incidentClipRoutine', 'step.data.incidentClipRoutine'),
      ],
    },
    {
      title: t('step.data.g.access'),
      fields: [
        ...a.data.accessRoles.flatMap((_, i) => [text(`data.accessRoles.${i}.role`, 'step.data.role.role'), text(`data.accessRoles.${i}.rights`, 'step.data.role.rights')]),
        yesNo('data.accessLog', 'step.data.accessLog'),
        text('data.policeDisclosure', 'step.data.policeDisclosure'),
      ],
    },
    {
      title: t('step.data.g.processor'),
      fields: [
        yesNo('data.processorUsed', 'step.data.processorUsed'),
        text('data.processorName', 'step.data.processorName'),
        yesNo('data.processorAgreement', 'step.data.processorAgreement'),
        choice('data.storage', 'step.data.storage', 'step.data.storage'),
        yesNo('data.storageInEuEea', 'step.data.storageInEuEea'),
        text('data.transferBasis', 'step.data.transferBasis'),
      ],
    },
    { title: t('step.data.g.secrecy'), fields: [yesNo('data.placementDrawingsShared', 'step.data.placementDrawingsShared')] },
  ];
}

function consultation(_a: Assessment, t: Translate): GroupSpec[] {
  const informed = (path: string, label: MessageKey) => choice(path, label, 'wiz.informed');
  return [
    {
      title: t('step.consultation.g.union'),
      fields: [
        choice('consultation.unionForm', 'step.consultation.unionForm', 'step.consultation.union'),
        date('consultation.unionDate', 'step.consultation.unionDate'),
        yesNo('consultation.safetyRepresentativeConsulted', 'step.consultation.safetyRep'),
      ],
    },
    {
      title: t('step.consultation.g.inform'),
      fields: [
        informed('consultation.pupilsInformed', 'step.consultation.pupils'),
        informed('consultation.guardiansInformed', 'step.consultation.guardians'),
        informed('consultation.staffInformed', 'step.consultation.staff'),
        yesNo('consultation.informationForChildren', 'step.consultation.forChildren'),
      ],
    },
    {
      title: t('step.consultation.g.signs'),
      fields: [
        informed('consultation.signage', 'step.consultation.signage'),
        text('consultation.signageDescription', 'step.consultation.signageDescription'),
        text('consultation.art13Where', 'step.consultation.art13Where'),
        text('consultation.art13Text', 'step.consultation.art13Text'),
      ],
    },
    {
      title: t('step.consultation.g.dpia'),
      fields: [
        yesNo('consultation.dpiaDone', 'step.consultation.dpiaDone'),
        text('consultation.dpiaReference', 'step.consultation.dpiaReference'),
        text('consultation.dpiaNoneReason', 'step.consultation.dpiaNoneReason'),
        date('consultation.dpoAdviceDate', 'step.consultation.dpoAdviceDate'),
        text('consultation.dpoAdvice', 'step.consultation.dpoAdvice'),
      ],
    },
  ];
}

/** The steps with answers, in order (review and decision have their own screens). */
export const STEP_SPECS: { step: StepId; groups: (a: Assessment, t: Translate) => GroupSpec[] }[] = [
  { step: 'school', groups: school },
  { step: 'problem', groups: problem },
  { step: 'measures', groups: measures },
  { step: 'cameras', groups: cameras },
  { step: 'balancing', groups: balancing },
  { step: 'data', groups: data },
  { step: 'consultation', groups: consultation },
];
