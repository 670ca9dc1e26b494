// Each other kind's part of home: its due notice at the top, and further down how many documents it has
// with a link to its own list. Every word comes from the kind (src/engine/kind.ts, KindHome).
import { useI18n } from '../i18n';
import { DueNotice } from './DueNotice';
import type { KindPart } from './useHomeData';

export function KindDueNotices({ parts }: { parts: readonly KindPart[] }) {
  const { t, lang } = useI18n();
  return (
    <>
      {parts.map(({ id, home, due }) =>
        due.length === 0 ? null : (
          <DueNotice
            key={id}
            id={`${id}-due-title`}
            title={home.due.title(due.length, lang)}
            body={home.due.body[lang]}
            dateLabel={home.due.dateLabel[lang]}
            items={due.map((d) => ({ id: d.id, href: home.open(d.id), name: d.title || t('home.list.unnamed'), status: d.status, date: d.date }))}
          />
        ),
      )}
    </>
  );
}

export function KindSections({ parts }: { parts: readonly KindPart[] }) {
  const { lang } = useI18n();
  return (
    <>
      {parts.map(({ id, home, count }) => (
        <section key={id} class={`dash-section dash-section--${id}`} aria-labelledby={`dash-${id}`}>
          <h2 id={`dash-${id}`} class="dash-section__title">
            {home.title[lang]} <span class="dash-section__count">({count})</span>
          </h2>
          <p>{home.count(count, lang)}</p>
          <p>
            <a href={home.list.href}>{home.list.text[lang]}</a>
          </p>
        </section>
      ))}
    </>
  );
}
