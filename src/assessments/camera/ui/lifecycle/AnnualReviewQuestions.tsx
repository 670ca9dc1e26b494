// The annual review's own questions (annualReviewQuestions in the domain): incidents since the last decision,
// other measures, what changed, and whether each camera is still needed; each with what the app found and
// the follow-up an answer calls for. The lead mounts it in the wizard's first step and wires onAnswer.
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { Assessment, ReviewQuestion, YesNo } from '../../domain';
import { annualReviewQuestions, textLimitAt } from '../../domain';
import { formatDate, useI18n } from '../../../../ui/i18n';
import { changeText } from './changeText';
import '../../../../ui/fields/fields.css';
import './lifecycle.css';

export interface AnnualReviewQuestionsProps {
  /** The signed version under review. */
  previous: Assessment;
  /** The draft of the review (isAnnualReview). */
  current: Assessment;
  /** Paths: 'annualReview.incidentsSince', 'annualReview.stillNeeded.<cameraId>', 'annualReview.measuresNowSuffice', 'annualReview.changesSummary'. */
  onAnswer: (path: string, value: unknown) => void;
}

function answerOf(a: Assessment, q: ReviewQuestion): string {
  const r = a.annualReview;
  if (!r) return '';
  if (q.id === 'incidents') return r.incidentsSince;
  if (q.id === 'measures') return r.measuresNowSuffice;
  if (q.id === 'changes') return r.changesSummary;
  return r.stillNeeded[q.cameraId ?? ''] ?? '';
}

export function AnnualReviewQuestions({ previous, current, onAnswer }: AnnualReviewQuestionsProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const questions = useMemo(() => annualReviewQuestions(previous, current), [previous, current]);
  if (questions.length === 0) return null;
  const review = current.annualReview!.reviewOf;
  const cameras = questions.filter((q) => q.id === 'stillNeeded');
  const others = questions.filter((q) => q.id !== 'stillNeeded');

  return (
    <section class="lifecycle-review" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lifecycle.review.title', { version: review.previousVersion })}</h2>
      <p>
        {review.previousDecisionDate !== ''
          ? t('lifecycle.review.intro', { date: formatDate(review.previousDecisionDate, lang) })
          : t('lifecycle.review.introNoDate')}
      </p>
      {others.map((q) =>
        q.id === 'changes' ? (
          <SummaryQuestion key={q.field} q={q} value={answerOf(current, q)} onAnswer={onAnswer} />
        ) : (
          <YesNoQuestion key={q.field} q={q} value={answerOf(current, q)} onAnswer={onAnswer} />
        ),
      )}
      {cameras.length > 0 && (
        <div class="lifecycle-review__cameras" role="group" aria-labelledby={`${id}-cameras`}>
          <h3 id={`${id}-cameras`}>{t('lifecycle.review.cameras')}</h3>
          {cameras.map((q) => (
            <YesNoQuestion key={q.field} q={q} value={answerOf(current, q)} onAnswer={onAnswer} />
          ))}
        </div>
      )}
    </section>
  );
}

interface QuestionProps {
  q: ReviewQuestion;
  value: string;
  onAnswer: (path: string, value: unknown) => void;
}

/** What the app found and the follow-up, referenced by the inputs so a screen reader hears them with the question. */
function Notes({ q, base }: { q: ReviewQuestion; base: string }) {
  const { t, lang } = useI18n();
  return (
    <>
      {q.found.length > 0 && (
        <div id={`${base}-found`} class="lifecycle-found">
          <p>{t('lifecycle.review.found')}</p>
          <ul>
            {q.found.map((c) => (
              <li key={`${c.kind}:${c.field}`}>{changeText(c, lang, t)}</li>
            ))}
          </ul>
        </div>
      )}
      {q.followUp && (
        <p id={`${base}-follow`} class="lifecycle-followup">
          <span aria-hidden="true">→ </span>
          {q.followUp[lang]}
        </p>
      )}
    </>
  );
}

const describedBy = (q: ReviewQuestion, base: string): string | undefined =>
  [q.found.length > 0 ? `${base}-found` : '', q.followUp ? `${base}-follow` : ''].filter(Boolean).join(' ') || undefined;

function YesNoQuestion({ q, value, onAnswer }: QuestionProps) {
  const { t, lang } = useI18n();
  const base = `y2q-${q.field.replace(/[^\w-]/g, '-')}`;
  return (
    <fieldset class="lifecycle-field lifecycle-question" aria-describedby={describedBy(q, base)}>
      <legend class="field__label">{q.question[lang]}</legend>
      <div class="lifecycle-choices">
        {(['yes', 'no'] as const satisfies readonly YesNo[]).map((v) => (
          <label key={v} class="lifecycle-choice">
            <input type="radio" name={base} value={v} checked={value === v} onChange={() => onAnswer(q.field, v)} />
            <span>{t(v === 'yes' ? 'lifecycle.yes' : 'lifecycle.no')}</span>
          </label>
        ))}
      </div>
      <Notes q={q} base={base} />
    </fieldset>
  );
}

function SummaryQuestion({ q, value, onAnswer }: QuestionProps) {
  const { lang } = useI18n();
  const base = `y2q-${q.field.replace(/[^\w-]/g, '-')}`;
  // Typed text stays local so the caret never jumps while the machine's copy catches up.
  const [text, setText] = useState(value);
  useEffect(() => {
    if (document.activeElement?.id !== base) setText(value);
  }, [value, base]);
  return (
    <div class="lifecycle-field lifecycle-question">
      <label class="field__label" for={base}>
        {q.question[lang]}
      </label>
      <textarea
        id={base}
        rows={4}
        value={text}
        maxLength={textLimitAt(q.field)}
        aria-describedby={describedBy(q, base)}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onAnswer(q.field, e.currentTarget.value);
        }}
      />
      <Notes q={q} base={base} />
    </div>
  );
}
