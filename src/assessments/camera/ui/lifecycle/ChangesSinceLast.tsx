// "Ändringar sedan föregående bedömning": what differs from the signed version this draft continues, in plain
// words and wizard order, for the review step (the same list is printed in the PDF).
import { useId, useMemo } from 'preact/hooks';
import type { Assessment, Change, StepId } from '../../domain';
import { diffAssessments } from '../../domain';
import { formatDate, useI18n, type MessageKey } from '../../../../ui/i18n';
import { changeText } from './changeText';
import './lifecycle.css';

export interface ChangesSinceLastProps {
  /** The signed version `current` continues. */
  previous: Assessment;
  current: Assessment;
}

export function ChangesSinceLast({ previous, current }: ChangesSinceLastProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const changes = useMemo(() => diffAssessments(previous, current), [previous, current]);
  const byArea = useMemo(() => {
    const groups = new Map<StepId, Change[]>();
    for (const c of changes) groups.set(c.area, [...(groups.get(c.area) ?? []), c]);
    return [...groups];
  }, [changes]);
  const decided = previous.school.decisionDate || previous.signoff?.date || '';

  return (
    <section class="lifecycle-changes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lifecycle.changes.title')}</h2>
      <p class="muted">
        {decided !== ''
          ? t('lifecycle.changes.since', { version: previous.version, date: formatDate(decided, lang) })
          : t('lifecycle.changes.sinceVersion', { version: previous.version })}
      </p>
      {changes.length === 0 ? (
        <p>{t('lifecycle.changes.none')}</p>
      ) : (
        <>
          <p>{t(changes.length === 1 ? 'lifecycle.changes.count.one' : 'lifecycle.changes.count', { count: changes.length })}</p>
          {byArea.map(([area, list]) => (
            <div key={area} class="lifecycle-changes__group">
              <h3 id={`${id}-${area}`}>{t(`step.${area}.title` as MessageKey)}</h3>
              <ul aria-labelledby={`${id}-${area}`}>
                {list.map((c) => (
                  <li key={`${c.kind}:${c.field}`} class={`lifecycle-change lifecycle-change--${c.kind}`}>
                    {changeText(c, lang, t)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
