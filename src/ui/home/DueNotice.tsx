// The notice at the top of home listing what is due for its yearly look (camera reviews, service
// re-validations): most urgent first, the state in words next to each date, never by colour alone.
import type { ComponentChildren } from 'preact';
import type { ReviewStatus } from '../../engine/days';
import { ReviewDue } from './ReviewDue';

export interface DueItem {
  id: string;
  href: string;
  name: string;
  /** After the name, e.g. "(version 2)". */
  note?: ComponentChildren;
  status: ReviewStatus;
  date: string;
}

interface Props {
  id: string;
  title: string;
  body: string;
  dateLabel: string;
  items: readonly DueItem[];
}

export function DueNotice({ id, title, body, dateLabel, items }: Props) {
  const overdue = items.some((i) => i.status === 'overdue');
  return (
    <section class={`review-notice${overdue ? ' review-notice--overdue' : ''}`} aria-labelledby={id}>
      <h2 id={id} class="review-notice__title">
        {title}
      </h2>
      <p>{body}</p>
      <ul class="review-notice__list">
        {items.map((i) => (
          <li key={i.id}>
            <a href={i.href}>{i.name}</a>
            {i.note}
            {' – '}
            {dateLabel}: <ReviewDue status={i.status} date={i.date} />
          </li>
        ))}
      </ul>
    </section>
  );
}
