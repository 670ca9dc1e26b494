// A calendar reminder (RFC 5545) of a review date, in the plain form Outlook and Google Calendar import: one
// all-day event with a display alarm 30 days before. Each kind gives its own words.
import type { IsoDate } from './dates';
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

export interface Reminder {
  /** Stable per document and version, so importing the file again updates the event instead of adding one. */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
  alarm: string;
}

/** The .ics text of one all-day reminder; throws on a date that is not a real date, a caller's mistake. */
export function reminderIcs(r: Reminder, now: Date): string {
  const end = addDays(r.date, 1);
  if (end === '') throw new RangeError(`Not a date: "${r.date}"`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kamerabedomning//Kamerabedomning//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(r.uid)}`,
    `DTSTAMP:${basicDateTime(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(r.date)}`,
    `DTEND;VALUE=DATE:${basicDate(end)}`,
    `SUMMARY:${escapeText(r.summary)}`,
    `DESCRIPTION:${escapeText(r.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P30D',
    `DESCRIPTION:${escapeText(r.alarm)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
