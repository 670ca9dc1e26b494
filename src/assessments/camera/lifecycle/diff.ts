// What changed between two versions of an assessment, in the principal's words, for the review and the PDF
// ("Ändringar sedan föregående bedömning").
// Imports the domain through its index ('..'): the lint rule keeps the domain from app layers, and nothing
// here runs at module load, so the index → lifecycle → index cycle is harmless.
import { templateOf } from '../../../engine/paths';
import type { Assessment, Camera, Incident, StepId, Text } from '../domain/types';
import { STEP_IDS } from '../domain/types';
import { fieldLabel } from '../domain/labels';
import { isApplicable } from '../domain/branches';
import { ruleById } from '../domain/rulebook';
import { stepOf } from '../domain/required';
import { NOT_ANSWERED, answerText } from './values';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  kind: ChangeKind;
  /** The wizard step where the answer lives. */
  area: StepId;
  cameraId?: string;
  /** Dotted path in the newer version; for something removed, in the older one. */
  field: string;
  label: Text;
  /** The older answer as words ('–' when it was not answered); absent for 'added'. */
  before?: Text;
  /** The newer answer as words; absent for 'removed'. */
  after?: Text;
}

/** Bookkeeping, the signature and the decision itself: never "a change since the last decision". */
const IGNORED = new Set([
  'format', 'schemaVersion', 'id', 'version', 'previousVersionId', 'createdAt', 'updatedAt', 'revision', 'step',
  'signoff', 'laterDecision', 'decision', 'annualReview', 'extra', 'justifications', 'school.decisionDate',
  // Set by nextVersion on every camera copied from the signed version (KB-H18): bookkeeping, not an answer.
  'cameras.*.carriedOver',
]);
/** Lists whose rows have an identity: rows are matched by id, not by position. */
const ITEM_LISTS = new Set(['problem.incidents', 'measures.items', 'cameras', 'data.accessRoles']);
/** Groups compared as one answer. */
const WHOLE = new Set(['cameras.*.hours']);

type Row = { id: string } & Record<string, unknown>;
interface Ctx {
  previous: Assessment;
  next: Assessment;
  out: Change[];
  camera?: { id: string; title: Text };
}

const join = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
const lowerFirst = (s: string): string => (/^.[a-zåäö]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const areaOf = (path: string): StepId => (path === 'endedOn' ? 'decision' : stepOf(path));
const map = (x: Text, f: (s: string, lang: keyof Text) => string): Text => ({ sv: f(x.sv, 'sv'), en: f(x.en, 'en') });

export const cameraTitle = (c: Pick<Camera, 'name'>, index: number): Text =>
  c.name.trim() !== '' ? { sv: c.name, en: c.name } : fieldLabel(`cameras.${index}`);

/** Incidents the principal must account for: new in this version, or dated after the last decision. */
export function incidentsSince(previous: Assessment, next: Assessment): Incident[] {
  const known = new Set(previous.problem.incidents.map((i) => i.id));
  const since = previous.school.decisionDate;
  return next.problem.incidents.filter((i) => !known.has(i.id) || (since !== '' && i.date > since));
}

/** Whether a change moves a camera: its place or kind of area changed. */
export const isMove = (c: Change): boolean => c.area === 'cameras' && c.kind === 'changed' && /^cameras\.\d+\.(location|areaKind)$/.test(c.field);

/** Everything a principal would notice between two versions, in wizard order. */
export function diffAssessments(previous: Assessment, next: Assessment): Change[] {
  const ctx: Ctx = { previous, next, out: [] };
  walk(ctx, previous, next, '', '');
  justifications(ctx);
  const order = (c: Change) => STEP_IDS.indexOf(c.area);
  return ctx.out.map((c, i) => ({ c, i })).sort((x, y) => order(x.c) - order(y.c) || x.i - y.i).map(({ c }) => c);
}

function walk(ctx: Ctx, before: unknown, after: unknown, beforePath: string, afterPath: string): void {
  const template = templateOf(afterPath);
  if (IGNORED.has(template)) return;
  if (ITEM_LISTS.has(template)) return items(ctx, (before ?? []) as Row[], (after ?? []) as Row[], beforePath, afterPath);
  if ((isObject(before) || isObject(after)) && !WHOLE.has(template)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (key !== 'id') walk(ctx, b[key], a[key], join(beforePath, key), join(afterPath, key));
    }
    return;
  }
  if (same(before, after)) return;
  const was = answerText(beforePath, before);
  const is = answerText(afterPath, after);
  if (was.sv === is.sv && was.en === is.en) return; // e.g. another preset naming the same hours
  // An answer in a branch that applies in neither version is kept but ignored everywhere else too.
  if (!isApplicable(ctx.previous, beforePath) && !isApplicable(ctx.next, afterPath)) return;
  ctx.out.push({
    kind: 'changed',
    area: areaOf(afterPath),
    ...(ctx.camera ? { cameraId: ctx.camera.id } : {}),
    field: afterPath,
    label: labelOf(ctx, afterPath),
    before: was,
    after: is,
  });
}

