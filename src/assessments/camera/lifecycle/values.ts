// Answers as words a principal reads: enum values in Swedish and English, hours, retention, lists.
import { templateOf } from '../../../engine/paths';
import type { CameraHours, Text } from '../domain/types';
import { hoursText } from '../domain/hoursText';
import { AREA_NAMES } from '../domain/areas';
import { t } from '../domain/rule-helpers';

const same = (s: string): Text => ({ sv: s, en: s });
/** An unanswered question, as the PDF shows it. */
export const NOT_ANSWERED: Text = same('–');

const YES_NO = { yes: t('Ja', 'Yes'), no: t('Nej', 'No'), unsure: t('Osäker', 'Unsure') };
const INFORMED = { yes: t('Ja', 'Yes'), planned: t('Planerat', 'Planned'), no: t('Nej', 'No') };

/** Enum answers by field template ('cameras.*.mode'); anything not listed is free text. */
const VALUE_LABELS: Record<string, Record<string, Text>> = {
  'school.ownerType': { municipal: t('Kommunal', 'Municipal'), independent: t('Fristående', 'Independent') },
  'problem.incidents.*.type': {
    vandalism: t('Skadegörelse', 'Vandalism'),
    graffiti: t('Klotter', 'Graffiti'),
    breakin: t('Inbrott', 'Break-in'),
    arson: t('Anlagd brand', 'Arson'),
    theft: t('Stöld', 'Theft'),
    threat: t('Hot', 'Threat'),
    violence: t('Våld', 'Violence'),
    other: t('Annat', 'Other'),
  },
  'measures.items.*.kind': {
    adultPresence: t('Vuxennärvaro', 'Adult presence'),
    lighting: t('Belysning', 'Lighting'),
    vegetation: t('Röjning av växtlighet', 'Trimming vegetation'),
    locksAlarm: t('Lås och larm', 'Locks and alarm'),
    fencing: t('Stängsel', 'Fencing'),
    guards: t('Väktare', 'Guards'),
    antiGraffiti: t('Klotterskydd', 'Anti-graffiti coating'),
    rules: t('Ordningsregler', 'Rules'),
    policeCooperation: t('Samverkan med polis eller fältarbetare', 'Co-operation with police or field workers'),
    other: t('Annan åtgärd', 'Other measure'),
  },
  'cameras.*.placement': { indoor: t('Inomhus', 'Indoor'), outdoor: t('Utomhus', 'Outdoor') },
  'cameras.*.areaKind': AREA_NAMES,
  'cameras.*.mount': { fixed: t('Fast', 'Fixed'), movable: t('Rörlig', 'Movable') },
  'cameras.*.mode': {
    recording: t('Inspelning', 'Recording'),
    live: t('Direktövervakning', 'Live viewing'),
    both: t('Inspelning och direktövervakning', 'Recording and live viewing'),
  },
  'cameras.*.subjects': { pupils: t('Elever', 'Pupils'), staff: t('Personal', 'Staff'), visitors: t('Besökare', 'Visitors'), public: t('Allmänheten', 'The public') },
  // Questions added 2026-12, so a change to them reads in words in "changes since the last decision".
  'cameras.*.otherAreaUse': {
    toilet: t('Toalett eller skötrum', 'Toilet or nappy-changing room'),
    washing: t('Dusch eller tvätt', 'Shower or washing'),
    undressing: t('Man byter om där', 'People change clothes there'),
    resting: t('Vila eller sömn', 'Rest or sleep'),
    staffBreak: t('Personalens rast', 'Staff breaks'),
    none: t('Inget av detta', 'None of these'),
  },
  'cameras.*.analytics': {
    none: t('Ingen videoanalys', 'No video analytics'),
    faceRecognition: t('Ansiktsigenkänning', 'Face recognition'),
    emotion: t('Tolkar känslor', 'Infers emotions'),
    biometricCategorisation: t('Biometrisk kategorisering', 'Biometric categorisation'),
    behaviour: t('Beteende eller rörelsemönster', 'Behaviour or movement patterns'),
    objectDetection: t('Vapen eller föremål', 'Weapons or objects'),
    peopleCounting: t('Räknar personer', 'Counts people'),
    other: t('Annan analys', 'Other analytics'),
  },
  'cameras.*.offHoursPresence': {
    intruders: t('Obehöriga', 'Intruders'),
    staffWorking: t('Personal som arbetar', 'Staff at work'),
    eveningActivities: t('Kvällsaktiviteter', 'Evening activities'),
    nobody: t('Ingen', 'Nobody'),
  },
  'data.legalBasis': {
    '6.1e': t('Allmänt intresse (art. 6.1 e)', 'Public interest (Art 6.1 e)'),
    '6.1f': t('Berättigat intresse (art. 6.1 f)', 'Legitimate interest (Art 6.1 f)'),
    '6.1c': t('Rättslig förpliktelse (art. 6.1 c)', 'Legal obligation (Art 6.1 c)'),
    consent: t('Samtycke', 'Consent'),
  },
  'data.storage': { local: t('Lokalt', 'Locally'), cloud: t('I molnet', 'In the cloud') },
  'consultation.unionForm': { mbl: t('MBL-förhandling', 'MBL negotiation'), samverkan: t('Samverkan', 'Co-operation (samverkan)') },
  'consultation.pupilsInformed': INFORMED,
  'consultation.guardiansInformed': INFORMED,
  'consultation.staffInformed': INFORMED,
  'consultation.signage': INFORMED,
};

