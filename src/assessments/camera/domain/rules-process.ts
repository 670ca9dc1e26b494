// Hard rules 7–10 of the domain brief (section 6): signage and information, union consultation, DPIA and
// the DPO's advice, and teaching, common and staff areas in school hours (escalation, not a block).
import type { Hit, Rule } from './rule-types';
import { SOURCES } from './sources';
import { SCHOOL_HOURS_SENSITIVE_AREAS, filmsStaff } from './branches';
import { recordsDuringSchoolHours } from './hours';
import { CHECKED, CHECKED_2026_12, eachCamera, filled, t } from './rule-helpers';
import { effectiveAreaKind } from './classify';
import { areaInSentence } from './areas';

export const processRules: readonly Rule[] = [
  {
    id: 'KB-H07-signage',
    severity: 'block',
    step: 'consultation',
    perCamera: false,
    field: 'consultation.signage',
    test: (ctx) => {
      const c = ctx.assessment.consultation;
      const hits: Hit[] = [];
      if (c.signage === 'no') hits.push({ field: 'consultation.signage' });
      if (c.signage === '') hits.push({ field: 'consultation.signage', unanswered: true });
      if (!filled(c.art13Where) && !filled(c.art13Text)) hits.push({ field: 'consultation.art13Where', unanswered: true });
      return hits;
    },
    message: t(
      'Kamerabevakningen måste synas: sätt upp tydliga skyltar och publicera den fullständiga informationen (vem som ansvarar, syfte, rättslig grund, lagringstid, vem som ser bilderna och vilka rättigheter de filmade har). Dold kamerabevakning är inte tillåten.',
      'Surveillance must be visible: put up clear signs and publish the full information (who is responsible, purpose, legal basis, retention, who sees the footage and the rights of those filmed). Hidden cameras are not allowed.',
    ),
    reason: t('det saknas skyltar', 'there are no signs'),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-H08-union',
    severity: 'block',
    step: 'consultation',
    perCamera: false,
    field: 'consultation.unionDate',
    test: (ctx) => {
      if (!ctx.cameras.some(({ camera }) => filmsStaff(camera))) return [];
      const { unionDate } = ctx.assessment.consultation;
      const decided = ctx.assessment.school.decisionDate;
      if (unionDate === '') return [{ field: 'consultation.unionDate', unanswered: true }];
      return decided !== '' && unionDate > decided ? [{ field: 'consultation.unionDate' }] : [];
    },
    message: t(
      'Personalen filmas. Då ska du förhandla med de fackliga organisationerna (MBL 11–14 §§) eller ta upp frågan i samverkan innan du beslutar. Datumet för förhandlingen får inte ligga efter beslutsdatumet.',
      'Staff are filmed. You must negotiate with the unions (MBL 11–14 §§) or take the matter to local co-operation (samverkan) before you decide. The date of the negotiation may not be after the decision date.',
    ),
    reason: t('fackliga förhandlingar inte har skett före beslutet', 'the unions were not consulted before the decision'),
    source: SOURCES.imySchools,
    checked: CHECKED,
  },
  {
    id: 'KB-H09-dpia',
    severity: 'block',
    step: 'consultation',
    perCamera: false,
    field: 'consultation.dpiaDone',
    test: (ctx) => {
      const c = ctx.assessment.consultation;
      const hits: Hit[] = [];
      if (c.dpiaDone === '') hits.push({ field: 'consultation.dpiaDone', unanswered: true });
      if (c.dpiaDone === 'yes' && !filled(c.dpiaReference)) hits.push({ field: 'consultation.dpiaReference', unanswered: true });
      if (c.dpiaDone === 'no' && !filled(c.dpiaNoneReason)) hits.push({ field: 'consultation.dpiaNoneReason', unanswered: true });
      if (!filled(c.dpoAdvice)) hits.push({ field: 'consultation.dpoAdvice', unanswered: true });
      return hits;
    },
    message: t(
      'Ange var konsekvensbedömningen finns, eller skriv varför ingen behövs, och för in dataskyddsombudets råd.',
      "Give a reference to the data protection impact assessment, or write why none is needed, and record the DPO's advice.",
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-H10-school-hours-indoor',
    severity: 'escalate',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.hours',
    test: eachCamera('hours', (c, ctx) => {
      // An 'other' area used as a staff break room counts as a staff room (KB-H11).
      const kind = effectiveAreaKind(c);
      return kind !== 'restRoom' &&
        kind !== '' &&
        SCHOOL_HOURS_SENSITIVE_AREAS.includes(kind) &&
        recordsDuringSchoolHours(c, ctx.assessment.school.schoolDay)
        ? t(`den filmar ${areaInSentence(kind).sv} under skoltid`, `it films ${areaInSentence(kind).en} during school hours`)
        : false;
    }),
    message: t(
      'Klassrum, korridorer, trapphus, elevskåp, matsalar, uppehållsrum och personalrum får i regel inte filmas under skoltid. Det kan bara godtas för ett allvarligt, dokumenterat problem på en exakt plats. Du kan inte besluta om det själv: huvudmannen beslutar, efter råd från dataskyddsombudet.',
      "Classrooms, corridors, stairwells, lockers, dining halls, common rooms and staff rooms may as a rule not be filmed during school hours. It can only be accepted for a serious, documented problem at a precise spot. You cannot decide this alone: the school owner decides, with the DPO's advice.",
    ),
    source: SOURCES.hfd2012,
    checked: CHECKED_2026_12,
  },
];
