// A validation of a digital service: one page per step of the kind's question definition
// (#/service/<id>/step/<stepId>) and a last page with the derived outcome, findings and conditions.
import { useMemo } from 'preact/hooks';
import { isoDateOf } from '../../../engine/dates';
import { formatDate, useI18n } from '../../../ui/i18n';
import { KindStepPage, type StepLink } from '../../../ui/kind-wizard/KindStepPage';
import type { FormApi, FormVisit } from '../../../ui/kind-wizard/types';
import { href } from '../../../ui/router';
import { StepHeading } from '../../../ui/shell/StepHeading';
import { questionsOf } from '../../../engine/questions/walk';
import { evaluate } from '../evaluate';
import { isInherited } from '../inherit';
import { DEFAULT_POLICY } from '../policy';
import { predicates } from '../predicates';
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
import { useServiceDoc } from './useServiceDoc';
import './ds.css';

export const REVIEW = 'review';

const ctxOf = (today: string) => ({ today, policy: DEFAULT_POLICY });

export function ServiceSession({ id, step }: { id: string; step: string }) {
  const { lang } = useI18n();
  const text = useMemo(() => dsText(lang), [lang]);
  const session = useServiceDoc(id);
  const { load, doc } = session;
  if (load.kind === 'loading' || (load.kind === 'ready' && !doc)) return <p class="muted">{text.t('load.loading')}</p>;
  if (load.kind === 'not-found') return <Problem title={text.t('load.notFound')} />;
  if (load.kind === 'invalid') return <Problem title={text.t('load.invalid', { error: load.error })} />;
  return <Loaded id={id} step={step} doc={doc!} session={session} />;
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

function Loaded({ id, step, doc, session }: { id: string; step: string; doc: ServiceDoc; session: ReturnType<typeof useServiceDoc> }) {
  const { lang } = useI18n();
  const text = useMemo(() => dsText(lang), [lang]);
  const today = isoDateOf(new Date());
  const ev = useMemo(() => evaluate(doc, today), [doc, today]);
  const ctx = ctxOf(today);
  const visits = useMemo(() => [...questionsOf(stepList, doc, predicates, ctx)], [doc, today]);
  const applicable = stepList.filter((s) => s.when === undefined || predicates[s.when as keyof typeof predicates](doc, ctx));
  const missingOn = (s: string) => ev.missing.filter((m) => m.path.startsWith(`${s}.`)).length;
  const links: StepLink[] = [
    ...applicable.map((s) => ({ id: s.id, title: text.step(s.id), href: href({ name: 'service', id, step: s.id }), missing: missingOn(s.id) })),
    { id: REVIEW, title: text.t('review.title'), href: href({ name: 'service', id, step: REVIEW }), missing: 0 },
  ];
  const current = links.some((l) => l.id === step) ? step : (links[0]?.id ?? REVIEW);
  const go = (to: string) => {
    void session.flush();
    location.hash = to;
  };
  const status = <SaveLine save={session.save} text={text} onRetry={() => void session.flush()} />;

  const form: FormApi = {
    doc,
    missing: new Set(ev.missing.map((m) => m.path)),
    showGaps: false,
    answer: (path, value) => void session.answer(path, value),
    text,
  };
  if (current === REVIEW) {
    return (
      <KindStepPage form={form} steps={links} current={current} visits={[]} missingNow={() => []} go={go} status={status}>
        <ReviewFlag doc={doc} x={text} />
        <RevalidationChanges doc={doc} x={text} />
        <Review doc={doc} ev={ev} text={text} steps={links} decidedOn={session.decidedOn} onDecide={() => session.recordDecision(today)} />
        <PlatformExport doc={doc} decidedOn={session.decidedOn} x={text} />
        <Revalidation doc={doc} decidedOn={session.decidedOn} x={text} />
        <Offboarding doc={doc} decidedOn={session.decidedOn} x={text} onReplace={session.replace} onAnswer={(p, v) => void session.answer(p, v)} />
      </KindStepPage>
    );
  }
  // Answers taken over from a platform validation are shown read-only, never as fields the school could change.
  const all: FormVisit[] = visits.filter((v) => v.step === current && v.applies && v.path === v.template);
  const onStep = all.filter((v) => !isInherited(doc, v.path));
  const missingNow = () => {
    const latest = session.docRef.current ?? doc;
    return evaluate(latest, today).missing.filter((m) => m.path.startsWith(`${current}.`) && !isInherited(latest, m.path)).map((m) => m.path);
  };
  const stepFindings = ev.findings.filter((f) => f.field.startsWith(`${current}.`));
  const decided = session.decidedOn;
  return (
    <KindStepPage form={form} steps={links} current={current} visits={decided ? [] : onStep} missingNow={missingNow} go={go} status={status}>
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
      {current === 'service' && !decided && <PlatformStart doc={doc} x={text} onInherit={session.replace} />}
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