const YES_NO_FIELDS = /\.(publicAccess|limitedToFacadePlus2m|coversIncidentSpots|zoom|masking|sound|biometrics|annualReviewPlanned|tried|legalBasisConfirmedByDpo|autoDelete|accessLog|processorUsed|processorAgreement|storageInEuEea|placementDrawingsShared|monitorSeenByOthers|safetyRepresentativeConsulted|informationForChildren|dpiaDone)$/;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** 'cameras.2.mode' → 'cameras.*.mode'. */

/** One answer as words: an enum in the language, a list joined, a number as digits, '' as a dash. */
export function answerText(path: string, value: unknown): Text {
  if (value === '' || value === null || value === undefined) return NOT_ANSWERED;
  const template = templateOf(path);
  if (template === 'cameras.*.hours' && isObject(value)) return hoursText(value as unknown as CameraHours);
  if (template === 'data.retentionHours' && typeof value === 'number') return retentionText(value);
  // A camera's image and its marking: the hash shortened, the marking by its corners, never raw numbers.
  if (template === 'cameras.*.view.attachment' && typeof value === 'string') return t(`bild ${value.slice(0, 12)}…`, `image ${value.slice(0, 12)}…`);
  if (template === 'cameras.*.view.polygon' && Array.isArray(value)) return value.length === 0 ? NOT_ANSWERED : t(`${value.length} hörn`, `${value.length} corners`);
  const table: Record<string, Text> | undefined = VALUE_LABELS[template] ?? (YES_NO_FIELDS.test(template) ? YES_NO : undefined);
  if (Array.isArray(value)) {
    if (value.length === 0) return NOT_ANSWERED;
    const words = value.map((v) => answerText(path, v));
    return { sv: words.map((w) => w.sv).join(', '), en: words.map((w) => w.en).join(', ') };
  }
  if (typeof value === 'boolean') return value ? YES_NO.yes : YES_NO.no;
  const word = table?.[String(value)];
  return word ?? same(String(value));
}

export const areaKindLabel = (kind: string): Text => answerText('cameras.*.areaKind', kind);

/** "72 timmar" / "72 hours"; a dash when not answered. */
export function retentionText(hours: number | null): Text {
  if (hours === null) return NOT_ANSWERED;
  return hours === 1 ? t('1 timme', '1 hour') : t(`${hours} timmar`, `${hours} hours`);
}
