// The kind that keeps the assessments store, provided by main.tsx as the summarizer is: storage restores,
// checks signatures and scans images with it, and names no kind. Its code (valibot, restore) loads with the
// first part of storage that reads whole documents (later.ts), never for the home list.
import type { StoreKind } from '../engine/store-kind';
import { provided } from './provided';

const slot = provided<StoreKind>("No store kind provided: main.tsx must call provideStoreKind before storage reads documents.");

export const provideStoreKind: (kind: StoreKind) => void = slot.provide;
export const provideStoreKindLater: (load: () => Promise<StoreKind>) => void = slot.provideLater;
/** The provided kind, for code that runs only after `storeKindReady()` (later.ts) has answered. */
export const storeKind: () => StoreKind = slot.get;
export const storeKindReady: () => Promise<StoreKind> = slot.ready;
