// Shared by the PDF tests: fonts from disk (built by the same script as `npm run build`), text read back
// with poppler's pdftotext, and a signed copy of a fixture.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfDeps } from '../../../src/pdf/fonts';

const FONT_DIR = 'src/pdf/fonts/generated';
let built = false;

function ensureFonts(): void {
  if (built) return;
  // The script skips work when the fonts are newer than their sources, so this is cheap after the first run.
  execFileSync(process.execPath, ['scripts/build-fonts.mjs'], { stdio: 'pipe' });
  built = true;
}

export function fontBytes(name: string): Uint8Array {
  ensureFonts();
  return new Uint8Array(readFileSync(join(FONT_DIR, name)));
}

export const nodeDeps: PdfDeps = { loadFont: async (name) => fontBytes(name) };

/** The text of a PDF as poppler reads it; `-raw` keeps content-stream order so table cells are not interleaved. */
export function pdfText(bytes: Uint8Array, raw = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
