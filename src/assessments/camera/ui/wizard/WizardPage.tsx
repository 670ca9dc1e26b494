// The wizard: one actor of the wizard machine, the stepper, the step on screen, and the live region.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import type { Assessment, Evaluation, IsoDate, Policy, SignedRecord, StepId } from '../../domain';
import { stepOf, textLimitAt } from '../../domain';
import { currentStep, isLocked } from '../../machine';
import type { WizardEvent } from '../../machine';
import { revealEvents } from '../paths';
import { useI18n } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { Lazy } from '../../../../ui/shell/Lazy';
import { Opening } from '../session/Opening';
import { WizardContext } from '../../../../ui/wizard/context';
import { createFieldDrafts, FieldDraftsContext } from '../../../../ui/wizard/drafts';
import { CameraWizardContext, sharedApi } from './context';
import type { CameraWizardApi } from './context';
import { valueAt } from '../../../../ui/fields/paths';
import { focusById, focusHeading, focusPath } from '../../../../ui/wizard/focus';
import { Stepper } from './Stepper';
import { StepView } from './StepView';
import { LockedView } from './LockedView';
import { useAnnouncer, useSevereFindingAnnouncer } from '../../../../ui/wizard/useAnnouncer';
import { rememberFocus, rememberedFocus, useStepUrl } from './useStepUrl';
import { cameraMachineLoader } from './machineLoader';
import type { CameraMachine } from './machineLoader';
import { useHeldFindings } from '../../../../ui/wizard/useHeldFindings';
import { useSnapshot } from '../../../../ui/wizard/useSnapshot';
import '../../../../ui/wizard/wizard.css';

export interface WizardPageProps {
  assessment: Assessment;
  policy: Policy;
  /** The day it is now: the wizard opens on it and moves on with it (clock.today). */
  today: IsoDate;
  /** `signed`: the record made at signing, with the first save of the signed document. */
  persist: (a: Assessment, signed?: SignedRecord) => void;
  onExit: () => void;
  onSigned: (a: Assessment) => Promise<void>;
  onNewVersion: (signed: Assessment) => void;
  saveStatus: ComponentChildren;
  pdfActions: (a: Assessment, evaluation: Evaluation) => ComponentChildren;
  /** A signed document changed after signing (a later decision, an end date): the host reopens it. */
  onDocumentChanged?: (a: Assessment) => void;
}

/** `tick`: the render that shows the target; an earlier render's effect must not consume the request. */
type FocusRequest = ({ id: string } | { path: string }) & { tick: number; at: number };

/** How long a request by id waits for its element: the step that shows it may render a moment later. */
const FOCUS_WAIT_MS = 1000;

/** The machine loads on first use (the session preloads it beside the record, so this rarely waits). */
export function WizardPage(props: WizardPageProps) {
  const { wizard } = useServices();
  return <Lazy load={cameraMachineLoader(wizard)} render={(machine) => <WizardActorPage {...props} wizard={machine} />} />;
}

type WizardActor = ReturnType<typeof startActor>;
type Latest = { readonly current: WizardPageProps };

function startActor(machine: CameraMachine, props: WizardPageProps, latest: Latest) {
  const created = createActor(machine, { input: { assessment: props.assessment, policy: props.policy, today: props.today } });
  // Heard before the start, so the save made on entering the first step is not missed.
  created.on('persist', ({ assessment, signed }) => latest.current.persist(assessment, signed));
  created.on('exitToHome', () => latest.current.onExit());
  return created.start();
}

/**
 * Making the actor restores and evaluates the assessment; rendering the step draws every question. On a slow
 * phone the two in one task held the page for about 200 ms (a step's blocking time), so the actor is made in a
 * task of its own after the frame that shows the opening line, and the step renders in the task after it.
 */
function WizardActorPage(props: WizardPageProps & { wizard: CameraMachine }) {
  // The latest props, for effects the actor runs long after the first render.
  const latest = useRef<WizardPageProps>(props);
  latest.current = props;
  const [actor, setActor] = useState<WizardActor | null>(null);
  useEffect(() => {
    const created = startActor(props.wizard, latest.current, latest);
    const shown = setTimeout(() => setActor(created), 0);
    return () => {
      clearTimeout(shown);
      created.stop();
    };
  }, [props.wizard]);
  return actor ? <WizardView {...props} actor={actor} latest={latest} /> : <Opening />;
}

