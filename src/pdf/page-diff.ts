// Where the text on the pages differs from the pages made again from the signed data: page by page, line
// by line, then word by word inside each run of differing lines (one difference per run), named by the nearest label above.
import type { PageLine } from './page-text';

export interface TextDifference {
  /** 1-based page number. */
  page: number;
  /** The nearest label or heading at or above the difference, as printed; null when there is none. */
  field: string | null;
  /** The words the signed data puts there ('' when the page has words the data lacks). */
  expected: string;
  /** The words the page shows ('' when words are missing). */
  found: string;
}

const MAX_WORDS = 14;

/** Pairs of [indexA, indexB] that an LCS keeps, in order. */
function common<T>(a: readonly T[], b: readonly T[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Runs of unmatched elements between matched pairs: [startA, endA, startB, endB), end exclusive. */
function gaps<T>(a: readonly T[], b: readonly T[]): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...common(a, b), [a.length, b.length] as [number, number]]) {
    if (pi > i || pj > j) out.push([i, pi, j, pj]);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

const clip = (words: string[]): string => (words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ')} …` : words.join(' '));

function labelAbove(lines: readonly PageLine[], index: number): string | null {
  for (let k = Math.min(index, lines.length - 1); k >= 0; k--) if (lines[k]!.label) return lines[k]!.label;
  return null;
}

/** The differing words of one page; empty when the page reads the same. */
export function diffPage(page: number, expected: readonly PageLine[], found: readonly PageLine[]): TextDifference[] {
  const out: TextDifference[] = [];
  for (const [ea, eb, fa, fb] of gaps(expected.map((l) => l.text), found.map((l) => l.text))) {
    const want = expected.slice(ea, eb).flatMap((l) => l.text.split(/\s+/));
    const seen = found.slice(fa, fb).flatMap((l) => l.text.split(/\s+/));
    // One difference per run of lines: from the first differing word to the last, on each side.
    const words = gaps(want, seen);
    if (words.length === 0) continue; // the same words, broken into lines differently
    const [first, last] = [words[0]!, words.at(-1)!];
    out.push({ page, field: labelAbove(expected, ea) ?? labelAbove(found, fa), expected: clip(want.slice(first[0], last[1])), found: clip(seen.slice(first[2], last[3])) });
  }
  return out;
}

/** Every difference, page by page; a page only one side has counts as all different. */
export function diffPages(expected: readonly PageLine[][], found: readonly PageLine[][]): TextDifference[] {
  const pages = Math.max(expected.length, found.length);
  const out: TextDifference[] = [];
  for (let n = 0; n < pages; n++) out.push(...diffPage(n + 1, expected[n] ?? [], found[n] ?? []));
  return out;
}
