// What free text and the 2026-12 structured answers say about a camera, written once for the rules,
// the required answers and the wizard: an area's effective kind, a sensitive space named in free text,
// a purpose made of general words only, and whether an end date silences a camera.
import type { AnalyticsKind, Assessment, AreaKind, Camera, IsoDate } from './types';
import { INTIMATE_AREAS } from './branches';

/** Kinds of space that are never filmed (KB-H01) or only with escalation (staff rooms, KB-H10). */
export type SensitiveKind = 'toilet' | 'shower' | 'changingRoom' | 'restRoom' | 'staffRoom';

/** The kind an 'other' area turns into once the principal says what it is used for (KB-H11). */
const OTHER_USE_KIND: Record<string, SensitiveKind> = {
  toilet: 'toilet',
  washing: 'shower',
  undressing: 'changingRoom',
  resting: 'restRoom',
  staffBreak: 'staffRoom',
};

/** The area kind the rules apply: an 'other' area's use maps it to a kind the rules know. */
export function effectiveAreaKind(c: Pick<Camera, 'areaKind' | 'otherAreaUse'>): AreaKind | 'restRoom' | '' {
  if (c.areaKind !== 'other') return c.areaKind;
  const mapped = OTHER_USE_KIND[c.otherAreaUse ?? ''];
  return mapped ?? 'other';
}

/** KB-H01: toilets, showers, changing rooms, and (2026-12) rest rooms and sick bays. */
export const filmsIntimateSpace = (c: Pick<Camera, 'areaKind' | 'otherAreaUse'>): boolean => {
  const kind = effectiveAreaKind(c);
  return kind === 'restRoom' || INTIMATE_AREAS.includes(kind as AreaKind);
};

/** A staff room by its kind or by what an 'other' area is used for. */
export const filmsStaffRoom = (c: Pick<Camera, 'areaKind' | 'otherAreaUse'>): boolean => effectiveAreaKind(c) === 'staffRoom';

const L = '\\p{L}';
/** Swedish and English names of sensitive spaces, matched inside compounds ("personaltoalett", "flickomklädningsrum"). */
const SENSITIVE_WORDS: readonly [RegExp, SensitiveKind][] = [
  [new RegExp(`toalett|(?<!${L})(wc|toa|toaletter|toilets?|restrooms?|lavatory)(?!${L})|hygienrum|skötrum`, 'iu'), 'toilet'],
  [/dusch|shower/iu, 'shower'],
  [/omklädning|omklädes|changing\s*rooms?|locker\s*rooms?/iu, 'changingRoom'],
  [/vilrum|viloru|sjukrum|sjukbädd|sovrum|sovsal|rest\s*room|sick\s*bay|nap\s*room/iu, 'restRoom'],
  [/personalrum|lärarrum|fikarum|personalens\s+kök|staff\s*room|teachers'?\s*lounge|break\s*room/iu, 'staffRoom'],
];
/** "utanför toaletterna", "vid duschen", "outside the toilets": a place beside the space, not the space itself. */
const BESIDE = /(utanför|vid|framför|intill|bredvid|mot|mittemot|nära|outside|near|by|next to|opposite)\s+(\p{L}+\s+)?$/iu;

/**
 * The sensitive space a free text names, when it names one as the place filmed. Words after "utanför",
 * "vid" and the like name a neighbour, not the space, and are not counted.
 */
export function sensitiveSpaceNamed(text: string): SensitiveKind | null {
  for (const [pattern, kind] of SENSITIVE_WORDS) {
    const global = new RegExp(pattern.source, 'giu');
    for (const match of text.matchAll(global)) {
      const before = text.slice(0, match.index);
      // The start of the word the match sits in, so "personaltoalett" is read as one word.
      const wordStart = before.search(/\p{L}*$/u);
      if (!BESIDE.test(text.slice(0, wordStart))) return kind;
    }
  }
  return null;
}

/** The camera's free text names a sensitive space its classification does not say (KB-H11). */
export function unclassifiedSensitiveSpace(c: Pick<Camera, 'areaKind' | 'otherAreaUse' | 'name' | 'location' | 'fieldOfView'>): SensitiveKind | null {
  const effective = effectiveAreaKind(c);
  for (const text of [c.location, c.name, c.fieldOfView]) {
    const named = sensitiveSpaceNamed(text);
    if (named === null || named === effective) continue;
    // Classified as one intimate space and called another ("dusch och omklädningsrum"): already blocked.
    if (filmsIntimateSpace(c) && named !== 'staffRoom') continue;
    return named;
  }
  return null;
}

/** General words that name no event: "trygghet", "säkerhet", "förebyggande" and the words around them. */
const GENERAL_WORDS = new Set(
  [
    'trygghet', 'tryggheten', 'trygg', 'tryggare', 'säkerhet', 'säkerheten', 'säker', 'säkrare', 'förebyggande', 'förebygga',
    'förebyggande', 'preventivt', 'skydd', 'skydda', 'öka', 'ökad', 'ökar', 'skapa', 'bidra', 'allmän', 'allmänna', 'god',
    'bättre', 'miljö', 'miljön', 'studiemiljö', 'arbetsmiljö', 'för', 'och', 'att', 'en', 'ett', 'i', 'på', 'av', 'med', 'till',
    'alla', 'elever', 'eleverna', 'personal', 'personalen', 'skolan', 'skolans', 'vår', 'våra', 'samt', 'det', 'den', 'som',
    'safety', 'security', 'secure', 'safe', 'safer', 'prevention', 'preventive', 'general', 'for', 'and', 'the', 'to', 'of',
    'your', 'our', 'all', 'a', 'an', 'increase', 'increased', 'improve', 'school', 'pupils', 'staff', 'environment',
  ].map((w) => w.toLocaleLowerCase('sv')),
);

/**
 * KB-S27, KB-H05: a text made of general words only ("Trygghet", "Ökad säkerhet för alla"), or too short
 * to name an event. An empty text is not vague: it is unanswered.
 */
export function isVagueText(text: string, minLength = 12): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  const words = trimmed.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
  const specific = words.filter((w) => !GENERAL_WORDS.has(w));
  return specific.length === 0 || trimmed.length < minLength;
}

