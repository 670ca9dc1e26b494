// What is stored for one validation: the document, its register summary as of the last save, and the
// date a decision was recorded (null while it is a draft).
import { isoDateOf } from '../../../engine/dates';
import { KIND_ID, type ServiceDoc } from '../schema';
import { storedSummary } from '../summarize';

export function recordOf(doc: ServiceDoc, decidedOn: string | null, now: Date) {
  return { id: doc.id, kind: KIND_ID, doc, summary: storedSummary(doc, decidedOn, isoDateOf(now)), decidedOn };
}
