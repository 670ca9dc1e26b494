// The service register (tjänsteförteckning) and the public list for guardians, as rows and as CSV.
// The guardians' list is built from its own, short list of public fields: nothing internal (owner, staff
// names, security, DPIA, contract, internal conditions) can reach it by accident.
import { csvText } from '../../../engine/csv';
import type { Lang } from '../../../engine/kind';
import type { ReviewStatus } from '../../../engine/days';
import { evaluate, type Task } from '../evaluate';
import { revalidationStatus, successors } from '../lifecycle';
import type { ServiceDoc } from '../schema';
import { summarize, type RegisterStatus, type ServiceSummary } from '../summarize';
import { dsText } from './text';

export interface RegisterRow extends ServiceSummary {
  decidedOn: string | null;
  /** The decision's diarienummer, '' until the registry gives one. */
  registryNumber: string;
  /** The next re-validation judged on the day the register is read. */
  due: ReviewStatus;
}

export function registerRow(doc: ServiceDoc, decidedOn: string | null, today: string): RegisterRow {
  const ev = evaluate(doc, today);
  return {
    ...summarize(doc, ev, { signedOn: decidedOn, endedOn: null }),
    decidedOn,
    registryNumber: doc.decision.registryNumber?.trim() ?? '',
    due: revalidationStatus(doc, decidedOn, today),
  };
}

/**
 * One entry per service: a decided version is left out once a newer version of it is decided too. While the
 * re-validation is in progress both show, the decision in force and the version under review.
 */
export function currentItems<T extends { doc: ServiceDoc; row: RegisterRow }>(items: readonly T[]): T[] {
  const newer = successors(items.map((i) => ({ doc: i.doc, decidedOn: i.row.decidedOn })));
  return items.filter((i) => (newer.get(i.doc.id)?.decidedOn ?? null) === null);
}

/** One service as guardians may see it. */
export interface PublicRow {
  service: string;
  vendor: string;
  purpose: string;
  grades: readonly string[];
  categories: readonly string[];
  status: RegisterStatus;
  /** Only conditions marked public. */
  conditions: readonly string[];
  outsideEea: boolean;
  /** The vendor's privacy notice (Art. 13). */
  noticeUrl: string;
  nextReview: string;
}

export const PUBLIC_STATUSES: readonly RegisterStatus[] = ['approved', 'approved-with-conditions'];

export function publicRow(doc: ServiceDoc, row: RegisterRow): PublicRow {
  return {
    service: doc.service.name,
    vendor: doc.service.vendor,
    purpose: doc.service.purpose,
    grades: doc.service.grades,
    categories: doc.data.categories,
    status: row.status,
    conditions: doc.decision.conditions.filter((c) => c.public === 'yes').map((c) => c.text),
    outsideEea: doc.transfer.locations.some((l) => l === 'usa' || l === 'thirdCountry' || l === 'adequate'),
    noticeUrl: doc.rights.noticeUrl,
    nextReview: row.nextReview,
  };
}

/** Approved services only, in name order. */
export function publicList(items: readonly { doc: ServiceDoc; row: RegisterRow }[]): PublicRow[] {
  return items
    .filter((i) => PUBLIC_STATUSES.includes(i.row.status))
    .map((i) => publicRow(i.doc, i.row))
    .sort((a, b) => a.service.localeCompare(b.service, 'sv'));
}

const list = (values: readonly string[], label: (v: string) => string) => values.map(label).join(', ');
const conditionsText = (tasks: readonly Task[]) => tasks.map((c) => `${c.text} (${c.owner}, ${c.due})`).join(' | ');

export function registerCsv(rows: readonly RegisterRow[], lang: Lang): string {
  const x = dsText(lang);
  const header = ['id', x.t('reg.service'), x.t('reg.vendor'), x.t('reg.status'), x.t('reg.outcome'), x.t('reg.owner'), x.t('reg.grades'),
    x.t('reg.ages'), x.t('reg.categories'), x.t('reg.sensitive'), x.t('reg.decidedOn'), x.t('reg.registryNumber'), x.t('reg.nextReview'), x.t('reg.openConditions'), x.t('reval.version'), x.t('reval.title')];
  return csvText(header, rows.map((r) => [
    r.id,
    r.title,
    r.vendor,
    x.t(`status.${r.status}`),
    x.k(`outcome.${r.outcome}.name`),
    r.owner,
    list(r.grades, (g) => x.option('grades', g)),
    r.youngestAge === null ? '' : String(r.youngestAge),
    list(r.categories, (c) => x.option('categories', c)),
    x.t(r.sensitive ? 'yes' : 'no'),
    r.decidedOn ?? '',
    r.registryNumber,
    r.nextReview,
    [...r.openOffboarding.map((o) => `${x.t(`off.task.${o.task}`)} (${o.owner}, ${o.due})`), conditionsText(r.openConditions)].filter(Boolean).join(' | '),
    String(r.version),
    r.trigger ? x.k(`revalidation.${r.trigger}`) : '',
  ]));
}

export const publicHeader = (lang: Lang): string[] => {
  const x = dsText(lang);
  return [x.t('reg.service'), x.t('reg.vendor'), x.t('pub.purpose'), x.t('reg.grades'), x.t('reg.categories'), x.t('reg.status'),
    x.t('pub.conditions'), x.t('pub.outsideEea'), x.t('pub.notice'), x.t('reg.nextReview')];
};

export function publicCsv(rows: readonly PublicRow[], lang: Lang): string {
  const x = dsText(lang);
  return csvText(publicHeader(lang), rows.map((r) => [
    r.service,
    r.vendor,
    r.purpose,
    list(r.grades, (g) => x.option('grades', g)),
    list(r.categories, (c) => x.option('categories', c)),
    x.t(`status.${r.status}`),
    r.conditions.join(' | '),
    x.t(r.outsideEea ? 'yes' : 'no'),
    r.noticeUrl,
    r.nextReview,
  ]));
}
