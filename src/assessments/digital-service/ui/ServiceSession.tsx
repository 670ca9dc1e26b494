// A validation of a digital service: one page per step of the kind's question definition
// (#/service/<id>/step/<stepId>) and a last page with the derived outcome, findings and conditions, run by
// the kind's wizard machine. The address names the step: a link or the browser's back moves the machine
// (nav.goto), and Nästa/Föregående move the machine, which the address then follows.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor, type Actor } from 'xstate';
import { isoDateOf } from '../../../engine/dates';
import { formatDate, useI18n } from '../../../ui/i18n';
import { KindStepPage, type StepLink } from '../../../ui/kind-wizard/KindStepPage';
import type { FormApi, FormVisit } from '../../../ui/kind-wizard/types';
import { href } from '../../../ui/router';
import { useServices } from '../../../ui/services';
import { Lazy } from '../../../ui/shell/Lazy';
import { StepHeading } from '../../../ui/shell/StepHeading';
import { useSnapshot } from '../../../ui/wizard/useSnapshot';
import { useToday } from '../../../ui/today';
import { questionsOf } from '../../../engine/questions/walk';
import { isInherited } from '../inherit';
import type { ServiceMachine } from '../machine/wizard.machine';
import { DEFAULT_POLICY } from '../policy';
import { predicates } from '../predicates';
import { REVIEW, missingOnStep, stepsNow } from '../progress';
import { stepList } from '../questions';
import type { ServiceDoc } from '../schema';
import { FindingList } from './Findings';
import { RevalidationChanges } from './Changes';
import { Offboarding } from './Offboarding';
import { AnswerFacts, InheritedAnswers, PlatformExport, PlatformStart, ReviewFlag } from './Platform';
import { Review } from './Review';
import { Revalidation } from './Revalidation';
import { SaveLine } from './SaveLine';
import { dsText } from './text';
import { serviceMachineLoader } from './machineLoader';
import { useServiceDoc } from './useServiceDoc';
import './ds.css';


export function ServiceSession({ id, step }: { id: string; step: string }) {
  const { lang } = useI18n();
  const text = useMemo(() => dsText(lang), [lang]);
  const session = useServiceDoc(id);
  const { load, doc } = session;
  if (load.kind === 'loading' || (load.kind === 'ready' && !doc)) return <p class="muted">{text.t('load.loading')}</p>;
  if (load.kind === 'not-found') return <Problem title={text.t('load.notFound')} />;
  if (load.kind === 'invalid') return <Problem title={text.t('load.invalid', { error: load.error })} />;
  return <Wizard id={id} step={step} doc={doc!} session={session} />;
}

type Session = ReturnType<typeof useServiceDoc>;
interface LoadedProps {
  id: string;
  step: string;
  doc: ServiceDoc;
  session: Session;
}

/** The machine loads with the page's chunk; the provided one (main.tsx's effects) is made once per app. */
function Wizard(props: LoadedProps) {
  const { wizard } = useServices();
  return <Lazy load={serviceMachineLoader(wizard)} render={(machine) => <Loaded {...props} machine={machine} />} />;
}

function Problem({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <section class="page">
      <StepHeading>{title}</StepHeading>
      <p>
        <a href={href({ name: 'services' })}>{t('nav.services')}</a>
      </p>
    </section>
  );
}

/** One actor per validation opened: it starts on the step the address names, or the first that applies. */
function useServiceActor({ step, doc, session, machine }: LoadedProps & { machine: ServiceMachine }) {
  const latest = useRef(session);
  latest.current = session;
  const today = useToday();
  const [actor] = useState(() => {
    const now = stepsNow(doc, { today, policy: DEFAULT_POLICY });
    const input = { doc, step: now.includes(step) ? step : (now[0] ?? REVIEW), decidedOn: session.decidedOn, today };
    const created = createActor(machine, { input });
    created.on('persist', ({ assessment, signed }) =>
      signed === undefined ? latest.current.keep(assessment) : void latest.current.recordDecision(signed, assessment),
    );
    return created.start();
  });
  useEffect(() => () => actor.stop(), [actor]);
  // Left open past midnight, the rules judge by the new day (the machine ignores the day it already has).
  useEffect(() => actor.send({ type: 'clock.today', today }), [actor, today]);
  return actor;
}

