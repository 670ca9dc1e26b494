// Getting the subset DejaVu fonts into jsPDF. In the browser they are fetched from URLs Vite emits (and
// the service worker precaches); tests pass their own loader that reads the files from disk.
import type { jsPDF } from 'jspdf';
import type { Coverage } from './coverage';
import { fontCoverage } from './coverage';
import { FONT } from './theme';

export type FontFile = 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf';

export interface PdfDeps {
  loadFont(name: FontFile): Promise<Uint8Array>;
}

/** The browser's loader: literal `new URL(..., import.meta.url)` so Vite emits both files as assets. */
export const browserDeps: PdfDeps = {
  async loadFont(name) {
    const url =
      name === 'DejaVuSans.ttf'
        ? new URL('./fonts/generated/DejaVuSans.ttf', import.meta.url)
        : new URL('./fonts/generated/DejaVuSans-Bold.ttf', import.meta.url);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`font ${name} could not be loaded (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  },
};

export interface LoadedFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Characters both weights can draw. */
  coverage: Coverage;
  /** Both files as jsPDF's virtual file system takes them: binary strings. */
  files: { regular: string; bold: string };
}

/** jsPDF's virtual file system takes a binary string. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return out;
}

async function readFonts(deps: PdfDeps): Promise<LoadedFonts> {
  const [regular, bold] = await Promise.all([deps.loadFont('DejaVuSans.ttf'), deps.loadFont('DejaVuSans-Bold.ttf')]);
  const boldCoverage = fontCoverage(bold);
  const coverage = new Set([...fontCoverage(regular)].filter((cp) => boldCoverage.has(cp)));
  return { regular, bold, coverage, files: { regular: binaryString(regular), bold: binaryString(bold) } };
}

/**
 * The fonts are the same for every PDF a loader gives: fetched, read for their coverage and turned into
 * binary strings once per loader, not per document (a fixed cost of every PDF, the short ones most). A
 * load that failed is forgotten, so the next PDF tries again (offline before the fonts were cached).
 */
const loaded = new WeakMap<PdfDeps, Promise<LoadedFonts>>();

export function loadFonts(deps: PdfDeps): Promise<LoadedFonts> {
  let fonts = loaded.get(deps);
  if (fonts === undefined) {
    fonts = readFonts(deps);
    loaded.set(deps, fonts);
    fonts.catch(() => loaded.delete(deps));
  }
  return fonts;
}

export function registerFonts(doc: jsPDF, fonts: LoadedFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', fonts.files.regular);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.files.bold);
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}
