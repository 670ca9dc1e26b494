// "Åtgärder" on a signed assessment: start the annual review, record the later decision, end surveillance,
// take a calendar reminder. The lead mounts it in the locked view; `onChanged` gets every saved document.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Assessment, Evaluation } from '../../domain';
import { reviewStatus, surveillanceOver } from '../../domain';
import type { AssessmentSummary } from '../../../../storage';
import { formatDate, useI18n } from '../../../../ui/i18n';
import { href, navigate } from '../../../../ui/router';
import { useServices } from '../../../../ui/services';
import { reasonKey } from '../../../../ui/session/reasons';
import { useToday } from '../../../../ui/today';
import { downloadReminder, startReview } from './actions';
import { ReviewDue } from '../../../../ui/home/ReviewDue';
import { useLifecycleDialogs } from './useLifecycleDialogs';
import './lifecycle.css';

export interface SignedActionsProps {
  assessment: Assessment;
  evaluation: Evaluation;
  /** Called with the saved document after a later decision or an end date was recorded. */
  onChanged: (a: Assessment) => void;
}

/** The newer document continuing this one, if any: a review in progress, or a signed successor. */
function useContinuation(id: string): AssessmentSummary | null {
  const { storage } = useServices();
  const [next, setNext] = useState<AssessmentSummary | null>(null);
  useEffect(() => {
    let live = true;
    void storage.listSummaries().then(
      (list) => live && setNext(list.find((s) => s.previousVersionId === id) ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [storage, id]);
  return next;
}

type Message = { text: string; error: boolean };
/**
 * What the last action did, by assessment id: the host may remount the locked view with the saved document
 * (and the heading takes focus), so the message is handed to the new panel, which shows it and takes focus.
 */
const handedOver = new Map<string, Message>();

export function SignedActions({ assessment: given, evaluation, onChanged }: SignedActionsProps) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  // Due for review or over is judged on the day it is now, also on a page left open past midnight.
  const today = useToday();
  const id = useId();
  const [message, setMessage] = useState<Message | null>(() => handedOver.get(given.id) ?? null);
  const [saved, setSaved] = useState<Assessment | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // A host that only adopts the saved revision (no remount) still sees the saved state here.
  const a = saved && saved.id === given.id && saved.revision > given.revision ? saved : given;
  const continuation = useContinuation(a.id);
  const lifecycle = useLifecycleDialogs((doc, text) => {
    const done = { text, error: false };
    handedOver.set(doc.id, done);
    setMessage(done);
    setSaved(doc);
    onChanged(doc);
  });
  useEffect(() => {
    if (!message) return;
    handedOver.delete(given.id);
    // The dialog gives focus back to its opener first; the result is what the principal needs to hear.
    const timer = setTimeout(() => statusRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [message, given.id]);

  if (!a.signoff) return null;
  const over = surveillanceOver(a, today);
  const sentOn = a.signoff.kind !== 'decision';
  const inForce = !over && (!sentOn || a.laterDecision?.result === 'approved');
  const status = reviewStatus(a, evaluation.nextReviewDate, today);
  const superseded = continuation !== null && continuation.signoffKind !== null;

  const begin = async () => {
    setBusy(true);
    const result = await startReview(storage, a);
    setBusy(false);
    if (result.ok) navigate({ name: 'assessment', id: result.assessment.id });
    else setMessage({ text: t('lifecycle.failed', { error: t(reasonKey(result.reason)) }), error: true });
  };

  const remind = () => {
    const file = downloadReminder(a, evaluation.nextReviewDate, lang);
    setMessage({ text: t('lifecycle.ics.done', { file }), error: false });
  };

  const stateKey = over ? 'lifecycle.state.over' : superseded ? 'lifecycle.state.superseded' : inForce ? 'lifecycle.state.inForce' : 'lifecycle.state.awaiting';
  const later = a.laterDecision;
  const ended = a.cameras.filter((c) => c.endedOn !== '');
  return (
    <section class="lifecycle-panel no-print" aria-labelledby={`${id}-title`} aria-busy={busy ? 'true' : undefined}>
      <h2 id={`${id}-title`}>{t('lifecycle.actions.title')}</h2>
      <dl class="lifecycle-facts">
        <div>
          <dt>{t('lifecycle.actions.state')}</dt>
          <dd>{t(stateKey)}</dd>
        </div>
        {inForce && (
          <div>
            <dt>{t('home.list.nextReview')}</dt>
            <dd>
              <ReviewDue status={status} date={evaluation.nextReviewDate} />
            </dd>
          </div>
        )}
        {later && (
          <div>
            <dt>{t(`lifecycle.later.by.${later.by}`)}</dt>
            <dd>
              {t(`lifecycle.later.result.${later.result}`)} {formatDate(later.date, lang)}
              {later.reference !== '' && ` (${later.reference})`}
              {later.decidedBy !== '' && `, ${later.decidedBy}`}
            </dd>
          </div>
        )}
        {a.endedOn !== '' && (
          <div>
            <dt>{t('lifecycle.actions.endedOn')}</dt>
            <dd>{formatDate(a.endedOn, lang)}</dd>
          </div>
        )}
        {ended.map((c) => (
          <div key={c.id}>
            <dt>{t('lifecycle.actions.cameraEnded', { camera: c.name || c.location || c.id })}</dt>
            <dd>{formatDate(c.endedOn, lang)}</dd>
          </div>
        ))}
      </dl>
      {continuation && (
        <p>
          <a href={href({ name: 'assessment', id: continuation.id })}>
            {t(superseded ? 'lifecycle.actions.openSuccessor' : continuation.reviewOfVersion !== null ? 'lifecycle.actions.continueReview' : 'lifecycle.actions.continueVersion', {
              version: continuation.version,
            })}
          </a>
        </p>
      )}
      <div class="lifecycle-panel__actions">
        {inForce && !continuation && (
          <button type="button" class="button button--primary" disabled={busy} onClick={() => void begin()}>
            {t('lifecycle.actions.startReview')}
          </button>
        )}
        {sentOn && !superseded && (
          <button type="button" class="button" disabled={busy} onClick={() => lifecycle.openLaterDecision(a)}>
            {t(later ? 'lifecycle.actions.changeLater' : a.signoff.kind === 'referral' ? 'lifecycle.actions.recordOwner' : 'lifecycle.actions.recordAdministration')}
          </button>
        )}
        {inForce && !superseded && (
          <button type="button" class="button" disabled={busy} onClick={() => lifecycle.openEnd(a)}>
            {t('lifecycle.actions.end')}
          </button>
        )}
        {inForce && evaluation.nextReviewDate !== '' && (
          <button type="button" class="button" onClick={remind}>
            {t('lifecycle.actions.ics')}
          </button>
        )}
      </div>
      {inForce && evaluation.nextReviewDate !== '' && <p class="muted">{t('lifecycle.actions.icsHelp')}</p>}
      <p ref={statusRef} tabIndex={-1} role="status" class={message?.error ? 'lifecycle-status lifecycle-status--error' : 'lifecycle-status'}>
        {message?.text}
      </p>
      {lifecycle.dialogs}
    </section>
  );
}
