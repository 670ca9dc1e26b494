// The loader fetches a catalogue in the active language only, and a language switch loads in the new language
// every catalogue asked for so far before it completes. A fresh copy of the loader and the catalogue it fills
// (vi.resetModules), so the whole catalogue the other tests register is not there.
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type * as Load from '../../../src/ui/i18n/load';
import type * as Catalogue from '../../../src/ui/i18n/catalogue';

let loader: typeof Load;
let catalogue: typeof Catalogue;
beforeEach(async () => {
  vi.resetModules();
  [loader, catalogue] = await Promise.all([import('../../../src/ui/i18n/load'), import('../../../src/ui/i18n/catalogue')]);
});

// One key of each catalogue: home's, the shell's other groups, the camera kind's.
const probes = { home: 'home.list.label', shell: 'wiz.untitled', camera: 'step.school.title' } as const;
const known = (lang: 'sv' | 'en') => Object.entries(probes).filter(([, key]) => catalogue.lookup(lang, key) !== key).map(([name]) => name);

describe('message loading, one language at a time', () => {
  it('loads what a Swedish page asks for in Swedish and nothing in English', async () => {
    await loader.loadLanguage('sv');
    expect(known('sv')).toEqual(['home']);
    await loader.loadMessages(['shell', 'camera']);
    expect(known('sv')).toEqual(['home', 'shell', 'camera']);
    expect(known('en')).toEqual([]);
  });

  it('a switch brings every catalogue asked for so far in the new language before it completes', async () => {
    await loader.loadLanguage('sv');
    await loader.loadMessages(['shell']);
    expect(known('en')).toEqual([]);
    await loader.loadLanguage('en');
    expect(known('en')).toEqual(['home', 'shell']);
    // A page opened after the switch loads in English only.
    await loader.loadMessages(['camera']);
    expect(known('en')).toEqual(['home', 'shell', 'camera']);
    expect(known('sv')).toEqual(['home', 'shell']);
  });

  it('a Swedish half imported with ?lang=sv carries no English (the build drops it)', async () => {
    const halves = import.meta.glob<Record<string, object>>('../../../src/assessments/camera/messages/wizardSteps.ts', { query: '?lang=sv' });
    const modules = await Promise.all(Object.values(halves).map((load) => load()));
    expect(modules.flatMap((m) => Object.values(m).map((group) => Object.keys(group)))).toEqual([['sv']]);
  });

  it('an unknown catalogue rejects, and the language still switches', async () => {
    await expect(loader.loadMessages(['no-such-kind'])).rejects.toThrow(/no-such-kind/);
    await expect(loader.loadLanguage('en')).rejects.toThrow(/no-such-kind/);
    await loader.loadMessages(['camera']);
    expect(known('en')).toEqual(['home', 'camera']);
  });
});
