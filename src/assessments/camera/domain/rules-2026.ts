// Rules added in December 2026 (domain brief, section 6, entries marked 2026-12): the ways round the hard
// rules that a principal could take, closed one by one. "Error" rules (KB-H16–H18) mark an answer that
// cannot be right: it counts as not answered (the outcome is incomplete) and the message says why.
import type { Hit, Rule, RuleContext } from './rule-types';
import type { Camera } from './types';
import { SOURCES } from './sources';
import { isReversedSchoolDay, isReversedWindow } from './hours';
import { addMonths } from '../../../engine/dates';
import { CHECKED_2026_12, eachCamera, filled, t, when } from './rule-helpers';
import {
  BROAD_AREA,
  hasAnalytics,
  isVagueText,
  mayHaveEndDate,
  unclassifiedSensitiveSpace,
  usesOtherAnalytics,
  type SensitiveKind,
} from './classify';

const SPACE_NAME: Record<SensitiveKind, { sv: string; en: string }> = {
  toilet: t('en toalett', 'a toilet'),
  shower: t('en dusch', 'a shower'),
  changingRoom: t('ett omklädningsrum', 'a changing room'),
  restRoom: t('ett vilrum eller sjukrum', 'a rest room or sick bay'),
  staffRoom: t('ett personalrum', 'a staff room'),
};

/** A year of recording is the most the rulebook accepts as a plausible retention. */
const MAX_PLAUSIBLE_RETENTION_HOURS = 365 * 24;

/** Schoolyard, main entrance and the way to the principal's office: public on IMY's school map. */
const PUBLIC_ON_IMY_MAP = ['schoolyard', 'entrance', 'principalOfficeWay'];

const live = (c: Camera) => c.mode === 'live' || c.mode === 'both';

