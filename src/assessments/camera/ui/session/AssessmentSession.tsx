// Route '#/a/<id>': loads the assessment, saves every change, and hosts UI-A's wizard.
import { useState } from 'preact/hooks';
import { useI18n } from '../../../../ui/i18n';
import { href } from '../../../../ui/router';
import { StepHeading } from '../../../../ui/shell/StepHeading';
import { useAssessmentLoad } from './useAssessmentLoad';
import { SessionView } from './SessionView';
import { Opening } from './Opening';
import '../../../../ui/session/session.css';

export function AssessmentSession({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const state = useAssessmentLoad(id, attempt);

  if (state.kind === 'loading') return <Opening />;
  if (state.kind === 'ready') {
    return <SessionView key={`${id}:${attempt}`} loaded={state} />;
  }
  const title =
    state.kind === 'not-found' ? t('session.notFound.title') : state.kind === 'invalid' ? t('session.invalid.title') : t('session.failed.title');
  return (
    <section class="page">
      <StepHeading focusKey={state.kind}>{title}</StepHeading>
      <div role="alert">
        {state.kind === 'not-found' && <p>{t('session.notFound.body')}</p>}
        {state.kind === 'invalid' && (
          <>
            <p>{t('session.invalid.body')}</p>
            <ul>
              {state.problems.slice(0, 8).map((p) => (
                <li key={p.path}>
                  <code>{p.path}</code>: {p.message[lang]}
                </li>
              ))}
            </ul>
          </>
        )}
        {state.kind === 'failed' && (
          <>
            <p>{t('session.failed.body')}</p>
            <p class="muted">{state.error}</p>
          </>
        )}
      </div>
      <p class="session-banner__actions">
        {state.kind === 'failed' && (
          <button type="button" class="button button--primary" onClick={() => setAttempt((n) => n + 1)}>
            {t('session.retry')}
          </button>
        )}
        <a class="button" href={href({ name: 'home' })}>
          {t('session.back')}
        </a>
      </p>
    </section>
  );
}
