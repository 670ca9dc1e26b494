// Reads a PDF back the way a reader of the filed document would, with pdf.js from node_modules: no poppler,
// no program outside node_modules, so unit tests (vitest) and browser tests (Playwright) run on a bare machine.
// pdfjs-dist 5 runs in Node only through its legacy build; it parses in this process (no worker thread).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  /** Position in points, origin bottom left (PDF user space). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageText {
  width: number;
  height: number;
  /** Non-blank text items in content-stream order, the order jsPDF drew them. */
  items: TextItem[];
}

export interface PdfContent {
  pages: PageText[];
  /** The document information dictionary (Title, Author, Keywords, Language, Creator …). */
  info: Record<string, unknown>;
}

/** Every text item of every page with its position, and the document properties. */
export async function pdfContent(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it is given and refuses a Node Buffer: hand it a plain copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height }]
          : [],
      );
      pages.push({ width, height, items });
    }
    const meta = await doc.getMetadata();
    return { pages, info: meta.info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

/**
 * The text of a PDF: one line per baseline, in drawing order, pages separated by a form feed (as poppler
 * does). Items on the same baseline are joined with a space where pdf.js saw a gap, so a table row reads
 * "cell cell" and a sentence reads as written.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { pages } = await pdfContent(bytes);
  return pages.map((page) => linesOf(page.items).join('\n')).join('\n\f');
}

function linesOf(items: TextItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let last: TextItem | null = null;
  for (const item of items) {
    if (last && Math.abs(item.y - last.y) > Math.max(1, 0.3 * last.height)) {
      lines.push(line);
      line = '';
      last = null;
    }
    const gap = last ? item.x - (last.x + last.width) : 0;
    line += last && gap > 0.15 * item.height && !line.endsWith(' ') ? ` ${item.str}` : item.str;
    last = item;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** For "does the text contain …": whitespace and hyphens (line breaks, hyphenation) removed. */
export const squash = (s: string): string => s.replace(/[\s\u00ad-]+/g, '');