export const rules2026: readonly Rule[] = [
  {
    id: 'KB-H11-other-area-unclassified',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.otherAreaUse',
    test: (ctx) =>
      ctx.cameras.flatMap(({ camera, index }): Hit[] => {
        const named = unclassifiedSensitiveSpace(camera);
        if (named !== null) {
          const where = SPACE_NAME[named];
          return [{ field: `cameras.${index}.areaKind`, cameraId: camera.id, reason: t(`den beskrivs som ${where.sv}`, `it is described as ${where.en}`) }];
        }
        const unanswered = camera.areaKind === 'other' && (camera.otherAreaUse ?? '') === '';
        return unanswered ? [{ field: `cameras.${index}.otherAreaUse`, cameraId: camera.id, unanswered: true }] : [];
      }),
    message: t(
      'Varje plats måste klassas. Texten beskriver en toalett, dusch, ett omklädningsrum, vilrum eller personalrum, men området är inte klassat så. Välj den typ av område som kameran faktiskt filmar; toaletter, duschar, omklädningsrum och vilrum får aldrig filmas.',
      'Every place must be classified. The text describes a toilet, shower, changing room, rest room or staff room, but the area is not classified as one. Choose the kind of area the camera actually films; toilets, showers, changing rooms and rest rooms may never be filmed.',
    ),
    reason: t('platsen beskrivs som ett utrymme som inte får filmas', 'the place is described as a space that may not be filmed'),
    source: SOURCES.imySchools,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H12-emotion-recognition',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.analytics',
    test: eachCamera('analytics', (c) => hasAnalytics(c, 'emotion')),
    message: t(
      'Videoanalys som tolkar känslor, sinnesstämning, stress eller uppmärksamhet hos elever eller personal är förbjuden i skolor, också ”aggressionsdetektering” som bygger på att tolka känslor (AI-förordningen artikel 5.1 f).',
      'Video analytics that infer the emotions, mood, stress or attention of pupils or staff are prohibited in schools, including "aggression detection" that works by inferring emotion (AI Act Article 5(1)(f)).',
    ),
    reason: t('den tolkar känslor med videoanalys', 'it infers emotions with video analytics'),
    source: SOURCES.aiAct,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H13-biometric-categorisation',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.analytics',
    test: eachCamera('analytics', (c) => hasAnalytics(c, 'biometricCategorisation')),
    message: t(
      'Videoanalys som sorterar människor efter biometriska uppgifter, till exempel efter etniskt ursprung, politisk åsikt, religion eller sexuell läggning, är förbjuden (AI-förordningen artikel 5.1 g).',
      'Video analytics that sort people by biometric data, for example by race, political opinion, religion or sexual orientation, are prohibited (AI Act Article 5(1)(g)).',
    ),
    reason: t('den sorterar människor med biometrisk kategorisering', 'it sorts people by biometric categorisation'),
    source: SOURCES.aiAct,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H14-start-before-decision',
    severity: 'block',
    step: 'school',
    perCamera: false,
    field: 'school.plannedStart',
    // Only new cameras: one carried over from a signed version, or entered as already filming in a review of
    // an existing decision, is already running; the review documents it, it does not start it.
    test: when('school.plannedStart', (ctx) => {
      const { plannedStart, decisionDate } = ctx.assessment.school;
      const hasNewCamera = ctx.assessment.cameras.some((c) => c.carriedOver !== true && c.alreadyInUse !== true);
      return hasNewCamera && plannedStart !== '' && decisionDate !== '' && plannedStart < decisionDate;
    }),
    message: t(
      'Bevakningen är planerad att börja före beslutsdagen. Intresseavvägningen ska vara dokumenterad och beslutad innan bevakningen börjar: flytta starten till beslutsdagen eller senare.',
      'The surveillance is planned to start before the decision date. The balancing of interests must be documented and decided before surveillance starts: move the start to the decision date or later.',
    ),
    reason: t('bevakningen börjar före beslutet', 'the surveillance starts before the decision'),
    source: SOURCES.imyGuide,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H15-dpo-advice-late',
    severity: 'block',
    step: 'consultation',
    perCamera: false,
    field: 'consultation.dpoAdviceDate',
    test: when('consultation.dpoAdviceDate', (ctx) => {
      const advice = ctx.assessment.consultation.dpoAdviceDate;
      const decided = ctx.assessment.school.decisionDate;
      return advice !== '' && decided !== '' && advice > decided;
    }),
    message: t(
      'Dataskyddsombudets råd är daterat efter beslutet. Rådet ska inhämtas före beslutet: ombudet ger råd, det beslutar inte.',
      "The DPO's advice is dated after the decision. The advice must be sought before the decision: the DPO advises, it does not decide.",
    ),
    reason: t('dataskyddsombudets råd kom efter beslutet', "the DPO's advice came after the decision"),
    source: SOURCES.gdprDpo,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H16-reversed-hours',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.hours.windows',
    leadsTo: 'incomplete',
    test: (ctx) => {
      const hits: Hit[] = [];
      if (isReversedSchoolDay(ctx.assessment.school.schoolDay)) hits.push({ field: 'school.schoolDay.to' });
      for (const { camera, index } of ctx.cameras) {
        camera.hours.windows.forEach((w, j) => {
          if (isReversedWindow(w)) hits.push({ field: `cameras.${index}.hours.windows.${j}`, cameraId: camera.id });
        });
      }
      return hits;
    },
    message: t(
      'En tid slutar innan den börjar (till exempel 16:00–08:00). En skoldag måste sluta efter att den börjar. Ett tidsfönster som går över midnatt ska markeras ”över midnatt”, och ett fönster som ska gälla hela dygnet anges 00:00–00:00.',
      'A time ends before it starts (for example 16:00–08:00). A school day must end after it starts. A time window that runs past midnight must be marked "over midnight", and a window for the whole day is given as 00:00–00:00.',
    ),
    reason: t('en tid slutar innan den börjar', 'a time ends before it starts'),
    source: SOURCES.imyChecklist,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H17-implausible-value',
    severity: 'block',
    step: 'school',
    perCamera: false,
    field: 'school.decisionDate',
    leadsTo: 'incomplete',
    test: (ctx) => {
      const a = ctx.assessment;
      const hits: Hit[] = [];
      const decided = a.school.decisionDate;
      if (decided !== '' && decided > addMonths(ctx.today, 12)) hits.push({ field: 'school.decisionDate' });
      else if (decided !== '' && a.signoff !== null && a.signoff.date !== '' && decided > a.signoff.date) hits.push({ field: 'school.decisionDate' });
      const hours = a.data.retentionHours;
      if (hours !== null && (hours === 0 || hours > MAX_PLAUSIBLE_RETENTION_HOURS) && ctx.cameras.length > 0) hits.push({ field: 'data.retentionHours' });
      if (decided !== '') {
        a.problem.incidents.forEach((incident, i) => {
          if (incident.date !== '' && incident.date > decided) hits.push({ field: `problem.incidents.${i}.date`, itemId: incident.id });
        });
      }
      return hits;
    },
    message: t(
      'Ett värde kan inte stämma: en lagringstid på 0 timmar eller mer än ett år, ett beslutsdatum mer än tolv månader fram i tiden eller efter underskriften, eller en händelse daterad efter beslutet. Rätta värdet.',
      'A value cannot be right: a retention of 0 hours or more than a year, a decision date more than twelve months ahead or after the signature, or an incident dated after the decision. Correct the value.',
    ),
    reason: t('ett värde kan inte stämma', 'a value cannot be right'),
    source: SOURCES.imyStorage,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-H18-end-date',
    severity: 'block',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.endedOn',
    leadsTo: 'incomplete',
    test: (ctx) =>
      ctx.cameras.flatMap(({ camera, index }): Hit[] =>
        camera.endedOn !== '' && !mayHaveEndDate(ctx.assessment, camera) ? [{ field: `cameras.${index}.endedOn`, cameraId: camera.id }] : [],
      ),
    message: t(
      'Ett slutdatum kan bara sättas på en kamera från en tidigare underskriven version. En ny kamera bedöms som om den ska filma: ta bort slutdatumet eller ta bort kameran.',
      'An end date can only be set on a camera from an earlier signed version. A new camera is assessed as if it will film: remove the end date or remove the camera.',
    ),
    reason: t('den har ett slutdatum fast den är ny', 'it has an end date although it is new'),
    source: SOURCES.prop2025,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S26-public-map',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.publicAccess',
    test: eachCamera('publicAccess', (c) => PUBLIC_ON_IMY_MAP.includes(c.areaKind) && c.publicAccess === 'no'),
    message: t(
      'Enligt IMY är skolgården, huvudentrén och vägen till rektorsexpeditionen i regel platser dit allmänheten har tillträde, också under skoltid. Platsen räknas som allmän tills du visar att allmänheten inte kommer dit någon gång när kameran filmar (till exempel inhägnat och låst dygnet runt).',
      "According to IMY, the schoolyard, the main entrance and the way to the principal's office are as a rule places the public has access to, also during school hours. The place counts as public until you show that the public cannot get there at any time the camera records (for example fenced and locked round the clock).",
    ),
    reason: t('platsen är allmän enligt IMY:s karta för skolor', "the place is public on IMY's school map"),
    source: SOURCES.imySchools,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S27-vague-purpose',
    severity: 'warn',
    step: 'problem',
    perCamera: false,
    field: 'problem.purpose',
    test: when('problem.purpose', (ctx) => isVagueText(ctx.assessment.problem.purpose) && ctx.assessment.problem.incidents.length === 0),
    message: t(
      'Syftet är för allmänt. ”Trygghet” eller ”säkerhet” räcker inte: ange vilka händelser bevakningen ska förebygga och för in de händelser som har inträffat.',
      'The purpose is too general. "Safety" or "security" is not enough: say which incidents the surveillance is to prevent and log the incidents that happened.',
    ),
    source: SOURCES.edpbVideo,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S28-movable-optics',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.movableLimits',
    test: eachCamera('movableLimits', (c) => (c.mount === 'movable' || c.zoom === 'yes') && !filled(c.movableLimits ?? '')),
    message: t(
      'Kameran är rörlig eller kan zooma. Då är upptagningsområdet allt den kan nå. Beskriv begränsningarna (förinställda lägen, maskerade zoner).',
      'The camera is movable or can zoom. Its field of view is then everything it can reach. Describe the limits (presets, masked zones).',
    ),
    reason: t('den är rörlig utan beskrivna begränsningar', 'it is movable without documented limits'),
    source: SOURCES.imyChecklist,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S29-live-monitor',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.monitorSeenByOthers',
    test: eachCamera('monitorSeenByOthers', (c) => live(c) && c.monitorSeenByOthers === 'yes'),
    message: t(
      'Andra än de som ska titta kan se skärmen med direktbilden. Placera skärmen så att bara de behöriga ser den.',
      'People other than the viewers can see the live monitor. Place the monitor so that only those authorised see it.',
    ),
    source: SOURCES.imyChecklist,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S30-no-access-log',
    severity: 'warn',
    step: 'data',
    perCamera: false,
    field: 'data.accessLog',
    unverified: true,
    test: when('data.accessLog', (ctx) => ctx.assessment.data.accessLog === 'no'),
    message: t(
      'Ingen logg visar vem som har tittat på eller exporterat inspelningar. Logga åtkomsten, så att den kan följas upp.',
      'No log shows who viewed or exported footage. Log access so that it can be followed up.',
    ),
    source: SOURCES.imyStorage,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S31-video-analytics',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.analytics',
    test: eachCamera('analytics', (c) => usesOtherAnalytics(c)),
    message: t(
      'Kameran använder videoanalys (beteende, föremål, räkning av personer eller annat). Gör en konsekvensbedömning och låt leverantören ange hur systemet klassas enligt AI-förordningen. Analys som tolkar känslor är förbjuden.',
      'The camera uses video analytics (behaviour, objects, people counting or other). Carry out a DPIA and have the vendor state how the system is classified under the AI Act. Analytics that infer emotion are prohibited.',
    ),
    reason: t('den använder videoanalys', 'it uses video analytics'),
    source: SOURCES.aiAct,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S33-broad-field-of-view',
    severity: 'warn',
    step: 'cameras',
    perCamera: true,
    field: 'cameras.*.fieldOfView',
    // Only where the parts in view were asked: there the words prompt a question, and KB-H06 decides on the answer.
    test: eachCamera('fieldOfView', (c) => c.inView !== undefined && BROAD_AREA.test(c.fieldOfView)),
    message: t(
      'Beskrivningen säger att kameran täcker allt (till exempel ”hela byggnaden”). Skriv exakt vilka delar bilden täcker och välj bara dem bland delarna i bild, eller motivera varför hela området behövs.',
      'The description says the camera covers everything (for example "the whole building"). Write exactly which parts the picture covers and choose only those among the parts in view, or explain why the whole area is needed.',
    ),
    reason: t('upptagningsområdet beskrivs som obegränsat', 'its field of view is described as unlimited'),
    source: SOURCES.imyAdvice,
    checked: CHECKED_2026_12,
  },
  {
    id: 'KB-S32-decision-date-future',
    severity: 'warn',
    step: 'school',
    perCamera: false,
    field: 'school.decisionDate',
    test: when('school.decisionDate', (ctx: RuleContext) => {
      const decided = ctx.assessment.school.decisionDate;
      return decided !== '' && decided > ctx.today && decided <= addMonths(ctx.today, 12) && ctx.assessment.signoff === null;
    }),
    message: t(
      'Beslutsdatumet ligger efter dagens datum. Ett beslut dateras den dag det fattas.',
      'The decision date is after today. A decision is dated the day it is made.',
    ),
    source: SOURCES.imyGuide,
    checked: CHECKED_2026_12,
  },
];