function WizardView({ actor, latest, ...props }: WizardPageProps & { actor: WizardActor; latest: Latest }) {
  const { t, lang } = useI18n();
  const snapshot = useSnapshot(actor);
  const { assessment } = snapshot.context;
  // A new day: the rules judge by it (the machine ignores the day it already has).
  useEffect(() => actor.send({ type: 'clock.today', today: props.today }), [actor, props.today]);
  // Findings that arise while a text field is typed in wait until focus leaves it (useHeldFindings).
  const { findings, onFocusIn: holdOnFocusIn, onFocusOut: holdOnFocusOut, release } = useHeldFindings(
    snapshot.context.evaluation.findings,
    `${currentStep(snapshot)}:${snapshot.context.editingCameraId ?? ''}`,
  );

  const [showGaps, setShowGaps] = useState<ReadonlySet<StepId>>(() => new Set());
  const { message, announce } = useAnnouncer();
  // Findings have their own region: said after a pause, they would otherwise replace what a list change just said.
  const findingsNews = useAnnouncer();
  useSevereFindingAnnouncer(findings, lang, t, findingsNews.announce);

  // Focus requests are applied after the render that shows their target. Preact runs a render's pending
  // effects before the next render, so an effect from an earlier render must leave the request alone.
  const pendingFocus = useRef<FocusRequest | null>(null);
  const tick = useRef(0);
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    const request = pendingFocus.current;
    if (!request || focusTick < request.tick) return;
    if ('id' in request) {
      // A move of the machine (e.g. back from "Pröva andra åtgärder först") can render after this request's own
      // render; the request then waits for the render that shows its element, not longer than a moment.
      if (!focusById(request.id) && performance.now() - request.at < FOCUS_WAIT_MS) return;
      pendingFocus.current = null;
      return;
    }
    pendingFocus.current = null;
    if (!focusPath(request.path)) focusHeading();
  });
  const requestFocus = useCallback((request: { id: string } | { path: string }) => {
    tick.current += 1;
    pendingFocus.current = { ...request, tick: tick.current, at: performance.now() };
    setFocusTick(tick.current);
  }, []);

  const send = useCallback((event: WizardEvent) => actor.send(event), [actor]);
  const focusId = useCallback((id: string) => requestFocus({ id }), [requestFocus]);
  const goToField = useCallback(
    (path: string, step: StepId) => {
      const snap = actor.getSnapshot();
      if (currentStep(snap) !== step) actor.send({ type: 'nav.goto', step });
      for (const event of revealEvents(path, step, actor.getSnapshot().context.assessment)) actor.send(event);
      requestFocus({ path });
    },
    [actor, requestFocus],
  );
  const revealGaps = useCallback((step: StepId) => setShowGaps((s) => new Set([...s, step])), []);
  const latestSnapshot = useCallback(() => actor.getSnapshot(), [actor]);
  const [drafts] = useState(createFieldDrafts);
  const flushDrafts = drafts.flushAll;
  release.current = flushDrafts;
  const saveAndExit = useCallback(() => {
    // A field's last keystrokes wait 250 ms for the machine; leaving must not drop them.
    flushDrafts();
    actor.send({ type: 'draft.saveAndExit' });
  }, [actor, flushDrafts]);

  // The signed document goes to the session as soon as the machine has it; only a signature made here.
  const signedBefore = useRef(props.assessment.signoff !== null);
  useEffect(() => {
    if (assessment.signoff !== null && !signedBefore.current) {
      signedBefore.current = true;
      // The session reports a failed save itself (and keeps the signed document for a backup).
      latest.current.onSigned(assessment).catch(() => undefined);
    }
  }, [assessment]);

  const api = useMemo<CameraWizardApi>(
    () => ({
      snapshot, findings, send, focusId, goToField, announce, showGaps, revealGaps, latest: latestSnapshot, flushDrafts, saveAndExit,
      textLimit: textLimitAt,
      gapsShown: (path: string) => showGaps.has(stepOf(path)),
      valueAt: (path: string) => valueAt(snapshot.context.assessment, path),
      isMissing: (path: string) => snapshot.context.evaluation.missing.some((m) => m.field === path),
      justificationOf: (key: string) => snapshot.context.assessment.justifications[key] ?? '',
    }),
    [snapshot, findings, send, focusId, goToField, announce, showGaps, revealGaps, latestSnapshot, flushDrafts, saveAndExit],
  );
  const shared = useMemo(() => sharedApi(api), [api]);
  const locked = isLocked(snapshot);
  useStepUrl({ id: assessment.id, snapshot, latest: latestSnapshot, send, flushDrafts, locked });
  // A reload puts focus back on the question it was on (the step comes from the URL).
  useEffect(() => {
    const step = currentStep(actor.getSnapshot());
    const elementId = locked ? null : rememberedFocus(assessment.id, step);
    if (elementId) requestFocus({ id: elementId });
  }, []);
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target as HTMLElement | null;
    if (el?.id.startsWith('f-')) rememberFocus(assessment.id, currentStep(actor.getSnapshot()), el.id);
    holdOnFocusIn(e);
  };
  const title = assessment.school.schoolName.trim() || t('wiz.untitled');

  return (
    <FieldDraftsContext.Provider value={drafts}>
      <WizardContext.Provider value={shared}>
        <CameraWizardContext.Provider value={api}>
          <div class="wizard" onFocusIn={onFocusIn} onFocusOut={holdOnFocusOut}>
            <div class="wizard__bar no-print">
              <p class="wizard__doc">
                <span class="wizard__school">{title}</span>{' '}
                <span class="muted">{t('wiz.version', { n: assessment.version })}</span>
              </p>
              <div class="wizard__save">{props.saveStatus}</div>
              <button type="button" class="button" onClick={saveAndExit}>
                {t(locked ? 'wiz.exitLocked' : 'wiz.exit')}
              </button>
            </div>
            {locked ? (
              <LockedView pdfActions={props.pdfActions} onNewVersion={props.onNewVersion} onDocumentChanged={props.onDocumentChanged} />
            ) : (
              <div class="wizard__layout">
                <Stepper />
                <div class="wizard__main">
                  <StepView pdfActions={props.pdfActions} />
                </div>
              </div>
            )}
            <div id="wizard-live" class="visually-hidden" role="status" aria-live="polite">
              {message.text !== '' && <p key={message.n}>{message.text}</p>}
            </div>
            <div id="wizard-findings-live" class="visually-hidden" role="status" aria-live="polite">
              {findingsNews.message.text !== '' && <p key={findingsNews.message.n}>{findingsNews.message.text}</p>}
            </div>
          </div>
        </CameraWizardContext.Provider>
      </WizardContext.Provider>
    </FieldDraftsContext.Provider>
  );
}
