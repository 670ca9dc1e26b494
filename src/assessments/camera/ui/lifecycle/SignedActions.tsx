// "Åtgärder" on a signed assessment: start the annual review, record the later decision, end surveillance,
// take a calendar reminder. The lead mounts it in the locked view; `onChanged` gets every saved document.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Assessment, Evaluation } from '../../domain';
import { isoDateOf, reviewStatus, surveillanceOver } from '../../domain';
import type { AssessmentSummary } from '../../../../storage';
import { formatDate, useI18n } from '../../../../ui/i18n';
import { href, navigate } from '../../../../ui/router';
import { useServices } from '../../../../ui/services';
import { reasonKey } from '../../../../ui/session/reasons';
import { downloadReminder, startReview } from './actions';
import { ReviewDue } from './ReviewDue';
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
  const today = isoDateOf(new Date());
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
    else setMessage({ text: t('y2.failed', { error: t(reasonKey(result.reason)) }), error: true });
  };

  const remind = () => {
    const file = downloadReminder(a, evaluation.nextReviewDate, lang);
    setMessage({ text: t('y2.ics.done', { file }), error: false });
  };

  const stateKey = over ? 'y2.state.over' : superseded ? 'y2.state.superseded' : inForce ? 'y2.state.inForce' : 'y2.state.awaiting';
  const later = a.laterDecision;
  const ended = a.cameras.filter((c) => c.endedOn !== '');
  return (
    <section class="y2-panel no-print" aria-labelledby={`${id}-title`} aria-busy={busy ? 'true' : undefined}>
      <h2 id={`${id}-title`}>{t('y2.actions.title')}</h2>
      <dl class="y2-facts">
        <div>
          <dt>{t('y2.actions.state')}</dt>
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
            <dt>{t(`y2.later.by.${later.by}`)}</dt>
            <dd>
              {t(`y2.later.result.${later.result}`)} {formatDate(later.date, lang)}
              {later.reference !== '' && ` (${later.reference})`}
              {later.decidedBy !== '' && `, ${later.decidedBy}`}
            </dd>
          </div>
        )}
        {a.endedOn !== '' && (
          <div>
            <dt>{t('y2.actions.endedOn')}</dt>
            <dd>{formatDate(a.endedOn, lang)}</dd>
          </div>
        )}
        {ended.map((c) => (
          <div key={c.id}>
            <dt>{t('y2.actions.cameraEnded', { camera: c.name || c.location || c.id })}</dt>
            <dd>{formatDate(c.endedOn, lang)}</dd>
          </div>
        ))}
      </dl>
      {continuation && (
        <p>
          <a href={href({ name: 'assessment', id: continuation.id })}>
            {t(superseded ? 'y2.actions.openSuccessor' : continuation.reviewOfVersion !== null ? 'y2.actions.continueReview' : 'y2.actions.continueVersion', {
              version: continuation.version,
            })}
          </a>
        </p>
      )}
      <div class="y2-panel__actions">
        {inForce && !continuation && (
          <button type="button" class="button button--primary" disabled={busy} onClick={() => void begin()}>
            {t('y2.actions.startReview')}
          </button>
        )}
        {sentOn && !superseded && (
          <button type="button" class="button" disabled={busy} onClick={() => lifecycle.openLaterDecision(a)}>
            {t(later ? 'y2.actions.changeLater' : a.signoff.kind === 'referral' ? 'y2.actions.recordOwner' : 'y2.actions.recordAdministration')}
          </button>
        )}
        {inForce && !superseded && (
          <button type="button" class="button" disabled={busy} onClick={() => lifecycle.openEnd(a)}>
            {t('y2.actions.end')}
          </button>
        )}
        {inForce && evaluation.nextReviewDate !== '' && (
          <button type="button" class="button" onClick={remind}>
            {t('y2.actions.ics')}
          </button>
        )}
      </div>
      {inForce && evaluation.nextReviewDate !== '' && <p class="muted">{t('y2.actions.icsHelp')}</p>}
      <p ref={statusRef} tabIndex={-1} role="status" class={message?.error ? 'y2-status y2-status--error' : 'y2-status'}>
        {message?.text}
      </p>
      {lifecycle.dialogs}
    </section>
  );
}
