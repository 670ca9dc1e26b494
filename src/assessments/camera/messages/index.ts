// The camera kind's catalogue, one language at a time: each group imported with `?lang=` keeps only that half
// (vite.config.ts, oneLanguage), so a Swedish visit never fetches the English words. The two lists are the same.
// The lifecycle group (cards, reviews, later decisions) is home's: it comes with home's catalogue, which is loaded
// first and again in every language switched to (src/ui/i18n/load.ts), so the camera pages always have it.
import type { Lang } from '../../../engine/kind';
import { loadCatalogue, type Catalogue, type GroupModule, type KeysOf } from '../../../engine/messages';
import type { lifecycleMessages } from './lifecycle';
import type { wizardCameras } from './wizardCameras';
import type { wizardSteps } from './wizardSteps';

/** The keys the camera pages, and home's lifecycle parts, ask the shell's translator for. */
export type CameraMessageKey = KeysOf<typeof wizardSteps | typeof wizardCameras | typeof lifecycleMessages>;

const halves = {
  sv: import.meta.glob<GroupModule>(['./wizardSteps.ts', './wizardCameras.ts'], { query: '?lang=sv' }),
  en: import.meta.glob<GroupModule>(['./wizardSteps.ts', './wizardCameras.ts'], { query: '?lang=en' }),
};

export const cameraMessages: Readonly<Record<Lang, () => Promise<Catalogue>>> = {
  sv: () => loadCatalogue('sv', halves.sv),
  en: () => loadCatalogue('en', halves.en),
};
