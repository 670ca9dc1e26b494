// A small flow-layout engine over jsPDF: a cursor moving down the body area, wrapped text, page breaks
// that keep headings with what follows, and boxes that split across pages. Nothing leaves the body area.
import type { jsPDF } from 'jspdf';
import type { Coverage } from './coverage';
import { MISSING_MARK, sanitizeForFont } from './coverage';
import { wrapText } from './wrap';
import { BODY, COLOR, FONT, LINE_FACTOR, PAGE, SIZE, baselineOffset, lineHeight } from './theme';
import type { Body, Rgb } from './theme';

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Rgb;
}

export const BODY_STYLE: TextStyle = { size: SIZE.body };

export class Flow {
  y: number;
  /** Pages on which a character the font lacks was replaced; their footer explains the marker. */
  readonly markedPages = new Set<number>();
  /** Unit widths by text, one map per weight: no key string built per lookup (wrapping measures every word). */
  private readonly widths = { normal: new Map<string, number>(), bold: new Map<string, number>() };
  private readonly cleaned = new Map<string, string>();
  /** The font, size and colour last given to jsPDF, so a line in the same style sets nothing (profiled). */
  private applied: { bold: boolean; size: number; color: Rgb } | null = null;

  constructor(
    readonly doc: jsPDF,
    private readonly coverage: Coverage,
    private readonly onNewPage: (flow: Flow) => void,
    /** The area text may use; A4 portrait by default, the register is landscape. */
    readonly body: Body = BODY,
    readonly pageSize: { width: number; height: number } = PAGE,
  ) {
    this.y = body.top;
  }

  get left(): number {
    return this.body.left;
  }
  get width(): number {
    return this.body.right - this.body.left;
  }
  get page(): number {
    return this.doc.getNumberOfPages();
  }
  /** Space left on the current page. */
  get room(): number {
    return this.body.bottom - this.y;
  }

  /** The text as the font can print it, with missing characters made visible. */
  clean(text: string): string {
    let clean = this.cleaned.get(text);
    if (clean === undefined) {
      clean = sanitizeForFont(text, this.coverage).text;
      this.cleaned.set(text, clean);
    }
    return clean;
  }

  use(style: TextStyle): void {
    const bold = style.bold ?? false;
    const color = style.color ?? COLOR.text;
    const last = this.applied;
    if (last && last.bold === bold && last.size === style.size && last.color.every((c, i) => c === color[i])) return;
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(...color);
    this.applied = { bold, size: style.size, color };
  }

