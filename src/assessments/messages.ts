// Each kind's message catalogue, one language at a time, for the shell to load with a kind's page without the
// registry (every kind's code) coming along. Like pages.ts, the shell imports this list, never a kind; a kind's
// contract (`messages`) hands out the same loaders.
import type { Lang } from '../engine/kind';
import type { Catalogue } from '../engine/messages';
import { cameraMessages, type CameraMessageKey } from './camera/messages';
import { serviceMessages } from './digital-service/messages';

export const kindCatalogues: Readonly<Record<string, Readonly<Record<Lang, () => Promise<Catalogue>>>>> = {
  camera: cameraMessages,
  'digital-service': serviceMessages,
};

/**
 * Every key a kind's pages ask the shell's translator for, as each kind declares them (the digital service speaks
 * through its own, dsText): the shell's catalogue types them from here, so a key no catalogue has does not compile.
 */
export type KindMessageKey = CameraMessageKey;
