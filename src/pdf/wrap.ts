// Line breaking for the PDF, independent of jsPDF so it can be tested on its own: greedy by words,
// hard line breaks kept, and a word wider than the line broken (at a URL-ish separator, else by character).

/** Width of a string in the unit of `width` (mm), for the font and size in use. */
export type Measure = (text: string) => number;

export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) wrapParagraph(paragraph, width, measure, lines);
  return lines;
}

function wrapParagraph(paragraph: string, width: number, measure: Measure, out: string[]): void {
  const words = paragraph.split(/ +/).filter((w) => w !== '');
  if (words.length === 0) {
    out.push('');
    return;
  }
  const space = measure(' ');
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const w = measure(word);
    if (line !== '' && lineWidth + space + w <= width) {
      line += ' ' + word;
      lineWidth += space + w;
      continue;
    }
    if (line !== '') out.push(line);
    if (w <= width) {
      line = word;
      lineWidth = w;
      continue;
    }
    const pieces = breakWord(word, width, measure);
    out.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
    lineWidth = measure(line);
  }
  out.push(line);
}

const SOFT_BREAK_AFTER = new Set(['/', '-', '.', '_', '?', '&', '=', ',', ';', ':']);

const LETTER = /\p{L}/u;

/**
 * Breaks a word wider than `width` into pieces that fit, preferring a break after a separator. A break
 * between two letters gets a hyphen, unless the word looks like a code, URL or address (it must not change).
 */
export function breakWord(word: string, width: number, measure: Measure): string[] {
  const chars = Array.from(word);
  const core = word.replace(/^[("'«“‘]+|[)"'»”’.,;:!?]+$/gu, ''); // a word's own punctuation does not make it a code
  const hyphenate = !/[\d/@:.\\_=&?#]/.test(core);
  const limit = hyphenate ? width - measure('-') : width;
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let used = 0;
    while (end < chars.length) {
      const cw = measure(chars[end]!);
      if (end > start && used + cw > limit) break;
      used += cw;
      end++;
    }
    let piece = '';
    if (end < chars.length) {
      // Prefer a separator in the second half of the piece, so a URL breaks at "/" rather than mid-name.
      for (let k = end - 1; k > start + (end - start) / 2; k--) {
        if (SOFT_BREAK_AFTER.has(chars[k]!)) {
          end = k + 1;
          break;
        }
      }
      // No orphan of one to three letters after the hyphen ("Skadegöre-lse"): break a little earlier.
      if (hyphenate && chars.length - end < 4 && end - start > 5) end = Math.max(start + 2, chars.length - 4);
      if (hyphenate && end > start + 1 && LETTER.test(chars[end - 1]!) && LETTER.test(chars[end]!)) piece = '-';
    }
    pieces.push(chars.slice(start, end).join('') + piece);
    start = end;
  }
  return pieces;
}
