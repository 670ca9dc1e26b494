// A calendar reminder of the next annual review (RFC 5545), in the plain form Outlook and Google Calendar
// import: one all-day event with a display alarm 30 days before.
import type { Assessment, IsoDate, Lang } from '../domain/types';
import { addDays } from './days';

/** "\" ";" "," and line breaks are special in TEXT values; other control characters are not allowed at all. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with the space, which counts towards its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: IsoDate): string => date.replace(/-/g, '');
const basicDateTime = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

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
  const end = addDays(nextReview, 1);
  if (end === '') throw new RangeError(`Not a date: "${nextReview}"`);
  const text = TEXT[lang];
  const school = a.school.schoolName.trim() || (lang === 'sv' ? 'skolan' : 'the school');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kamerabedomning//Kamerabedomning//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(`${a.id}-v${a.version}@kamerabedomning`)}`,
    `DTSTAMP:${basicDateTime(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(nextReview)}`,
    `DTEND;VALUE=DATE:${basicDate(end)}`,
    `SUMMARY:${escapeText(`${text.summary} – ${school}`)}`,
    `DESCRIPTION:${escapeText(text.body(school, a.school.decisionDate, a.decision.registryNumber.trim()))}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P30D',
    `DESCRIPTION:${escapeText(`${text.alarm} – ${school}`)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
