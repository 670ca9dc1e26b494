// Incident logs from spreadsheets: reading pasted lines and CSV files, writing CSV, sorting by date.
export { INCIDENT_COLUMNS, headerColumn, readCost, readDate, readTime, readType } from './cells';
export type { IncidentColumn } from './cells';
export { guessSeparator, splitRows } from './delimited';
export { MAX_LOG_ROWS, incidentsCsv, readCsvLog, readLogRows, readPastedLog, sortByDate } from './log';
export type { LogProblem, LogResult } from './log';
export { appendIncidents, sortIncidentsByDate } from './edits';
