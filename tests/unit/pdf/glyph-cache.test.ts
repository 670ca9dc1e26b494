import { describe, expect, test } from 'vitest';
import { cacheGlyphEncoding, literalOf } from '../../../src/pdf/glyph-cache';
import { newDocument } from '../../../src/pdf/document';
import { loadFonts, registerFonts } from '../../../src/pdf/fonts';
import { FONT } from '../../../src/pdf/theme';
import { nodeDeps, textItems } from './helpers';

/** A one-page PDF with the lines drawn one under the other, in the app's embedded fonts. */
async function pdfOf(lines: [string, 'normal' | 'bold'][]): Promise<Uint8Array> {
  const doc = newDocument('sv');
  registerFonts(doc, await loadFonts(nodeDeps));
  lines.forEach(([line, weight], i) => {
    doc.setFont(FONT, weight);
    doc.text(line, 20, 15 + 5.5 * i);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

const strings = async (bytes: Uint8Array): Promise<string[]> => (await textItems(bytes)).pages.flatMap((p) => p.items.map((it) => it.str));

describe('the glyph encoding, remembered per string and font', () => {
  test('is set up once for the one handler jsPDF has, however often documents are made', () => {
    expect(cacheGlyphEncoding()).toBe(1);
    expect(cacheGlyphEncoding()).toBe(1);
  });

  test('prints a repeated line, in either weight, as the first time', async () => {
    const lines: [string, 'normal' | 'bold'][] = [
      ['Pál Erdős, Łódź', 'normal'],
      ['Pál Erdős, Łódź', 'bold'],
      ['Pál Erdős, Łódź', 'normal'],
      ['Ja', 'bold'],
      ['Ja', 'normal'],
    ];
    expect(await strings(await pdfOf(lines))).toEqual(lines.map(([line]) => line));
  });

  test('gives each document its own font: a line printed before in another PDF still reads back', async () => {
    await pdfOf([['Čeština och Åsa', 'normal']]);
    expect(await strings(await pdfOf([['Čeština och Åsa', 'normal']]))).toEqual(['Čeština och Åsa']);
  });

  test('writes codes as a literal string, escaping what a reader would otherwise take for syntax or a line end', () => {
    expect(literalOf('0041000d000a0028002900 5c'.replace(' ', ''))).toBe('\0A\0\\r\0\\n\0\\(\0\\)\0\\\\');
  });

  test('prints every character the font has, whatever bytes its glyph ids make', async () => {
    const fonts = await loadFonts(nodeDeps);
    // Visible characters only (pdf.js drops spaces and format marks), compared as pdf.js normalises (µ → μ).
    const chars = [...fonts.coverage].map((cp) => String.fromCodePoint(cp)).filter((c) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(c));
    const lines: [string, 'normal' | 'bold'][] = [];
    for (let i = 0; i < chars.length; i += 40) for (const w of ['normal', 'bold'] as const) lines.push([chars.slice(i, i + 40).join(''), w]);
    const printed = (await strings(await pdfOf(lines))).join('').normalize('NFKC');
    expect(printed).toBe(lines.map(([line]) => line).join('').normalize('NFKC'));
  });
});
