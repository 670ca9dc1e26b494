import { describe, expect, test } from 'vitest';
import { jsPDF } from 'jspdf';
import { guardRightToLeftPlugins, hasRightToLeft } from '../../../src/pdf/text-hooks';

type Handler = (payload: { text: unknown }) => unknown;
const handlers = (event: string): Handler[] =>
  ((jsPDF.API as { events: [string, unknown][] }).events ?? []).filter(([e, h]) => e === event && typeof h === 'function').map(([, h]) => h as Handler);

describe('the right-to-left text plugins of jsPDF', () => {
  test('both are found and guarded once, however often documents are made', () => {
    expect(guardRightToLeftPlugins()).toBe(2);
    expect(guardRightToLeftPlugins()).toBe(2);
  });

  test('tell right-to-left text from Swedish, English and replaced characters', () => {
    for (const text of ['Skolgården i Ås', 'Łódź – “quoted” …', '\uFFFD', ['a', ['b', 1, 2]]]) expect(hasRightToLeft(text)).toBe(false);
    for (const text of ['سلام', 'שלום', 'a\u200Fb', ['a', ['بيت', 1, 2]]]) expect(hasRightToLeft(text)).toBe(true);
  });

  test('Arabic is still shaped; other text is left as it is without the work', () => {
    guardRightToLeftPlugins();
    const [arabic] = handlers('preProcessText').filter((h) => !String(h).includes('utf8'));
    const latin = { text: 'Kamera 3' };
    expect(arabic!(latin)).toBe(latin);
    expect(latin.text).toBe('Kamera 3');
    const shaped = { text: 'ب' };
    arabic!(shaped);
    expect(shaped.text).not.toBe('ب'); // the isolated presentation form
  });
});
