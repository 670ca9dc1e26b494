// Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so a date never shifts with the time zone.
/** A calendar day as 'YYYY-MM-DD'. */
export type IsoDate = string;
/** ISO 8601 date-time in UTC. */
export type IsoDateTime = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (s: string): boolean => {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/** The same day `months` later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = DATE.exec(date);
  if (!m) return '';
  const year = Number(m[1]);
  const month = Number(m[2]) - 1 + months;
  const day = Number(m[3]);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Today's date where the caller is, as 'YYYY-MM-DD'. */
export const isoDateOf = (d: Date): IsoDate =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
