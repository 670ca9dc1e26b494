import { describe, expect, test } from 'vitest';
import { newDocument } from '../../../src/pdf/document';
import { loadFonts, registerFonts } from '../../../src/pdf/fonts';
import { BODY_STYLE, Flow } from '../../../src/pdf/layout';
import { MISSING_MARK } from '../../../src/pdf/coverage';
import { lineHeight } from '../../../src/pdf/theme';
import { nodeDeps, textItems } from './helpers';

async function flowOf(): Promise<Flow> {
  const doc = newDocument('sv');
  const fonts = await loadFonts(nodeDeps);
  registerFonts(doc, fonts);
  return new Flow(doc, fonts.coverage, () => {});
}

/** Every text item as the reader gets it: the words and where they sit, to 1/100 pt. */
async function placed(flow: Flow): Promise<string[]> {
  const { pages } = await textItems(new Uint8Array(flow.doc.output('arraybuffer')));
  return pages.flatMap((p, n) => p.items.map((it) => `${n + 1} ${it.x.toFixed(2)} ${it.y.toFixed(2)} ${it.str}`));
}

const LINES = ['Kameran vid entrén', 'Åsa Öberg, Pál Erdős', '', 'Łódź och Čeština', 'sista raden'];

describe('lines drawn as one run', () => {
  test('land where they do drawn one by one, an empty line keeping its place', async () => {
    const one = await flowOf();
    LINES.forEach((line, i) => one.drawLine(line, 30.3, 40.7 + i * lineHeight(BODY_STYLE.size), BODY_STYLE));
    const run = await flowOf();
    run.drawLines(LINES, 30.3, 40.7, BODY_STYLE);
    const expected = await placed(one);
    expect(expected).toHaveLength(4);
    expect(await placed(run)).toEqual(expected);
  });

  test('a paragraph longer than a page goes on over the page break, line by line in order', async () => {
    const flow = await flowOf();
    const words = Array.from({ length: 2400 }, (_, i) => `ord${i + 1}`);
    flow.paragraph(words.join(' '));
    const items = await placed(flow);
    expect(flow.page).toBeGreaterThan(1);
    expect(items.flatMap((it) => it.split(' ').slice(3))).toEqual(words);
  });

  test('a replaced character in any line of a run gets its page the note', async () => {
    const flow = await flowOf();
    flow.drawLines(['rad ett', `rad ${MISSING_MARK}`, 'rad tre'], 30, 40, BODY_STYLE);
    expect([...flow.markedPages]).toEqual([1]);
  });
});
