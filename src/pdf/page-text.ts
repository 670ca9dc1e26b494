// The text a reader sees on each page, read with pdf.js the way a PDF viewer reads it (not from the data the
// app embeds), so verification can compare what is shown with what was signed. pdf.js is loaded only here,
// lazily, on the verify page; its worker is served from the app's own origin and precached for offline use.
import type * as Pdfjs from 'pdfjs-dist';
import { lazyOnce } from '../engine/lazy';

export type PdfjsLib = Pick<typeof Pdfjs, 'getDocument'>;

export interface PageLine {
  text: string;
  /** The line's first piece of text when it is set in the document's second font (bold: a label or heading). */
  label: string | null;
}

/**
 * The browser's pdf.js: the modern build and its worker, both from this origin. Idempotent; the worker is
 * started here, so calling it when the verify page opens lets it parse its 1.2 MB before a file is chosen.
 */
export const browserPdfjs: () => Promise<PdfjsLib> = lazyOnce(() =>
  Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(worker.default, { type: 'module' });
    return pdfjs;
  }),
);

interface Item {
  str: string;
  x: number;
  y: number;
  font: string;
}

/** Items on one baseline (within half a point) form a line, read left to right; lines top to bottom. */
function linesOf(items: Item[], regular: string): PageLine[] {
  const rows: Item[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) < 0.5) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const first = row[0]!;
    return { text: row.map((i) => i.str.trim()).filter((s) => s !== '').join(' '), label: first.font !== regular ? first.str.trim() : null };
  });
}

/** Every page's lines of text, first page first. */
export async function readPageText(bytes: Uint8Array, pdfjs: PdfjsLib): Promise<PageLine[][]> {
  // No eval (the app's CSP forbids it), no font faces (nothing is drawn), a copy (pdf.js detaches the buffer).
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const pages: Item[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item && item.str.trim() !== '' ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, font: item.fontName }] : [],
        ),
      );
    }
    // The font with the most characters is the body text's; the other one is bold.
    const chars = new Map<string, number>();
    for (const item of pages.flat()) chars.set(item.font, (chars.get(item.font) ?? 0) + item.str.length);
    const regular = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    return pages.map((items) => linesOf(items, regular));
  } finally {
    await doc.destroy();
  }
}
