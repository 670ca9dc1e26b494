// Whole days between 'YYYY-MM-DD' dates, in UTC so summer time never makes a day 23 hours long, and when a
// review date is due. Shared by every kind with a yearly review (camera review, service re-validation).
import type { IsoDate } from './dates';

const DAY_MS = 86_400_000;

function utc(date: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Refuses '2026-02-30' instead of rolling it over into March.
  return new Date(time).toISOString().slice(0, 10) === date ? time : null;
}

/** `to` minus `from` in days (negative when `to` is earlier); null when either is not a real date. */
export function daysBetween(from: IsoDate, to: IsoDate): number | null {
  const a = utc(from);
  const b = utc(to);
  return a === null || b === null ? null : Math.round((b - a) / DAY_MS);
}

/** The date `days` later; '' when `date` is not a real date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const time = utc(date);
  return time === null ? '' : new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

export type ReviewStatus = 'not-due' | 'due-soon' | 'overdue';

/** A review this many days away or fewer is "due soon". */
export const DUE_SOON_DAYS = 30;

/** 'overdue' after `date`, 'due-soon' from 30 days before it up to and including the day; no date is never due. */
export function dueStatus(date: IsoDate, today: IsoDate): ReviewStatus {
  const days = daysBetween(today, date);
  if (days === null) return 'not-due';
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due-soon' : 'not-due';
}
