// Home's messages on a first visit come in one language (vite.config.ts keeps one half of each group); a switch
// brings the other. The test setup registers every group, so these read the halves themselves.
import { describe, expect, it } from 'vitest';
import { groups as sv } from '../../../src/ui/i18n/first-sv';
import { groups as en } from '../../../src/ui/i18n/first-en';
import { home } from '../../../src/ui/i18n/messages/home';
import { lifecycleMessages } from '../../../src/assessments/camera/messages/lifecycle';
import type { MessageGroup, Messages } from '../../../src/engine/messages';

const halves = (modules: typeof sv) => modules.flatMap((m) => Object.values(m)) as Partial<MessageGroup<Messages>>[];

describe('home messages, one language at a time', () => {
  it('the Swedish half holds every Swedish home text and no English', () => {
    const groups = halves(sv);
    expect(groups).toHaveLength(6);
    expect(groups.every((g) => g.en === undefined && g.sv !== undefined)).toBe(true);
    expect(groups.map((g) => g.sv)).toContainEqual(home.sv);
    expect(groups.map((g) => g.sv)).toContainEqual(lifecycleMessages.sv);
  });

  it('the English half holds every English home text and no Swedish', () => {
    const groups = halves(en);
    expect(groups.every((g) => g.sv === undefined && g.en !== undefined)).toBe(true);
    expect(groups.map((g) => g.en)).toContainEqual(home.en);
    expect(groups.map((g) => g.en)).toContainEqual(lifecycleMessages.en);
  });
});
