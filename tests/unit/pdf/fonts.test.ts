import { describe, expect, test } from 'vitest';
import { loadFonts, type PdfDeps } from '../../../src/pdf/fonts';
import { fontBytes } from './helpers';

describe('the embedded fonts', () => {
  test('are fetched once per loader, however many PDFs are made', async () => {
    const asked: string[] = [];
    const deps: PdfDeps = {
      loadFont: async (name) => {
        asked.push(name);
        return fontBytes(name);
      },
    };
    const first = await loadFonts(deps);
    const again = await loadFonts(deps);
    expect(asked.sort()).toEqual(['DejaVuSans-Bold.ttf', 'DejaVuSans.ttf']);
    expect(again).toBe(first);
    expect(first.coverage.has('ő'.codePointAt(0)!)).toBe(true);
  });

  test('that failed to load are fetched again by the next PDF', async () => {
    let offline = true;
    const deps: PdfDeps = {
      loadFont: async (name) => {
        if (offline) throw new Error('offline');
        return fontBytes(name);
      },
    };
    await expect(loadFonts(deps)).rejects.toThrow('offline');
    offline = false;
    expect((await loadFonts(deps)).files.regular.length).toBe(fontBytes('DejaVuSans.ttf').length);
  });
});
