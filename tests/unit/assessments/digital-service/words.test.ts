// The digital-service words arrive one language at a time: a screen reads what the shell loaded beside its page,
// and a PDF loads its own language first, since a verified document's may differ from the screen's. Each test
// starts from fresh modules, as a page does before the kind's words arrived (the setup file loads both).
import { describe, expect, test, vi } from 'vitest';
import type { Lang } from '../../../../src/engine/kind';
import { nodeDeps, pdfText, squash } from '../../pdf/helpers';
import { serviceFixture } from './fixtures';

const fresh = async () => {
  vi.resetModules();
  const [text, messages, render] = await Promise.all([
    import('../../../../src/assessments/digital-service/ui/text'),
    import('../../../../src/assessments/digital-service/messages'),
    import('../../../../src/assessments/digital-service/pdf/render'),
  ]);
  return { ...text, ...messages, ...render };
};

describe('the digital-service words', () => {
  test('a screen shows the words of the language loaded, and only of that one', async () => {
    const { dsText, serviceMessages } = await fresh();
    await serviceMessages.sv();
    const sv = dsText('sv');
    expect([sv.t('untitled'), sv.step('service'), sv.option('yesNo', 'yes'), sv.t('plat.title')]).toEqual(['Namnlös tjänst', 'Tjänst och omfattning', 'Ja', 'Plattformsvalidering']);
    // English has not arrived: its keys, never a crash, and never the Swedish words under an English page.
    expect(dsText('en').t('untitled')).toBe('untitled');
    await serviceMessages.en();
    expect(dsText('en').t('untitled')).toBe('Untitled service');
  });

  test("each language's keys are the same, all under the kind's id, the screens' under its .ui.", async () => {
    const { serviceMessages } = await fresh();
    const keys = async (lang: Lang) => Object.keys(await serviceMessages[lang]()).sort();
    const [sv, en] = await Promise.all([keys('sv'), keys('en')]);
    expect(sv).toEqual(en);
    expect(sv.filter((k) => !k.startsWith('digital-service.'))).toEqual([]);
    expect(sv).toContain('digital-service.ui.save.saved');
    expect(sv).toContain('digital-service.ui.reval.title');
  });

  test('a PDF in English is made in English on a page that loaded only Swedish', async () => {
    const { serviceMessages, renderServicePdf, dsText } = await fresh();
    await serviceMessages.sv();
    const doc = serviceFixture('05-swedish-lms');
    const bytes = await renderServicePdf({ doc, decidedOn: '2026-12-04', lang: 'en', now: new Date('2026-12-04T10:00:00Z') }, nodeDeps);
    const text = squash(await pdfText(bytes));
    expect(text).toContain(squash('Service and scope'));
    expect(text).not.toContain(squash('Tjänst och omfattning'));
    // The screen's language stays what it was.
    expect(dsText('sv').step('service')).toBe('Tjänst och omfattning');
  });
});
