// The document after a log is appended or the incidents are sorted: pure, immutable, refused (null) when
// the edit would store something restore() would not accept, so a saved file always opens again.
import * as v from 'valibot';
import type { Assessment, Incident } from '../domain';
import { IncidentSchema } from '../domain/schema';
import { sortByDate } from './log';

/** As the schema's list limit, so an imported log can never make the document unreadable. */
const MAX_INCIDENTS = 5_000;

export function appendIncidents(a: Assessment, incidents: readonly Incident[]): Assessment | null {
  const ids = new Set(a.problem.incidents.map((i) => i.id));
  if (incidents.length === 0 || a.problem.incidents.length + incidents.length > MAX_INCIDENTS) return null;
  for (const incident of incidents) {
    if (ids.has(incident.id) || !v.safeParse(IncidentSchema, incident).success) return null;
    ids.add(incident.id);
  }
  // Only the incident's own fields are kept, whatever else the event carried.
  const clean = incidents.map(({ id, date, time, place, type, description, policeReportNumber, costSek }) => ({ id, date, time, place, type, description, policeReportNumber, costSek }));
  return { ...a, problem: { ...a.problem, incidents: [...a.problem.incidents, ...clean] } };
}

/** Null when already in order, so a sort that changes nothing is not saved as a change. */
export function sortIncidentsByDate(a: Assessment): Assessment | null {
  const sorted = sortByDate(a.problem.incidents);
  if (sorted.every((incident, i) => incident === a.problem.incidents[i])) return null;
  return { ...a, problem: { ...a.problem, incidents: sorted } };
}
