// Tables for the flow: columns by fraction of the body width, wrapped cells, rows that move to the next
// page whole when they can, split line by line when a single row is taller than a page, and the header
// repeated on every page the table continues on.
import type { Flow, TextStyle } from './layout';
import { COLOR, SIZE, lineHeight } from './theme';

export interface Column {
  header: string;
  /** Share of the body width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableOptions {
  /** A two-column label/value list: no header row, the first column tinted and bold. */
  labelled?: boolean;
  size?: number;
  /** Shown above the rows continued on a new page, when there is no header row to repeat (e.g. "Kamera 8 (forts.)"). */
  continued?: string;
}

const PAD_X = 1.6;
const PAD_Y = 1.2;

interface LaidRow {
  cells: string[][];
  lines: number;
}

interface Prepared {
  xs: number[];
  ws: number[];
  lh: number;
  header: LaidRow | null;
  headerHeight: number;
  rows: LaidRow[];
  styleOf: (col: number) => TextStyle;
  head: TextStyle;
}

/**
 * A table measured for its height (tableHeight) and then drawn lays out the same rows twice; the profile of
 * the stress document showed column widths and wrapping as a tenth of its time, so the layout is
 * kept per rows array. It depends only on the flow, the columns, the rows and the size, never on the cursor.
 */
const prepared = new WeakMap<string[][], { flow: Flow; columns: Column[]; size: number | undefined; labelled: boolean; p: Prepared }>();

function prepare(flow: Flow, columns: Column[], rows: string[][], options: TableOptions): Prepared {
  const hit = prepared.get(rows);
  const labelled = options.labelled ?? false;
  if (hit && hit.flow === flow && hit.columns === columns && hit.size === options.size && hit.labelled === labelled) return hit.p;
  const p = layout(flow, columns, rows, options);
  prepared.set(rows, { flow, columns, size: options.size, labelled, p });
  return p;
}

function layout(flow: Flow, columns: Column[], rows: string[][], options: TableOptions): Prepared {
  const size = options.size ?? SIZE.table;
  const body: TextStyle = { size };
  const label: TextStyle = { size, bold: true, color: COLOR.text };
  const head: TextStyle = { size, bold: true, color: COLOR.white };
  const lh = lineHeight(size);
  const styleOf = (col: number): TextStyle => (options.labelled && col === 0 ? label : body);
  const ws = columnWidths(flow, columns, rows, (col) => (options.labelled ? styleOf(col) : head), styleOf);
  const xs: number[] = [];
  let x = flow.left;
  for (const w of ws) {
    xs.push(x);
    x += w;
  }
  const layRow = (cells: string[], style: (col: number) => TextStyle): LaidRow => {
    const wrapped = columns.map((_, i) => flow.wrap(cells[i] ?? '', ws[i]! - 2 * PAD_X, style(i)));
    return { cells: wrapped, lines: Math.max(1, ...wrapped.map((c) => c.length)) };
  };
  const header = options.labelled ? null : layRow(columns.map((c) => c.header), () => head);
  const headerHeight = header ? header.lines * lh + 2 * PAD_Y : 0;
  return { xs, ws, lh, header, headerHeight, rows: rows.map((r) => layRow(r, styleOf)), styleOf, head };
}

/** The height the table takes when it is not split across pages. */
export function tableHeight(flow: Flow, columns: Column[], rows: string[][], options: TableOptions = {}): number {
  const p = prepare(flow, columns, rows, options);
  return p.headerHeight + p.rows.reduce((sum, r) => sum + r.lines * p.lh + 2 * PAD_Y, 0) + 3;
}

