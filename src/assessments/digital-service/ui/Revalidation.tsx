// On the review page of a decided validation: the next re-validation with its state in words and a calendar
// reminder, then "Starta omvalidering" with what started it. The new version is its own document, so the
// decided one keeps its bytes and its kontrollkod; once a newer version exists, this page links to it instead.
import { useEffect, useState } from 'preact/hooks';
import { isoDateOf } from '../../../engine/dates';
import { useToday } from '../../../ui/today';
import { reminderIcs } from '../../../engine/ics';
import { formatDate } from '../../../ui/i18n';
import { href, navigate } from '../../../ui/router';
import { useServices } from '../../../ui/services';
import { downloadText } from '../../../ui/shell/download';
import { nextRevalidation, REVALIDATION_TRIGGERS, revalidationStatus, startRevalidation, successors, versionOf, type RevalidationTrigger } from '../lifecycle';
import { parseDocument, type ServiceDoc } from '../schema';
import { recordOf } from './record';
import type { DsText, OnReview } from './text';

type Newer = { id: string; version: number; decided: boolean };

/** The newest version that continues this one, if any is stored. */
function useNewer(id: string): Newer | null {
  const { storage } = useServices();
  const [newer, setNewer] = useState<Newer | null>(null);
  useEffect(() => {
    void storage.listDocuments('digital-service').then((records) => {
      const items = records.flatMap((r) => {
        const parsed = parseDocument(r.doc);
        return parsed.ok ? [{ doc: parsed.doc, decidedOn: r.decidedOn }] : [];
      });
      const found = successors(items).get(id);
      setNewer(found ? { id: found.doc.id, version: versionOf(found.doc), decided: found.decidedOn !== null } : null);
    }, () => undefined);
  }, [id, storage]);
  return newer;
}

/** The .ics for the next re-validation, in the principal's language; the UID is stable per version. */
export function revalidationIcs(doc: ServiceDoc, decidedOn: string, x: DsText, now: Date): string {
  const service = doc.service.name.trim() || x.t('untitled');
  return reminderIcs(
    {
      uid: `${doc.id}-v${versionOf(doc)}@kamerabedomning`,
      date: nextRevalidation(doc, decidedOn),
      summary: x.t('ics.summary', { service }),
      description: x.t('ics.body', { service, decided: decidedOn }),
      alarm: x.t('ics.alarm', { service }),
    },
    now,
  );
}

export function Revalidation({ doc, decidedOn, x }: OnReview) {
  const { storage, clock } = useServices();
  // Due or overdue is judged on the day it is now, also on a page left open past midnight.
  const today = useToday();
  const newer = useNewer(doc.id);
  const [trigger, setTrigger] = useState<RevalidationTrigger>('annual');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!decidedOn || doc.discontinued) return null;
  const approved = doc.decision.verdict === 'approve' || doc.decision.verdict === 'approveWithConditions';
  const next = nextRevalidation(doc, decidedOn);
  const status = revalidationStatus(doc, decidedOn, today);
  const start = async () => {
    setBusy(true);
    setError(null);
    const now = clock();
    const created = startRevalidation(doc, decidedOn, trigger, crypto.randomUUID(), now, isoDateOf(now));
    const saved = await storage.saveDocument(recordOf(created, null, now));
    setBusy(false);
    if (saved.ok) navigate({ name: 'service', id: created.id, step: 'service' });
    else setError(x.t('reval.failed', { error: saved.error }));
  };
  return (
    <section aria-labelledby="ds-reval" class="ds-reval">
      <h2 id="ds-reval">{x.t('reval.title')}</h2>
      {approved && next !== '' ? (
        <p>
          {status !== 'not-due' && <strong class={`ds-flag-tag ds-due--${status}`}>{x.t(status === 'overdue' ? 'reval.overdue' : 'reval.soon')}</strong>}
          {x.t('reval.next', { date: formatDate(next, x.lang) })}{' '}
          <button type="button" class="button" onClick={() => downloadText(revalidationIcs(doc, decidedOn, x, clock()), `omvalidering-${doc.id}.ics`, 'text/calendar;charset=utf-8')}>
            {x.t('reval.ics')}
          </button>
        </p>
      ) : (
        <p>{x.t('reval.noNext')}</p>
      )}
      {newer ? (
        <p>
          {newer.decided && <>{x.t('reval.replaced', { version: newer.version })} </>}
          <a href={href({ name: 'service', id: newer.id, step: newer.decided ? 'review' : 'service' })}>
            {x.t(newer.decided ? 'reval.openNewer' : 'reval.continue', { version: newer.version })}
          </a>
        </p>
      ) : (
        <>
          <p>{x.t('reval.help')}</p>
          <fieldset class="ds-reval__triggers">
            <legend>{x.t('reval.trigger')}</legend>
            {REVALIDATION_TRIGGERS.map((t) => (
              <label key={t} class="ds-reval__choice">
                <input type="radio" name="ds-reval-trigger" value={t} checked={trigger === t} onChange={() => setTrigger(t)} /> {x.k(`revalidation.${t}`)}
              </label>
            ))}
          </fieldset>
          <button type="button" class="button button--primary" disabled={busy} onClick={() => void start()}>
            {x.t('reval.start')}
          </button>
        </>
      )}
      <p role="status">{busy && x.t('reval.starting')}</p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
