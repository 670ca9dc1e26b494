// A group of questions with a heading and a short "Varför frågar vi?" with its source.
import type { ComponentChildren } from 'preact';
import type { Source } from '../../engine/findings';
import { useI18n } from '../i18n';
import { SourceLink } from '../findings/SourceLink';
import './fields.css';

export interface GroupProps {
  id: string;
  title: string;
  why?: string;
  source?: Source;
  children: ComponentChildren;
}

export function Group({ id, title, why, source, children }: GroupProps) {
  return (
    <section class="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="group__title">
        {title}
      </h2>
      {why !== undefined && <WhyAsk text={why} source={source} />}
      {children}
    </section>
  );
}

export function WhyAsk({ text, source }: { text: string; source?: Source }) {
  const { t } = useI18n();
  return (
    <details class="why">
      <summary>{t('wiz.why')}</summary>
      <div class="why__body">
        {text.split('\n\n').map((p, n) => (
          <p key={n}>{p}</p>
        ))}
        {source && (
          <p>
            <SourceLink source={source} />
          </p>
        )}
      </div>
    </details>
  );
}