  /** Width in mm of already clean text; cached per font and word because wrapping measures a lot. */
  measure(text: string, style: TextStyle): number {
    const weight = style.bold ? 'bold' : 'normal';
    const widths = this.widths[weight];
    let unit = widths.get(text);
    if (unit === undefined) {
      this.doc.setFont(FONT, weight);
      this.applied = null; // the font may have changed under use()
      unit = this.doc.getStringUnitWidth(text);
      widths.set(text, unit);
    }
    return (unit * style.size) / this.doc.internal.scaleFactor;
  }

  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(this.clean(text), width, (s) => this.measure(s, style));
  }

  /** One line of text cut with "…" to fit `width`: for running headers and footers. */
  fit(text: string, width: number, style: TextStyle): string {
    const clean = this.clean(text).replace(/\s+/g, ' ');
    if (this.measure(clean, style) <= width) return clean;
    const chars = Array.from(clean);
    while (chars.length > 0 && this.measure(chars.join('') + '…', style) > width) chars.pop();
    return chars.join('').trimEnd() + '…';
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.body.top;
    this.onNewPage(this);
  }

  /** Whether `height` fits below the cursor (or the cursor is at the top, where nothing fits better). */
  private fits(height: number): boolean {
    return this.y + height <= this.body.bottom + 0.01 || this.y <= this.body.top + 0.01;
  }

  /** Starts a new page unless `height` fits; true when it broke. */
  ensure(height: number): boolean {
    if (this.fits(height)) return false;
    this.newPage();
    return true;
  }

  gap(mm: number): void {
    this.y = Math.min(this.y + mm, this.body.bottom);
  }

  /** Draws one line of clean text whose line box starts at `top`. */
  drawLine(line: string, x: number, top: number, style: TextStyle, align: 'left' | 'right' | 'center' = 'left', width = 0): void {
    if (line === '') return;
    if (line.includes(MISSING_MARK)) this.markedPages.add(this.page);
    this.use(style);
    let at = x;
    if (align !== 'left') {
      const w = this.measure(line, style);
      at = align === 'right' ? x + width - w : x + (width - w) / 2;
    }
    this.doc.text(line, at, top + baselineOffset(style.size));
  }

  /**
   * Left-aligned lines of clean text one under the other, a line height apart, the first line box at `top`.
   * A run of lines is one text() call: jsPDF writes one text object moving down by its leading (the line
   * height) instead of a text object per line that sets font, leading and colour again. Profiled on the
   * stress document (60 cameras, 300 incidents): four text() calls in ten were such a next line.
   */
  drawLines(lines: readonly string[], x: number, top: number, style: TextStyle): void {
    const lh = lineHeight(style.size);
    let start = 0;
    for (let i = 0; i <= lines.length; i++) {
      if (i < lines.length && lines[i] !== '') continue;
      // An empty line draws nothing, as in drawLine: it ends a run.
      if (i - start === 1) this.drawLine(lines[start]!, x, top + start * lh, style);
      else if (i - start > 1) {
        const run = lines.slice(start, i);
        if (run.some((line) => line.includes(MISSING_MARK))) this.markedPages.add(this.page);
        this.use(style);
        // The leading jsPDF writes is size × factor in points, rounded to 1/1000: the line height exactly.
        this.doc.text(run, x, top + start * lh + baselineOffset(style.size), { lineHeightFactor: LINE_FACTOR });
      }
      start = i + 1;
    }
  }

  /** Lines at the cursor, breaking pages between them where ensure() would; each page's share drawn as one run. */
  private flowLines(lines: readonly string[], x: number, style: TextStyle): void {
    const lh = lineHeight(style.size);
    for (let i = 0; i < lines.length; ) {
      this.ensure(lh);
      const first = i;
      const top = this.y;
      do {
        this.y += lh;
        i++;
      } while (i < lines.length && this.fits(lh));
      this.drawLines(lines.slice(first, i), x, top, style);
    }
  }

  /** Wrapped text at the cursor, breaking pages between lines. */
  paragraph(text: string, style: TextStyle = BODY_STYLE, indent = 0, after = 1.6): void {
    this.flowLines(this.wrap(text, this.width - indent, style), this.left + indent, style);
    this.gap(after);
  }

  private headingStyle(level: 2 | 3): TextStyle {
    return { size: level === 2 ? SIZE.h2 : SIZE.h3, bold: true, color: level === 2 ? COLOR.accent : COLOR.text };
  }

  /** The height a heading takes, the space above it included. */
  headingHeight(text: string, level: 2 | 3): number {
    const style = this.headingStyle(level);
    return (level === 2 ? 6.4 : 3.2) + this.wrap(text, this.width, style).length * lineHeight(style.size);
  }

  /** A list item: a bullet and text with a hanging indent, so wrapped lines align with the text. */
  bullet(text: string, style: TextStyle = BODY_STYLE, after = 0.6): void {
    this.ensure(lineHeight(style.size));
    this.drawLine('•', this.left + 1.2, this.y, style);
    this.flowLines(this.wrap(text, this.width - 5, style), this.left + 5, style);
    this.gap(after);
  }

  /** A section heading kept on the page with at least a few lines of what follows. */
  heading(text: string, level: 2 | 3): void {
    const style = this.headingStyle(level);
    const lines = this.wrap(text, this.width, style);
    const lh = lineHeight(style.size);
    const before = level === 2 ? 4 : 2.2;
    if (this.y > this.body.top + 0.01) this.gap(before);
    this.ensure(lines.length * lh + 3 * lineHeight(SIZE.body) + 2);
    this.drawLines(lines, this.left, this.y, style);
    this.y += lines.length * lh;
    if (level === 2) {
      this.doc.setDrawColor(...COLOR.accent);
      this.doc.setLineWidth(0.4);
      this.doc.line(this.left, this.y + 0.3, this.body.right, this.y + 0.3);
      this.y += 2.4;
    } else this.y += 1;
  }

  /**
   * A tinted box with a coloured bar on the left holding a bold title and paragraphs; when it does not fit,
   * it continues on the next page as a box of its own.
   */
  box(title: string, paragraphs: string[], tone: { bar: Rgb; fill: Rgb }, body: TextStyle = BODY_STYLE, titleSize: number = SIZE.h3): void {
    const pad = body.size > SIZE.body ? 5 : 3;
    const inner = this.width - 2 * pad - 2;
    const titleStyle: TextStyle = { size: titleSize, bold: true, color: tone.bar };
    const items: { line: string; style: TextStyle }[] =
      title === '' ? [] : this.wrap(title, inner, titleStyle).map((line) => ({ line, style: titleStyle }));
    paragraphs.forEach((p, i) => {
      if (i > 0 || items.length > 0) items.push({ line: '', style: { size: body.size / 2 } });
      for (const line of this.wrap(p, inner, body)) items.push({ line, style: body });
    });
    let i = 0;
    this.ensure(2 * pad + Math.min(items.length, 4) * lineHeight(body.size));
    while (i < items.length) {
      let h = 2 * pad;
      let j = i;
      while (j < items.length && this.y + h + lineHeight(items[j]!.style.size) <= this.body.bottom) h += lineHeight(items[j++]!.style.size);
      if (j === i) {
        this.newPage();
        continue;
      }
      this.doc.setFillColor(...tone.fill);
      this.doc.rect(this.left, this.y, this.width, h, 'F');
      this.doc.setFillColor(...tone.bar);
      this.doc.rect(this.left, this.y, 1.4, h, 'F');
      let top = this.y + pad;
      while (i < j) {
        // The title's lines, then each paragraph's, in one run each (the spacers between have styles of their own).
        const { style } = items[i]!;
        const first = top;
        const lines: string[] = [];
        for (; i < j && items[i]!.style === style; i++) {
          lines.push(items[i]!.line);
          top += lineHeight(style.size);
        }
        this.drawLines(lines, this.left + pad + 2, first, style);
      }
      this.y += h;
      if (i < items.length) this.newPage();
    }
    this.gap(3);
  }
}
