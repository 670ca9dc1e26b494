// Reading one spreadsheet cell of an incident log into the incident's field (DOM-free). Principals keep
// these logs in Excel or LibreOffice, so Swedish dates (4/12 2026), "18 500 kr" and "Inbrott" are read.
import { INCIDENT_TYPES } from '../domain';
import type { IncidentType } from '../domain';
import { normalizeDate, normalizeTime } from '../../../ui/fields/formats';

/** The columns of an incident log, in the order a log without a header row is read. */
export const INCIDENT_COLUMNS = ['date', 'time', 'place', 'type', 'description', 'policeReportNumber', 'costSek'] as const;
export type IncidentColumn = (typeof INCIDENT_COLUMNS)[number];

/** Header words (lower case, sv and en) that name each column. */
const HEADER_WORDS: Record<IncidentColumn, readonly string[]> = {
  date: ['datum', 'date', 'dag'],
  time: ['klockslag', 'tid', 'tidpunkt', 'time', 'kl'],
  place: ['plats', 'place', 'var', 'location', 'where'],
  type: ['typ', 'typ av händelse', 'type', 'type of incident', 'händelsetyp', 'kategori'],
  description: ['vad hände', 'vad hände?', 'händelse', 'beskrivning', 'what happened', 'what happened?', 'description'],
  policeReportNumber: ['polisanmälan', 'polisanmäld', 'polisanmälans nummer', 'anmälningsnummer', 'police report', 'reported to police', 'police report number'],
  costSek: ['kostnad', 'kostnad (kr)', 'kostnad kr', 'belopp', 'cost', 'cost (sek)', 'cost sek'],
};

/** The column a header cell names, or null. */
export function headerColumn(cell: string): IncidentColumn | null {
  const word = cell.trim().toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '');
  const hit = INCIDENT_COLUMNS.find((c) => HEADER_WORDS[c].includes(word));
  return hit ?? null;
}

/** '2026-12-04', '20261204', '4/12 2026', '4/12/2026', '4.12.2026' → '2026-12-04'; '' stays ''; else null. */
export function readDate(cell: string): string | null {
  const s = cell.trim();
  const dmy = /^(\d{1,2})[/.](\d{1,2})[ /.,]+(\d{4})$/.exec(s);
  return dmy ? normalizeDate(`${dmy[3]}-${dmy[2]}-${dmy[1]}`) : normalizeDate(s);
}

export const readTime = (cell: string): string | null => normalizeTime(cell.replace(/^kl\.?\s*/i, ''));

const TYPE_WORDS: Record<IncidentType, readonly string[]> = {
  vandalism: ['skadegörelse', 'vandalism'],
  graffiti: ['klotter', 'graffiti'],
  breakin: ['inbrott', 'break-in', 'breakin', 'burglary'],
  arson: ['anlagd brand', 'brand', 'arson', 'fire'],
  theft: ['stöld', 'theft'],
  threat: ['hot', 'threat'],
  violence: ['våld', 'violence'],
  other: ['annat', 'övrigt', 'other'],
};

/** A type in Swedish or English words, or the stored code; '' stays ''; else null. */
export function readType(cell: string): IncidentType | '' | null {
  const word = cell.trim().toLowerCase();
  if (word === '') return '';
  return INCIDENT_TYPES.find((t) => t === word || TYPE_WORDS[t].includes(word)) ?? null;
}

/** '18 500', '18 500 kr', '18500,50', '18.500 SEK' → a number; '' → null (unknown); else undefined. */
export function readCost(cell: string): number | null | undefined {
  let s = cell.trim().replace(/\s*(kr|kronor|sek|:-)\.?$/i, '').replace(/[\s\u00a0\u202f]/g, '');
  if (s === '' || s === '-') return null;
  // A dot followed by exactly three digits groups thousands (18.500); otherwise it is a decimal mark.
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && n <= 1e12 ? n : undefined;
}
