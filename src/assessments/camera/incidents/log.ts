// An incident log pasted from a spreadsheet or imported as CSV, read into incidents (DOM-free). All or
// nothing: when any cell cannot be read, every problem is listed and no incident is returned.
import { csvText } from '../../../engine/csv';
import type { Incident } from '../domain';
import { blankIncident } from '../domain/defaults';
import { INCIDENT_COLUMNS, headerColumn, readCost, readDate, readTime, readType } from './cells';
import type { IncidentColumn } from './cells';
import { guessSeparator, splitRows } from './delimited';

/** A cell that could not be read: its line in the pasted text or file (1-based) and its column. */
export interface LogProblem {
  line: number;
  column: IncidentColumn | 'extra';
  cell: string;
}

export type LogResult = { ok: true; incidents: Omit<Incident, 'id'>[] } | { ok: false; problems: LogProblem[] };

/** At most this many incidents at once; a log longer than that is a mistake (the schema allows 5,000 in all). */
export const MAX_LOG_ROWS = 1000;
const MAX_CELL = 10_000;

/** Undoes the apostrophe our CSV export puts before a cell that a spreadsheet would read as a formula. */
const undefuse = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function readRow(cells: readonly string[], columns: readonly IncidentColumn[], line: number, problems: LogProblem[]): Omit<Incident, 'id'> {
  const incident = blankIncident();
  const bad = (column: LogProblem['column'], cell: string) => problems.push({ line, column, cell: cell.slice(0, 80) });
  cells.forEach((raw, i) => {
    const cell = undefuse(raw).trim();
    const column = columns[i];
    if (column === undefined) {
      if (cell !== '') bad('extra', cell);
      return;
    }
    if (cell.length > MAX_CELL) return bad(column, cell);
    switch (column) {
      case 'date': {
        const date = readDate(cell);
        return date === null ? bad(column, cell) : void (incident.date = date);
      }
      case 'time': {
        const time = readTime(cell);
        return time === null ? bad(column, cell) : void (incident.time = time);
      }
      case 'type': {
        const type = readType(cell);
        return type === null ? bad(column, cell) : void (incident.type = type);
      }
      case 'costSek': {
        const cost = readCost(cell);
        return cost === undefined ? bad(column, cell) : void (incident.costSek = cost);
      }
      default:
        incident[column] = cell;
    }
  });
  return incident;
}

/** Reads rows of cells; a first row whose cells all name columns is the header and sets their order. */
export function readLogRows(rows: readonly (readonly string[])[]): LogResult {
  const head = rows[0]?.filter((c) => c.trim() !== '') ?? [];
  const named = head.map(headerColumn);
  const hasHeader = head.length > 0 && named.every((c) => c !== null);
  const columns: readonly IncidentColumn[] = hasHeader ? (rows[0] ?? []).map((c) => headerColumn(c) ?? 'description') : INCIDENT_COLUMNS;
  const body = hasHeader ? rows.slice(1) : rows;
  const problems: LogProblem[] = [];
  if (body.length > MAX_LOG_ROWS) return { ok: false, problems: [{ line: MAX_LOG_ROWS + 1, column: 'extra', cell: '' }] };
  const first = hasHeader ? 2 : 1;
  const incidents = body.map((cells, i) => readRow(cells, columns, first + i, problems));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, incidents };
}

/** Lines copied from Excel or LibreOffice (tab-separated). */
export const readPastedLog = (text: string): LogResult => readLogRows(splitRows(text, '\t'));

/** A CSV file with ';' or ',' (UTF-8, with or without BOM). */
export const readCsvLog = (text: string): LogResult => readLogRows(splitRows(text, guessSeparator(text.replace(/^\uFEFF/, ''))));

/** The incidents as a CSV that opens in Swedish Excel; the column names are the table's, in the principal's language. */
export function incidentsCsv(incidents: readonly Incident[], header: Readonly<Record<IncidentColumn, string>>, typeName: (type: Incident['type']) => string): string {
  const rows = incidents.map((i) => [i.date, i.time, i.place, typeName(i.type), i.description, i.policeReportNumber, i.costSek === null ? '' : String(i.costSek)]);
  return csvText(INCIDENT_COLUMNS.map((c) => header[c]), rows);
}

/** Oldest first, undated last; equal dates keep their order (then by time). */
export function sortByDate<T extends Pick<Incident, 'date' | 'time'>>(incidents: readonly T[]): T[] {
  const key = (i: T) => (i.date === '' ? '9999-99-99' : i.date) + (i.time === '' ? '99:99' : i.time);
  return incidents
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (key(a.item) < key(b.item) ? -1 : key(a.item) > key(b.item) ? 1 : a.index - b.index))
    .map((x) => x.item);
}
