// Hard rules 1–6 of the domain brief (section 6): what a camera may never do, and what the case must
// contain. While one holds, the assessment cannot be signed as approving surveillance. A rule fires on an
// answer given; a required answer not given yet is reported as missing (with the rule's id), not as a violation.
import type { Hit, Rule } from './rule-types';
import { SOURCES } from './sources';
import { isCompleteWindow } from './hours';
import { CHECKED, CHECKED_2026_12, eachCamera, filled, t } from './rule-helpers';
import { UNBOUNDED_AREA, effectiveAreaKind, filmsIntimateSpace, hasAnalytics, isVagueText } from './classify';
import { areaInSentence } from './areas';
import { needsTryFirst, problemDescribed } from './predicates';

/** Words that say the camera covers everything rather than a defined spot ("24/7, hela byggnaden"). */
export const hardRules: readonly Rule[] = [
  {
    id: 'KB-H01-intimate-space',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.areaKind',
    test: eachCamera('areaKind', (c) => {
      if (!filmsIntimateSpace(c)) return false;
      const kind = effectiveAreaKind(c);
      return kind === 'restRoom'
        ? t('den filmar ett vilrum eller sjukrum', 'it films a rest room or sick bay')
        : t(`den filmar ${areaInSentence(kind === 'other' ? '' : kind).sv}`, `it films ${areaInSentence(kind === 'other' ? '' : kind).en}`);
    }),
    message: t(
      'Toaletter, duschar, omklädningsrum, vilrum, sjukrum och liknande utrymmen får aldrig kamerabevakas, inte heller med pixelering.',
      'Toilets, showers, changing rooms, rest rooms, sick bays and similar spaces may never be filmed, not even with pixelation.',
    ),
    source: SOURCES.imySchools,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H02-sound',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.sound',
    test: eachCamera('sound', (c) => c.sound === 'yes'),
    message: t('Kameran får inte spela in ljud. Stäng av ljudupptagningen.', 'The camera must not record sound. Turn sound recording off.'),
    reason: t('den spelar in ljud', 'it records sound'),
    source: SOURCES.imySchools,
    checked: CHECKED,
  },
  {
    id: 'KB-H03-biometrics',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.biometrics',
    // 2026-12: also when the analytics answer says face recognition, whatever the biometrics answer says.
    test: eachCamera('biometrics', (c) => c.biometrics === 'yes' || hasAnalytics(c, 'faceRecognition')),
    message: t(
      'Ansiktsigenkänning och annan biometrisk identifiering får inte användas i skolan.',
      'Facial recognition and other biometric identification may not be used in a school.',
    ),
    reason: t('den använder ansiktsigenkänning eller annan biometri', 'it uses facial recognition or other biometrics'),
    source: SOURCES.imySchools,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H04-consent',
    severity: 'block',
    step: 'data',
    perCamera: false,
    field: 'data.legalBasis',
    test: (ctx) => (ctx.assessment.data.legalBasis === 'consent' ? [{ field: 'data.legalBasis' }] : []),
    message: t(
      'Samtycke kan inte vara rättslig grund: elever och personal är beroende av skolan och kan inte säga nej fritt. Välj allmänt intresse (artikel 6.1 e).',
      'Consent cannot be the legal basis: pupils and staff depend on the school and cannot freely refuse. Choose public interest (Article 6.1 e).',
    ),
    source: SOURCES.aspudden,
    checked: CHECKED,
  },
  {
    id: 'KB-H04-municipal-basis',
    severity: 'block',
    step: 'data',
    perCamera: false,
    field: 'data.legalBasis',
    test: (ctx) => {
      const { ownerType } = ctx.assessment.school;
      const basis = ctx.assessment.data.legalBasis;
      // 2026-12: 6.1 c blocks every school; an independent school may choose 6.1 e or 6.1 f.
      return basis === '6.1c' || (ownerType === 'municipal' && basis === '6.1f') ? [{ field: 'data.legalBasis' }] : [];
    },
    message: t(
      'Rättslig förpliktelse (6.1 c) kan inte användas: IMY har underkänt den för kamerabevakning i skolan. En kommunal skola ska använda allmänt intresse (artikel 6.1 e); en myndighet får inte använda berättigat intresse (6.1 f). En fristående skola kan välja 6.1 e eller 6.1 f.',
      'Legal obligation (6.1 c) cannot be used: IMY rejected it for camera surveillance in schools. A municipal school must use public interest (Article 6.1 e); an authority may not use legitimate interest (6.1 f). An independent school may choose 6.1 e or 6.1 f.',
    ),
    source: SOURCES.aspudden,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H05-undocumented-need',
    severity: 'block',
    step: 'problem',
    perCamera: false,
    field: 'problem.incidents',
    leadsTo: 'try-other-measures',
    test: (ctx) => {
      const { incidents, needReasoning } = ctx.assessment.problem;
      // 2026-12: a reasoning of general words only ("Trygghet") stands in for no incident.
      const reasoned = filled(needReasoning) && !isVagueText(needReasoning, 25);
      return problemDescribed(ctx.assessment) && incidents.length === 0 && !reasoned ? [{ field: 'problem.incidents' }] : [];
    },
    message: t(
      'Problemet är inte dokumenterat. För in de händelser som har inträffat (datum, plats, typ, polisanmälan), eller förklara varför bevakning behövs ändå med konkreta, daterade händelser eller en dokumenterad riskbedömning. ”Trygghet” eller ”säkerhet” räcker inte. Ett odokumenterat problem var IMY:s vanligaste skäl att säga nej.',
      "The problem is not documented. Log the incidents that happened (date, place, type, police report), or explain why surveillance is needed anyway with concrete, dated events or a documented risk assessment. \"Safety\" or \"security\" is not enough. An undocumented problem was IMY's most common reason to refuse.",
    ),
    reason: t('problemet inte är dokumenterat', 'the problem is not documented'),
    source: SOURCES.imyGuide,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H05-no-alternatives',
    severity: 'block',
    step: 'measures',
    perCamera: false,
    field: 'measures.items',
    leadsTo: 'try-other-measures',
    test: (ctx) => (needsTryFirst(ctx.assessment) ? [{ field: 'measures.items' }] : []),
    message: t(
      'Inga andra åtgärder har prövats. Pröva först mindre ingripande åtgärder, till exempel fler vuxna ute, bättre belysning, lås och larm eller stängsel, eller förklara varför de inte går att pröva.',
      'No other measure has been tried. First try less intrusive measures, such as more adults present, better lighting, locks and alarms or fencing, or explain why they cannot be tried.',
    ),
    reason: t('inga andra åtgärder har prövats', 'no other measure has been tried'),
    source: SOURCES.imyGuide,
    checked: CHECKED,
  },
  {
    id: 'KB-H06-undefined-scope',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.fieldOfView',
    test: (ctx) =>
      ctx.cameras.flatMap(({ camera, index }): Hit[] => {
        // A camera asked what its picture covers is judged on that answer (an empty one is unanswered); a
        // camera from a file made before the question keeps the word test it was judged by (KB-S33 asks now).
        if (camera.inView === undefined && UNBOUNDED_AREA.test(camera.fieldOfView)) return [{ field: `cameras.${index}.fieldOfView`, cameraId: camera.id }];
        if (camera.inView !== undefined && camera.inView.length === 0) return [{ field: `cameras.${index}.inView`, cameraId: camera.id, unanswered: true }];
        // A window being filled in is unanswered, not a violation.
        const incomplete = !camera.hours.windows.every(isCompleteWindow);
        return incomplete ? [{ field: `cameras.${index}.hours.windows`, cameraId: camera.id, unanswered: true }] : [];
      }),
    message: t(
      'Varje kamera måste ha ett avgränsat upptagningsområde och bestämda tider. ”Dygnet runt i hela byggnaden” är inte en avgränsning: beskriv exakt vad bilden täcker och fyll i varje tidsfönster helt.',
      'Every camera needs a defined field of view and set hours. "Around the clock in the whole building" is not a limit: describe exactly what the picture covers and complete every time window.',
    ),
    reason: t('dess upptagningsområde eller tider inte är avgränsade', 'its field of view or hours are not defined'),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
  {
    id: 'KB-H06-retention-access',
    severity: 'block',
    step: 'data',
    perCamera: false,
    field: 'data.retentionHours',
    test: (ctx) => {
      const d = ctx.assessment.data;
      const hits: Hit[] = [];
      if (d.retentionHours === null) hits.push({ field: 'data.retentionHours', unanswered: true });
      if (!d.accessRoles.some((r) => filled(r.role))) hits.push({ field: 'data.accessRoles', unanswered: true });
      return hits;
    },
    message: t(
      'Bestäm hur länge inspelningarna sparas och vilka roller som får se dem.',
      'Decide how long footage is kept and which roles may see it.',
    ),
    source: SOURCES.imyAdvice,
    checked: CHECKED,
  },
];
