// Which approved services are due for their yearly re-validation, for home. Read from the documents, not the
// stored summaries: a validation restored from a backup has no summary until it is saved again.
import type { ReviewStatus } from '../../../engine/days';
import { nextRevalidation, revalidationStatus, successors } from '../lifecycle';
import { parseDocument } from '../schema';

export interface DueService {
  id: string;
  title: string;
  nextReview: string;
  status: Exclude<ReviewStatus, 'not-due'>;
}

/** Due soon or overdue, overdue first, then by date; a decision replaced by a decided newer version is not due. */
export function dueServices(records: readonly { doc: unknown; decidedOn: string | null }[], today: string): DueService[] {
  const items = records.flatMap((r) => {
    const parsed = parseDocument(r.doc);
    return parsed.ok ? [{ doc: parsed.doc, decidedOn: r.decidedOn }] : [];
  });
  const newer = successors(items);
  return items
    .filter((i) => (newer.get(i.doc.id)?.decidedOn ?? null) === null)
    .flatMap(({ doc, decidedOn }) => {
      const status = revalidationStatus(doc, decidedOn, today);
      return status === 'not-due' ? [] : [{ id: doc.id, title: doc.service.name, nextReview: nextRevalidation(doc, decidedOn), status }];
    })
    .sort((a, b) => (a.status === b.status ? a.nextReview.localeCompare(b.nextReview) : a.status === 'overdue' ? -1 : 1));
}
