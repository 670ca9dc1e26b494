// Subsets DejaVu Sans (regular, bold) for the PDF: jsPDF's built-in fonts cover Windows-1252 only,
// so names like Łódź, Erdős or Čapek need an embedded Unicode font. Skips work when outputs are fresh.
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';

const root = new URL('../', import.meta.url);
const sourceDir = new URL('node_modules/dejavu-fonts-ttf/ttf/', root);
const outDir = new URL('src/pdf/fonts/generated/', root);
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** Inclusive code point ranges: the Latin script as European names use it, plus the symbols the PDF draws. */
const RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1 Supplement
  [0x100, 0x17f], // Latin Extended-A (Ł, ő, Č …)
  [0x180, 0x24f], // Latin Extended-B (Ș, Ț, ǎ …)
  [0x2b9, 0x2dd], // spacing modifiers (ʼ ˇ ˘ ˙ ˛ ˜ ˝)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese, Welsh ŵ ŷ)
  [0x2000, 0x206f], // General Punctuation (– — ‘ ’ “ ” • … ‰)
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2610, 0x2612], // ☐ ☑ ☒
  [0x2713, 0x2717], // ✓ ✔ ✕ ✖ ✗
  [0xfffd, 0xfffd], // � marks a character the font lacks
];

function rangeText() {
  let text = '';
  for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);
  return text;
}

async function mtime(url) {
  try {
    return (await stat(url)).mtimeMs;
  } catch {
    return -1;
  }
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const self = await mtime(new URL(import.meta.url));
  const text = rangeText();
  for (const name of FONTS) {
    const src = new URL(name, sourceDir);
    const out = new URL(name, outDir);
    const outTime = await mtime(out);
    const fresh = outTime > Math.max(await mtime(src), self);
    if (!fresh) {
      const input = await readFile(src);
      // No hinting and no OpenType layout: jsPDF neither shapes text nor uses TrueType instructions.
      const subset = await subsetFont(input, text, { targetFormat: 'truetype', noHinting: true, keepFeatures: [] });
      await writeFile(out, subset);
    }
    const bytes = await readFile(out);
    const kib = (n) => (n / 1024).toFixed(1);
    console.log(
      `${fresh ? 'up to date' : 'built'}  ${fileURLToPath(out)}  ${kib(bytes.length)} KiB raw, ${kib(gzipSync(bytes).length)} KiB gzip`,
    );
  }
}

main().catch((error) => {
  console.error('build-fonts failed:', error);
  process.exit(1);
});
