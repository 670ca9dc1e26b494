// The part of storage that restores, validates or summarizes documents needs the camera domain (valibot, the
// rules: most of the app's code). It loads on first use, so the home page's read path (idb, the summaries
// store, settings) comes without it: a first visit that only lists fetches none of it.
import { summarizerReady } from './summarizer';

/** An async function of a module loaded on first call; the call waits for it (a failed load rejects the call). */
export function later<A extends unknown[], R>(load: () => Promise<(...args: A) => Promise<R>>): (...args: A) => Promise<R> {
  return (...args) => load().then((f) => f(...args));
}

/** The rows' module, with the kind's summarizer ready (every write stores the summary toRow asks it for). */
export const rows = () => Promise.all([import('./assessments'), summarizerReady()]).then(([m]) => m);
export const backupImport = () => Promise.all([import('./backup-import'), summarizerReady()]).then(([m]) => m);
export const backupExport = () => import('./backup-export');
export const conflicts = () => Promise.all([import('./conflicts'), summarizerReady()]).then(([m]) => m);
export const known = () => import('./known');
export const attachments = () => import('./attachments');