export function table(flow: Flow, columns: Column[], rows: string[][], options: TableOptions = {}): void {
  const { xs, ws, lh, header, headerHeight, styleOf, head, rows: laid } = prepare(flow, columns, rows, options);
  let started = false;

  const drawCells = (row: LaidRow, from: number, to: number, style: (col: number) => TextStyle): void => {
    row.cells.forEach((lines, col) => {
      const align = columns[col]!.align ?? 'left';
      if (align === 'left') {
        flow.drawLines(lines.slice(from, to), xs[col]! + PAD_X, flow.y + PAD_Y, style(col));
        return;
      }
      for (let k = from; k < Math.min(to, lines.length); k++) {
        const top = flow.y + PAD_Y + (k - from) * lh;
        flow.drawLine(lines[k]!, xs[col]! + PAD_X, top, style(col), align, ws[col]! - 2 * PAD_X);
      }
    });
  };
  const drawHeader = (): void => {
    if (!header) {
      if (options.continued && started) flow.paragraph(options.continued, { size: SIZE.small, color: COLOR.muted }, 0, 0.8);
      return;
    }
    flow.doc.setFillColor(...COLOR.headerFill);
    flow.doc.rect(flow.left, flow.y, flow.width, headerHeight, 'F');
    drawCells(header, 0, header.lines, () => head);
    flow.y += headerHeight;
  };

  // A header alone at the foot of a page is useless: keep it with the first row, or at least two lines of it.
  flow.ensure(headerHeight + Math.min(laid[0]?.lines ?? 1, 2) * lh + 2 * PAD_Y);
  drawHeader();
  started = true;

  laid.forEach((row, index) => {
    let from = 0;
    while (from < row.lines) {
      const remaining = row.lines - from;
      const { top, bottom } = flow.body;
      const fullPage = bottom - top - headerHeight;
      const needed = remaining * lh + 2 * PAD_Y;
      let fits = Math.floor((bottom - flow.y - 2 * PAD_Y + 0.01) / lh);
      // Move a row that would fit on a fresh page, or when fewer than two of its lines fit here.
      if ((needed > bottom - flow.y + 0.01 && needed <= fullPage) || fits < Math.min(2, remaining)) {
        flow.newPage();
        drawHeader();
        fits = Math.floor((bottom - flow.y - 2 * PAD_Y + 0.01) / lh);
      }
      const to = from + Math.min(fits, remaining);
      const h = (to - from) * lh + 2 * PAD_Y;
      if (options.labelled) {
        flow.doc.setFillColor(...COLOR.labelFill);
        flow.doc.rect(xs[0]!, flow.y, ws[0]!, h, 'F');
      } else if (index % 2 === 1) {
        flow.doc.setFillColor(...COLOR.zebra);
        flow.doc.rect(flow.left, flow.y, flow.width, h, 'F');
      }
      drawCells(row, from, to, styleOf);
      flow.y += h;
      flow.doc.setDrawColor(...COLOR.rule);
      flow.doc.setLineWidth(0.15);
      flow.doc.line(flow.left, flow.y, flow.body.right, flow.y);
      from = to;
      if (from < row.lines) {
        flow.newPage();
        drawHeader();
      }
    }
  });
  flow.gap(3);
}

/**
 * The columns' widths in mm: the given shares, except that a column too narrow for its longest word
 * (a date, "Skadegörelse") takes the room from columns with slack, so words break by character only
 * when there is no other way.
 */
function columnWidths(
  flow: Flow,
  columns: Column[],
  rows: string[][],
  headStyle: (col: number) => TextStyle,
  cellStyle: (col: number) => TextStyle,
): number[] {
  const widths = columns.map((c) => c.width * flow.width);
  const longest = (text: string, style: TextStyle): number =>
    Math.max(0, ...flow.clean(text).split(/\s+/).map((w) => flow.measure(w, style)));
  const need = columns.map((c, i) => {
    let w = longest(c.header, headStyle(i));
    for (const r of rows) w = Math.max(w, longest(r[i] ?? '', cellStyle(i)));
    const want = w + 2 * PAD_X + 0.2;
    // A word longer than 40 % of the page breaks in any case: such a column neither grows nor gives way.
    return want > 0.4 * flow.width ? widths[i]! : want;
  });
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, need[i]! - w), 0);
  const slack = widths.reduce((sum, w, i) => sum + Math.max(0, w - need[i]!), 0);
  if (deficit === 0 || slack < deficit) return widths;
  return widths.map((w, i) => (w < need[i]! ? need[i]! : w - ((w - need[i]!) / slack) * deficit));
}

/** Label/value pairs as a two-column table; pairs with an empty label are dropped. */
const FIELD_COLUMNS: Column[] = [
  { header: '', width: 0.32 },
  { header: '', width: 0.68 },
];
const FIELD_OPTIONS: TableOptions = { labelled: true, size: SIZE.body - 0.5 };

export function fields(flow: Flow, pairs: [string, string][], continued?: string): void {
  if (pairs.length === 0) return;
  table(flow, FIELD_COLUMNS, pairs, { ...FIELD_OPTIONS, continued });
}

export function fieldsHeight(flow: Flow, pairs: [string, string][]): number {
  return pairs.length === 0 ? 0 : tableHeight(flow, FIELD_COLUMNS, pairs, FIELD_OPTIONS);
}
