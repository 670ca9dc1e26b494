// One page of a kind's wizard, generated from its question definition: the step's heading (focused on
// every step change), the steps as links, the questions that apply, and Föregående/Nästa. The kind's wizard
// machine moves: Nästa with unanswered questions stops at its gate, where the page shows where they are
// (focused, so it is read out) and offers to go on anyway.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n';
import { StepHeading } from '../shell/StepHeading';
import { useWizard } from '../wizard/context';
import { FieldLinks } from '../wizard/FieldLinks';
import { focusById, focusPath } from '../wizard/focus';
import { useAnnouncer } from '../wizard/useAnnouncer';
import { FieldBridge } from './FieldBridge';
import { QuestionField } from './QuestionField';
import type { FormApi, FormVisit } from './types';
import '../fields/fields.css';
import '../findings/findings.css';
import './kind-wizard.css';

export interface StepLink {
  id: string;
  title: string;
  href: string;
  /** Required answers still missing on that step (0 for the summary page). */
  missing: number;
}

export interface KindStepPageProps {
  form: FormApi;
  steps: readonly StepLink[];
  current: string;
  /** The questions of this step that apply now, in order (rows of lists are rendered by their list). */
  visits: readonly FormVisit[];
  /** Required answers missing on this step now, read after pending keystrokes are committed. */
  missingNow: () => string[];
  /** Nästa stopped at the gaps on this step (the wizard's gate). */
  gapsShown: boolean;
  /** The wizard's moves, sent after pending keystrokes are committed: Nästa, Föregående, and on past the gaps. */
  nav: { next: () => void; back: () => void; goOn: () => void };
  /** The save status line. */
  status: ComponentChildren;
  /** Under the questions: e.g. what the answers on this step lead to. */
  children?: ComponentChildren;
}

const GAPS_ID = 'kw-gaps';

export function KindStepPage(props: KindStepPageProps) {
  const { form, steps, current } = props;
  const { t } = useI18n();
  const { message, announce } = useAnnouncer();
  const { gapsShown } = props;
  const index = steps.findIndex((s) => s.id === current);
  const step = steps[index];
  const prev = index > 0 ? steps[index - 1] : undefined;
  const next = steps[index + 1];
  if (!step) return null;
  return (
    <FieldBridge form={{ ...form, showGaps: gapsShown }} announce={announce}>
      <div class="kw">
        <nav class="kw-steps no-print" aria-label={t('kw.steps')}>
          <ol class="plain-list">
            {steps.map((s, n) => (
              <li key={s.id} class={s.id === current ? 'kw-steps__current' : undefined}>
                <a href={s.href} aria-current={s.id === current ? 'step' : undefined}>
                  <span class="kw-steps__n" aria-hidden="true">
                    {n + 1}
                  </span>
                  <span>
                    {s.title}
                    {s.missing > 0 && <span class="kw-steps__missing"> {t('kw.missingCount', { count: s.missing })}</span>}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div class="kw-page">
          <p class="kw-page__count muted">{t('kw.stepOf', { n: index + 1, total: steps.length })}</p>
          <StepHeading focusKey={current}>{step.title}</StepHeading>
          {props.status}
          {gapsShown && <Gaps {...props} />}
          <form class="kw-form" onSubmit={(e) => e.preventDefault()} noValidate>
            {props.visits.map((v) => (
              <QuestionField key={v.path} form={form} path={v.path} template={v.template} question={v.question} />
            ))}
          </form>
          {props.children}
          <Nav {...props} prev={prev} next={next} />
        </div>
        <div class="visually-hidden" aria-live="polite">
          <span key={message.n}>{message.text}</span>
        </div>
      </div>
    </FieldBridge>
  );
}

function Gaps({ form, missingNow, visits, nav }: KindStepPageProps) {
  const { t } = useI18n();
  const { flushDrafts } = useWizard();
  const paths = missingNow();
  useEffect(() => {
    focusById(GAPS_ID);
  }, []);
  if (paths.length === 0) return null;
  const labelOf = (path: string) => form.text.label(visits.find((v) => v.path === path)?.template ?? path.replace(/\.\d+\./g, '.*.'));
  return (
    <section class="gap-summary" aria-labelledby={GAPS_ID}>
      <h2 id={GAPS_ID} tabIndex={-1} class="gap-summary__title">
        {t('kw.gaps.title', { count: paths.length })}
      </h2>
      <p>{t('kw.gaps.body')}</p>
      <FieldLinks links={paths.map((p) => ({ key: p, label: labelOf(p), go: () => focusPath(p) }))} />
      <button
        type="button"
        class="button"
        onClick={() => {
          flushDrafts();
          nav.goOn();
        }}
      >
        {t('kw.gaps.continue')}
      </button>
    </section>
  );
}

function Nav({ prev, next, nav, gapsShown }: KindStepPageProps & { prev: StepLink | undefined; next: StepLink | undefined }) {
  const { t } = useI18n();
  const { flushDrafts } = useWizard();
  const onNext = () => {
    // The fields commit synchronously, so the gate reads the answers just typed.
    flushDrafts();
    nav.next();
    // Stopped at the gaps again: the summary is focused anew, so it is read out again.
    if (gapsShown) window.setTimeout(() => focusById(GAPS_ID), 0);
  };
  return (
    <div class="kw-nav no-print">
      {prev && (
        <button
          type="button"
          class="button"
          onClick={() => {
            flushDrafts();
            nav.back();
          }}
        >
          {t('kw.prev', { step: prev.title })}
        </button>
      )}
      {next && (
        <button type="button" class="button button--primary" onClick={onNext}>
          {t('kw.next', { step: next.title })}
        </button>
      )}
    </div>
  );
}