function Loaded(props: LoadedProps & { machine: ServiceMachine }) {
  const { id, step, session } = props;
  const { lang } = useI18n();
  const { clock } = useServices();
  const text = useMemo(() => dsText(lang), [lang]);
  const actor = useServiceActor(props);
  const snapshot = useSnapshot(actor);
  const { assessment: doc, evaluation: ev, today, policy, signed: decided } = snapshot.context;
  const ctx = { today, policy };
  const visits = useMemo(() => [...questionsOf(stepList, doc, predicates, ctx)], [doc, today]);
  const applicable = stepsNow(doc, ctx);
  const missingOn = (s: string) => ev.missing.filter((m) => m.path.startsWith(`${s}.`)).length;
  const links: StepLink[] = applicable.map((s) => ({
    id: s,
    title: s === REVIEW ? text.t('review.title') : text.step(s),
    href: href({ name: 'service', id, step: s }),
    missing: s === REVIEW ? 0 : missingOn(s),
  }));
  // A decided validation's machine rests in 'decided'; its pages (read-only) follow the address alone.
  const current = decided === null ? snapshot.context.current : applicable.includes(step) ? step : (applicable[0] ?? REVIEW);
  useAddressSync(actor, { id, step, current, decided: decided !== null }, session);
  const send = (event: { type: 'nav.next' } | { type: 'nav.back' }) => actor.send(event);
  const gapsShown = snapshot.matches({ [current]: 'gaps' });
  const nav = {
    // Nästa asks the gate again even while it shows the gaps: with answers still missing it stops there again.
    next: () => {
      if (actor.getSnapshot().matches({ [current]: 'gaps' })) send({ type: 'nav.back' });
      send({ type: 'nav.next' });
    },
    back: () => send({ type: 'nav.back' }),
    goOn: () => send({ type: 'nav.next' }),
  };
  const status = (
    <SaveLine
      save={session.save}
      text={text}
      others={session.others}
      onRetry={() => void session.flush()}
      onLoadStored={session.loadStored}
      onKeepMine={() => void session.keepMine()}
    />
  );
  const answer = (path: string, value: unknown) => actor.send({ type: 'answer.set', path, value, at: new Date().toISOString() });
  const replace = (next: ServiceDoc) => actor.send({ type: 'doc.replace', doc: next });

  const form: FormApi = {
    doc,
    missing: new Set(ev.missing.map((m) => m.path)),
    showGaps: false,
    answer,
    text,
  };
  const page = { form, steps: links, current, status, nav, gapsShown };
  if (current === REVIEW) {
    return (
      <KindStepPage {...page} visits={[]} missingNow={() => []}>
        <ReviewFlag doc={doc} x={text} />
        <RevalidationChanges doc={doc} x={text} />
        <Review
          doc={doc}
          ev={ev}
          text={text}
          steps={links}
          decidedOn={decided}
          canRecord={snapshot.can({ type: 'decision.record', on: today })}
          onDecide={() => {
            actor.send({ type: 'decision.record', on: isoDateOf(clock()) });
            return session.flush();
          }}
        />
        <PlatformExport doc={doc} decidedOn={decided} x={text} />
        <Revalidation doc={doc} decidedOn={decided} x={text} />
        <Offboarding doc={doc} decidedOn={decided} x={text} onReplace={replace} onAnswer={answer} />
      </KindStepPage>
    );
  }
  // Answers taken over from a platform validation are shown read-only, never as fields the school could change.
  const all: FormVisit[] = visits.filter((v) => v.step === current && v.applies && v.path === v.template);
  const onStep = all.filter((v) => !isInherited(doc, v.path));
  const missingNow = () => {
    const { assessment, evaluation } = actor.getSnapshot().context;
    return missingOnStep(assessment, evaluation, current);
  };
  const stepFindings = ev.findings.filter((f) => f.field.startsWith(`${current}.`));
  return (
    <KindStepPage {...page} visits={decided ? [] : onStep} missingNow={missingNow}>
      {decided && (
        <section class="ds-inherited" aria-labelledby="ds-locked">
          <h2 id="ds-locked">{text.t('reval.lockedTitle')}</h2>
          <p>{text.t('reval.locked', { date: formatDate(decided, lang) })}</p>
          <p>
            <a href={href({ name: 'service', id, step: REVIEW })}>{text.t('reval.lockedHow')}</a>
          </p>
          <AnswerFacts visits={onStep} x={text} />
        </section>
      )}
      {current === 'service' && !decided && <PlatformStart doc={doc} x={text} onInherit={replace} />}
      <InheritedAnswers doc={doc} visits={all.filter((v) => isInherited(doc, v.path))} x={text} />
      {stepFindings.length > 0 && (
        <section class="ds-step-findings" aria-labelledby="ds-step-findings">
          <h2 id="ds-step-findings">{text.t('review.findings')}</h2>
          <FindingList findings={stepFindings} text={text} />
        </section>
      )}
    </KindStepPage>
  );
}

/**
 * The address and the machine name the same step. When the address moves (a step link, the browser's back)
 * the machine is asked to go there; when the machine moves (Nästa, Föregående) or refuses, the address
 * follows it. Each move saves what is typed at once, as leaving a page always has.
 */
function useAddressSync(actor: Actor<ServiceMachine>, at: { id: string; step: string; current: string; decided: boolean }, session: Session) {
  const { id, step, current, decided } = at;
  const seen = useRef({ step, current });
  useEffect(() => {
    const before = seen.current;
    seen.current = { step, current };
    if (decided || step === current) return;
    const goto = { type: 'nav.goto' as const, step };
    void session.flush();
    if (step !== before.step && actor.getSnapshot().can(goto)) {
      actor.send(goto);
      return;
    }
    const to = href({ name: 'service', id, step: current });
    if (current !== before.current) location.hash = to;
    else location.replace(to);
  }, [step, current, decided]);
}
