// The review as data: every answer grouped by step, formatted for reading, with questions of a branch
// that does not apply marked "Ej tillämpligt". DOM-free, so it is tested without a browser.
import { areaName, isApplicable, isAreaKind } from '../../domain';
import type { Assessment, Lang, StepId } from '../../domain';
import { formatDate, formatNumber } from '../../../../ui/i18n';
import type { MessageKey, Translate } from '../../../../ui/i18n';
import { valueAt } from '../../../../ui/fields/paths';
import type { FieldSpec } from './specs';
import { STEP_SPECS } from './specs';

export interface ReviewRow {
  path: string;
  label: string;
  value: string;
  /** Not answered (and applicable). */
  empty: boolean;
  /** Not answered although required: shown as a gap. */
  missing: boolean;
  notApplicable: boolean;
}

export interface ReviewGroup {
  title: string;
  rows: ReviewRow[];
}

export interface ReviewSection {
  step: StepId;
  title: string;
  groups: ReviewGroup[];
}

export function formatValue(spec: FieldSpec, value: unknown, t: Translate, lang: Lang): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  switch (spec.kind) {
    case 'text':
      return String(value);
    case 'date':
      return formatDate(String(value), lang);
    case 'number':
      return typeof value === 'number' ? `${formatNumber(value, lang)}${spec.unit ? ` ${t(spec.unit)}` : ''}` : '';
    case 'area':
      return isAreaKind(value) ? areaName(value, lang) : '';
    case 'choice':
      return t(`${spec.prefix}.${String(value)}` as MessageKey);
    case 'multi':
      return (value as string[]).map((v) => t(`${spec.prefix}.${v}` as MessageKey)).join(', ');
    case 'bool':
      return t(value === true ? 'wiz.opt.yes' : 'wiz.opt.no');
    case 'composite':
      return spec.format(t, lang);
  }
}

function row(spec: FieldSpec, a: Assessment, t: Translate, lang: Lang, missing: ReadonlySet<string>): ReviewRow {
  const notApplicable = !isApplicable(a, spec.path);
  const value = notApplicable ? t('review.notApplicable') : formatValue(spec, valueAt(a, spec.path), t, lang);
  const empty = !notApplicable && value === '';
  // A composite row (a camera's hours) stands for its parts, which the domain reports separately.
  const required = missing.has(spec.path) || (spec.kind === 'composite' && [...missing].some((m) => m.startsWith(`${spec.path}.`)));
  return { path: spec.path, label: t(spec.label), value: value || t('review.notAnswered'), empty, missing: empty && required, notApplicable };
}

/** `missing`: the paths the domain reports as required and unanswered (evaluation.missing). */
export function reviewSections(a: Assessment, t: Translate, lang: Lang, missing: ReadonlySet<string> = new Set()): ReviewSection[] {
  return STEP_SPECS.map(({ step, groups }) => ({
    step,
    title: t(`step.${step}.title`),
    groups: groups(a, t).map((g) => ({ title: g.title, rows: g.fields.map((spec) => row(spec, a, t, lang, missing)) })),
  }));
}
