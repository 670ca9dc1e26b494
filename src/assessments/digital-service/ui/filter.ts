// The register's filters: status, school stage, open conditions and a search on service and vendor. They
// live in the hash's query (#/tjanster?status=approved&stadium=4-6&villkor=oppna&sok=glosor) so a reload
// or a shared link keeps them; a value this version does not know is ignored, never an error.
import type { RegisterStatus } from '../summarize';
import type { RegisterRow } from './register';

export const STATUSES: readonly RegisterStatus[] = ['under-review', 'approved', 'approved-with-conditions', 'rejected', 'discontinued'];

/** Stages of the Swedish school (lågstadiet with förskoleklass, mellanstadiet, högstadiet, gymnasiet), by their grades. */
export const STAGES = {
  'f-3': ['fk', 'g1', 'g2', 'g3'],
  '4-6': ['g4', 'g5', 'g6'],
  '7-9': ['g7', 'g8', 'g9'],
  gy: ['gy1', 'gy2', 'gy3'],
} as const satisfies Record<string, readonly string[]>;
export type Stage = keyof typeof STAGES;
const STAGE_IDS = Object.keys(STAGES) as Stage[];

export interface RegisterFilter {
  status: RegisterStatus | null;
  stage: Stage | null;
  /** Only services with open conditions or offboarding tasks left (the register's "Öppna villkor" column). */
  open: boolean;
  /** Searched in the service's name and vendor, in any case; every word typed must occur. */
  text: string;
}

export const NO_FILTER: RegisterFilter = { status: null, stage: null, open: false, text: '' };

const KEYS = { status: 'status', stage: 'stadium', open: 'villkor', text: 'sok' } as const;
const OPEN = 'oppna';
const MAX_TEXT = 200;

const pick = <T extends string>(values: readonly T[], value: string | null): T | null => values.find((v) => v === value) ?? null;

/** The filter a hash asks for ('#/tjanster?status=approved'); anything else there is ignored. */
export function filterFromHash(hash: string): RegisterFilter {
  const at = hash.indexOf('?');
  if (at < 0) return NO_FILTER;
  const q = new URLSearchParams(hash.slice(at + 1));
  return {
    status: pick(STATUSES, q.get(KEYS.status)),
    stage: pick(STAGE_IDS, q.get(KEYS.stage)),
    open: q.get(KEYS.open) === OPEN,
    text: (q.get(KEYS.text) ?? '').slice(0, MAX_TEXT),
  };
}

/** The query for a filter, '' when nothing is filtered, so the plain register keeps its plain address. */
export function filterQuery(f: RegisterFilter): string {
  const q = new URLSearchParams();
  if (f.status) q.set(KEYS.status, f.status);
  if (f.stage) q.set(KEYS.stage, f.stage);
  if (f.open) q.set(KEYS.open, OPEN);
  if (f.text.trim() !== '') q.set(KEYS.text, f.text);
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

export const isFiltered = (f: RegisterFilter): boolean => filterQuery(f) !== '';

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('sv');

type Filterable = Pick<RegisterRow, 'title' | 'vendor' | 'status' | 'grades' | 'openConditions' | 'openOffboarding'>;

export function matches(row: Filterable, f: RegisterFilter): boolean {
  if (f.status && row.status !== f.status) return false;
  if (f.stage) {
    const grades: readonly string[] = STAGES[f.stage];
    if (!row.grades.some((g) => grades.includes(g))) return false;
  }
  if (f.open && row.openConditions.length === 0 && row.openOffboarding.length === 0) return false;
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  const hay = fold(`${row.title} ${row.vendor}`);
  return words.every((w) => hay.includes(w));
}

export const applyFilter = <T extends { row: Filterable }>(items: readonly T[], f: RegisterFilter): T[] => items.filter((i) => matches(i.row, f));