function labelOf(ctx: Ctx, path: string): Text {
  if (!ctx.camera) return fieldLabel(path);
  const leaf = fieldLabel(templateOf(path)); // with '*' fieldLabel gives the bare field, no "Kamera n" 
  const title = ctx.camera.title;
  return map(leaf, (s, lang) => `${title[lang]}: ${lowerFirst(s)}`);
}

function items(ctx: Ctx, before: Row[], after: Row[], beforePath: string, afterPath: string): void {
  const area = areaOf(afterPath);
  const isCameras = afterPath === 'cameras';
  const newIncidents = afterPath === 'problem.incidents' ? new Set(incidentsSince(ctx.previous, ctx.next).map((i) => i.id)) : null;
  const previousIndex = new Map(before.map((row, i) => [row.id, i]));
  after.forEach((row, i) => {
    const j = previousIndex.get(row.id);
    const path = join(afterPath, i);
    const cameraId = isCameras ? { cameraId: row.id } : {};
    if (j === undefined || newIncidents?.has(row.id)) {
      ctx.out.push({ kind: 'added', area, ...cameraId, field: path, label: rowLabel(row, path), after: summary(afterPath, row) });
      return;
    }
    const inner: Ctx = isCameras ? { ...ctx, camera: { id: row.id, title: cameraTitle(row as unknown as Camera, i) } } : ctx;
    walk(inner, before[j], row, join(beforePath, j), path);
  });
  const kept = new Set(after.map((row) => row.id));
  before.forEach((row, j) => {
    if (kept.has(row.id)) return;
    const path = join(beforePath, j);
    const cameraId = isCameras ? { cameraId: row.id } : {};
    ctx.out.push({ kind: 'removed', area, ...cameraId, field: path, label: rowLabel(row, path), before: summary(beforePath, row) });
  });
}

function rowLabel(row: Row, path: string): Text {
  const index = Number(path.split('.').at(-1));
  return path.startsWith('cameras.') ? cameraTitle(row as unknown as Camera, index) : fieldLabel(path);
}

const words = (path: string, row: Row, key: string, lang: keyof Text): string => {
  const value = row[key];
  return value === '' || value === null || value === undefined ? '' : answerText(`${path}.0.${key}`, value)[lang];
};

/** A row in one line: what it is, where and when. */
function summary(listPath: string, row: Row): Text {
  const pick = (keys: string[], lang: keyof Text, sep = ', ') => keys.map((k) => words(listPath, row, k, lang)).filter((s) => s !== '').join(sep);
  const build = (lang: keyof Text): string => {
    switch (listPath) {
      case 'cameras':
        return [pick(['location'], lang), pick(['areaKind', 'hours'], lang)].filter((s) => s !== '').join(' – ');
      case 'problem.incidents':
        return [pick(['date', 'time'], lang, ' '), pick(['type', 'place'], lang), pick(['description'], lang)].filter((s) => s !== '').join(': ');
      case 'measures.items':
        return [pick(['kind'], lang), pick(['description'], lang)].filter((s) => s !== '').join(': ');
      default:
        return [pick(['role'], lang), pick(['rights'], lang)].filter((s) => s !== '').join(': ');
    }
  };
  const text = { sv: build('sv'), en: build('en') };
  return text.sv === '' ? NOT_ANSWERED : text;
}

/** Answers to warnings, by finding key ('KB-S01-school-hours:cam-1'), labelled with the warning's first sentence. */
function justifications(ctx: Ctx): void {
  const before = ctx.previous.justifications;
  const after = ctx.next.justifications;
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const b = before[key] ?? '';
    const a = after[key] ?? '';
    if (b === a) continue;
    const [ruleId = key, cameraId] = key.split(':');
    const rule = ruleById(ruleId);
    const index = ctx.next.cameras.findIndex((c) => c.id === cameraId);
    const camera = index >= 0 ? ctx.next.cameras[index] : undefined;
    const warning = rule ? map(rule.message, (s) => s.split(/(?<=\.) /)[0] ?? s) : { sv: ruleId, en: ruleId };
    const label = map(warning, (s, lang) =>
      lang === 'sv'
        ? `${camera ? `${cameraTitle(camera, index).sv}: s` : 'S'}var på varningen ”${s}”`
        : `${camera ? `${cameraTitle(camera, index).en}: a` : 'A'}nswer to the warning "${s}"`,
    );
    ctx.out.push({
      kind: b === '' ? 'added' : a === '' ? 'removed' : 'changed',
      area: rule?.step ?? 'review',
      ...(camera ? { cameraId: camera.id } : {}),
      field: `justifications.${key}`,
      label,
      ...(b !== '' ? { before: { sv: b, en: b } } : {}),
      ...(a !== '' ? { after: { sv: a, en: a } } : {}),
    });
  }
}
