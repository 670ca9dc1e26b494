// The camera kind's calendar reminder of the next annual review, in the principal's words.
import { reminderIcs } from '../../../engine/ics';
import type { Assessment, IsoDate, Lang } from '../domain/types';

const TEXT: Record<Lang, { summary: string; alarm: string; body: (school: string, decided: string, ref: string) => string }> = {
  sv: {
    summary: 'Årlig omprövning av kamerabevakning',
    alarm: 'Om 30 dagar: årlig omprövning av kamerabevakning',
    body: (school, decided, ref) =>
      [
        `Dags att ompröva kamerabevakningen vid ${school}${decided ? ` (beslut ${decided}${ref ? `, diarienummer ${ref}` : ''})` : ''}.`,
        'Öppna Kamerabedömning och välj Påbörja årlig omprövning. Gå igenom händelser sedan förra beslutet, kameror som lagts till, flyttats eller tagits bort, om varje kamera fortfarande behövs och om andra åtgärder nu räcker.',
        'Skriv under den nya versionen och för in den i förteckningen.',
      ].join('\n'),
  },
  en: {
    summary: 'Annual review of camera surveillance',
    alarm: 'In 30 days: annual review of camera surveillance',
    body: (school, decided, ref) =>
      [
        `Time to review the camera surveillance at ${school}${decided ? ` (decision of ${decided}${ref ? `, reference ${ref}` : ''})` : ''}.`,
        'Open Kamerabedömning and choose Start annual review. Go through incidents since the last decision, cameras added, moved or removed, whether each camera is still needed and whether other measures now suffice.',
        'Sign the new version and enter it in the register.',
      ].join('\n'),
  },
};

/**
 * The .ics for the review on `nextReview` of this assessment. The UID is stable per assessment and
 * version, so importing it again updates the event instead of adding a second one.
 */
export function reviewIcs(a: Assessment, nextReview: IsoDate, lang: Lang, now: Date): string {
  const text = TEXT[lang];
  const school = a.school.schoolName.trim() || (lang === 'sv' ? 'skolan' : 'the school');
  return reminderIcs(
    {
      uid: `${a.id}-v${a.version}@kamerabedomning`,
      date: nextReview,
      summary: `${text.summary} – ${school}`,
      description: text.body(school, a.school.decisionDate, a.decision.registryNumber.trim()),
      alarm: `${text.alarm} – ${school}`,
    },
    now,
  );
}
