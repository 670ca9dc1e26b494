// What the principal does with a signed assessment after signing: start the annual review, record the later
// decision, end surveillance, take a calendar reminder. Shared by the home page and the "Åtgärder" panel.
import type { Assessment, IsoDate, Lang } from '../../domain';
import { reviewIcs, startAnnualReview } from '../../domain';
import type { Services } from '../../../../ui/services';
import { downloadText } from '../../../../ui/shell/download';
import { fileSlug } from '../../domain';

type Storage = Services['storage'];
/** A failure carries storage's reason, which the page says in the principal's language (reasonKey). */
export type ActionResult = { ok: true; assessment: Assessment } | { ok: false; reason: string };

const failure = (r: { reason: string }): ActionResult => ({ ok: false, reason: r.reason });

type Stored = { ok: true; assessment: Assessment } | { ok: false; reason: string; error?: string };
const outcome = (r: Stored): ActionResult => (r.ok ? { ok: true, assessment: r.assessment } : failure(r));

/** The annual review as a new draft, saved before it opens so a reload finds it. */
export async function startReview(storage: Storage, signed: Assessment, now = new Date()): Promise<ActionResult> {
  const draft = startAnnualReview(signed, crypto.randomUUID(), now);
  return outcome(await storage.save(draft, 0));
}

/** A loaded assessment, or the reason it could not be read. */
export async function loadAssessment(storage: Storage, id: string): Promise<ActionResult> {
  const loaded = await storage.load(id);
  return loaded.ok || loaded.reason !== 'invalid' ? outcome(loaded) : failure({ reason: 'invalid' });
}

/**
 * Applies a post-signing change (later decision, end dates) to the stored copy read afresh, so a save made
 * elsewhere meanwhile is neither lost nor a conflict. Storage refuses anything else on a signed version.
 */
export async function changeSigned(storage: Storage, id: string, change: (a: Assessment) => Assessment): Promise<ActionResult> {
  const loaded = await loadAssessment(storage, id);
  if (!loaded.ok) return loaded;
  let changed: Assessment;
  try {
    changed = change(loaded.assessment);
  } catch {
    return { ok: false, reason: 'unknown' };
  }
  return outcome(await storage.save(changed, loaded.assessment.revision));
}

export const icsFileName = (a: Assessment): string => `omprovning-${fileSlug(a.school.schoolName)}.ics`;

/** The calendar reminder of the next review as a download (an all-day event with an alarm 30 days before). */
export function downloadReminder(a: Assessment, nextReview: IsoDate, lang: Lang): string {
  const file = icsFileName(a);
  downloadText(reviewIcs(a, nextReview, lang, new Date()), file, 'text/calendar;charset=utf-8');
  return file;
}
