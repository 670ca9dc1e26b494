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
    <section class="y2-changes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('y2.changes.title')}</h2>
      <p class="muted">
        {decided !== ''
          ? t('y2.changes.since', { version: previous.version, date: formatDate(decided, lang) })
          : t('y2.changes.sinceVersion', { version: previous.version })}
      </p>
      {changes.length === 0 ? (
        <p>{t('y2.changes.none')}</p>
      ) : (
        <>
          <p>{t(changes.length === 1 ? 'y2.changes.count.one' : 'y2.changes.count', { count: changes.length })}</p>
          {byArea.map(([area, list]) => (
            <div key={area} class="y2-changes__group">
              <h3 id={`${id}-${area}`}>{t(`step.${area}.title` as MessageKey)}</h3>
              <ul aria-labelledby={`${id}-${area}`}>
                {list.map((c) => (
                  <li key={`${c.kind}:${c.field}`} class={`y2-change y2-change--${c.kind}`}>
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
