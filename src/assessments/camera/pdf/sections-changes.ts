// "Ändringar sedan föregående bedömning": the annual review's answers and every difference from the signed
// version this one continues, as a table, right after the outcome.
import type { Assessment, Change, YesNo } from '../domain';
import { annualReviewQuestions, answerText, diffAssessments, isAnnualReview } from '../domain';
import type { DocContext } from './context';
import { EMPTY, orDash } from './format';
import { fields, table } from '../../../pdf/table';
import { COLOR, SIZE } from '../../../pdf/theme';

/** In a copy for wide distribution, exact placement and fields of view are left out here too (OSL 18:8). */
const PLACEMENT = /^cameras\.\d+\.(location|fieldOfView|view\..+)$/;

function rowOf(c: DocContext, previous: Assessment, change: Change): string[] {
  const { t, lang } = c;
  let before = change.before?.[lang] ?? EMPTY;
  let after = change.after?.[lang] ?? EMPTY;
  if (c.omitPlacement && PLACEMENT.test(change.field)) {
    before = change.before ? t.omitted : EMPTY;
    after = change.after ? t.omitted : EMPTY;
  } else if (c.omitPlacement && change.cameraId && change.kind !== 'changed') {
    // A camera added or removed is summarised with its place: name the kind of area instead.
    const camera = [...c.a.cameras, ...previous.cameras].find((k) => k.id === change.cameraId);
    const kind = camera ? answerText('cameras.*.areaKind', camera.areaKind)[lang] : EMPTY;
    if (change.kind === 'added') after = kind;
    else before = kind;
  }
  return [t.stepNames[change.area], `${t.changeKinds[change.kind]}: ${change.label[lang]}`, before, after];
}

function reviewAnswers(c: DocContext, previous: Assessment): void {
  const { flow, t, a, lang } = c;
  const review = a.annualReview;
  if (!review || !isAnnualReview(a)) return;
  flow.heading(t.annualReviewTitle(review.reviewOf.previousVersion), 3);
  const pairs: [string, string][] = annualReviewQuestions(previous, a).map((q) => {
    if (q.id === 'changes') return [t.reviewSummary, orDash(review.changesSummary)];
    const value: YesNo = q.id === 'incidents' ? review.incidentsSince : q.id === 'measures' ? review.measuresNowSuffice : (review.stillNeeded[q.cameraId ?? ''] ?? '');
    return [q.question[lang], t.reviewAnswer[value]];
  });
  fields(flow, pairs);
}

export function changesSection(c: DocContext, previous: Assessment): void {
  const { flow, t } = c;
  flow.heading(t.changesTitle, 2);
  flow.paragraph(t.changesIntro(previous.version, previous.school.decisionDate || previous.signoff?.date || ''), { size: SIZE.small, color: COLOR.muted });
  reviewAnswers(c, previous);
  const changes = diffAssessments(previous, c.a);
  if (changes.length === 0) {
    flow.paragraph(t.changesNone);
    return;
  }
  const [step, what, before, after] = t.changesCols;
  table(
    flow,
    [
      { header: step!, width: 0.14 },
      { header: what!, width: 0.3 },
      { header: before!, width: 0.28 },
      { header: after!, width: 0.28 },
    ],
    changes.map((change) => rowOf(c, previous, change)),
  );
}
