// The review reminder as iCalendar, read back with a real parser (ical.js).
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../src/assessments/camera/domain';
import { reviewIcs } from '../../../../src/assessments/camera/domain';
import { loadFixture } from '../helpers';
import { sign } from './chain';

const NOW = new Date('2026-09-15T12:34:56.789Z');
let signed: Assessment;
beforeAll(async () => {
  signed = await sign(loadFixture('facade-night'), '2026-09-15');
});

function event(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent), alarm: vevent.getFirstSubcomponent('valarm')! };
}

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('reviewIcs', () => {
  it('is a published calendar with one all-day event on the review date and an alarm 30 days before', () => {
    const ics = reviewIcs(signed, '2027-09-15', 'sv', NOW);
    const { calendar, event: e, alarm } = event(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2027-09-15');
    expect(e.endDate.toString()).toBe('2027-09-16');
    expect(e.summary).toBe('Årlig omprövning av kamerabevakning – Lindängsskolan');
    expect(e.description).toContain('Påbörja årlig omprövning');
    expect(e.uid).toBe(`${signed.id}-v1@kamerabedomning`);
    expect(event(ics).vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-09-15T12:34:56Z');
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-30 * 86_400);
    expect(ics).toContain('\r\nTRIGGER:-P30D\r\n');
    expect(alarm.getFirstPropertyValue('description')).toBeTruthy();
  });

  it('ends a month and a year on the right next day', () => {
    expect(event(reviewIcs(signed, '2027-12-31', 'en', NOW)).event.endDate.toString()).toBe('2028-01-01');
    expect(event(reviewIcs(signed, '2028-02-28', 'en', NOW)).event.endDate.toString()).toBe('2028-02-29');
  });

  it('keeps the same UID for the same version, and a new one for the next version', () => {
    const again = reviewIcs(signed, '2027-09-15', 'en', new Date('2027-01-01T00:00:00Z'));
    expect(event(again).event.uid).toBe(event(reviewIcs(signed, '2027-09-15', 'sv', NOW)).event.uid);
    expect(event(reviewIcs({ ...signed, version: 2 }, '2028-09-15', 'sv', NOW)).event.uid).not.toBe(event(again).event.uid);
  });

  it('folds long lines at 75 octets without splitting a character, and the parser gets the text back', () => {
    const school = 'Östra Ängsbyskolans grundsärskola för årskurs 7–9 på Åkersvägen, avdelning Ödmjukhet; "Älgen" \\ Ö';
    const long = { ...signed, school: { ...signed.school, schoolName: school } };
    const ics = reviewIcs(long, '2027-09-15', 'sv', NOW);
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { event: e, alarm } = event(ics);
    expect(e.summary).toBe(`Årlig omprövning av kamerabevakning – ${school}`);
    expect(e.description).toContain(school);
    expect(e.description).toContain('\n');
    expect(alarm.getFirstPropertyValue('description')).toContain(school);
  });

  it('refuses a date that is not one', () => {
    expect(() => reviewIcs(signed, '2027-02-30', 'sv', NOW)).toThrow(RangeError);
  });
});
