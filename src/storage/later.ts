// The part of storage that restores, validates or summarizes documents needs the store's kind (valibot, the
// rules: most of the app's code), provided by main.tsx as a loader. It loads on first use, so the home page's
// read path (idb, the summaries store, settings) comes without it: a first visit that only lists fetches none of it.
import { storeKindReady } from './store-kind';
import { summarizerReady } from './summarizer';

/** An async function of a module loaded on first call; the call waits for it (a failed load rejects the call). */
export function later<A extends unknown[], R>(load: () => Promise<(...args: A) => Promise<R>>): (...args: A) => Promise<R> {
  return (...args) => load().then((f) => f(...args));
}

/** A module of storage that reads whole documents, once the store's kind is ready (and with `summarized`, its summarizer). */
const withKind = <M>(load: () => Promise<M>, summarized = false): (() => Promise<M>) => () =>
  Promise.all([load(), storeKindReady(), summarized ? summarizerReady() : null]).then(([m]) => m);

/** The rows' module (every write stores the summary toRow asks the summarizer for). */
export const rows = withKind(() => import('./assessments'), true);
export const backupImport = withKind(() => import('./backup-import'), true);
export const backupExport = withKind(() => import('./backup-export'));
export const conflicts = withKind(() => import('./conflicts'), true);
export const known = withKind(() => import('./known'));
export const attachments = withKind(() => import('./attachments'));