export const hasAnalytics = (c: Pick<Camera, 'analytics'>, kind: AnalyticsKind): boolean => (c.analytics ?? []).includes(kind);

/** Analytics that are neither prohibited nor biometric identification: a warning and a DPIA (KB-S31). */
export const OTHER_ANALYTICS: readonly AnalyticsKind[] = ['behaviour', 'objectDetection', 'peopleCounting', 'other'];
export const usesOtherAnalytics = (c: Pick<Camera, 'analytics'>): boolean => OTHER_ANALYTICS.some((k) => hasAnalytics(c, k));

/**
 * KB-H18: an end date may be set on a camera carried over from an earlier signed version (or recorded on a
 * signed document as a register event). A draft of version 2 or later made before cameras were marked
 * carriedOver has no camera marked at all; its cameras all came from the signed version.
 */
export function mayHaveEndDate(a: Assessment, c: Camera): boolean {
  if (a.signoff !== null || c.carriedOver === true) return true;
  return a.previousVersionId !== null && !a.cameras.some((x) => x.carriedOver !== undefined);
}

/** The camera no longer films on `today`: a permitted end date that has passed. A later date silences nothing. */
export const cameraEndedBy = (a: Assessment, c: Camera, today: IsoDate): boolean =>
  c.endedOn !== '' && c.endedOn <= today && mayHaveEndDate(a, c);

/**
 * The words KB-H06 tested before cameras were asked what they cover ("hela byggnaden", "överallt"). Kept as it
 * was, so a camera from such a file evaluates as it did; never widened.
 */
export const UNBOUNDED_AREA =
  /(hela (byggnaden|skolan|huset|området)|alla (lokaler|korridorer|utrymmen)|överallt|whole (building|school)|entire (building|school)|everywhere)/iu;

/** Words that say a picture has no limit, also compounds ("hela skolbyggnaden", "hela skolgården"): KB-S33 asks. */
export const BROAD_AREA =
  /(hela (skol)?(byggnaden|skolan|huset|området|gården|tomten|lokalen)|alla (lokaler|korridorer|utrymmen|rum)|överallt|whole (school )?(building|school|site|grounds)|entire (school )?(building|school|site|grounds)|everywhere)/iu;
