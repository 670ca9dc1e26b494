// Where a page's document stands on disk, for every kind, and what the save line may say about it: never
// "Sparat" (or "Allt är sparat") while a keystroke on screen has not reached the document, so a save
// reported a moment ago does not vouch for text typed since.
import type { SaveLineState } from './CalmStatus';

/**
 * Nothing waits ('idle'), a change waits ('pending'), a write runs ('saving'), the last write has committed
 * (`saved`), or a write failed (`error`). A kind's failure says more (`F`): storage's AutosaveStatus, which
 * the camera wizard reports, is a SaveState whose failures carry a retry time or the stored conflict.
 */
export type SaveState<F extends { error: string } = { error: string }> = 'idle' | 'pending' | 'saving' | { saved: Date } | F;

export function shownStatus<S extends SaveState>(status: S, typing: boolean): S | 'pending' {
  const settled = status === 'idle' || (typeof status === 'object' && 'saved' in status);
  return typing && settled ? 'pending' : status;
}

/** Whether the line has settled, which is when a screen reader hears it (CalmStatus). */
export function lineStateOf(status: SaveState): SaveLineState {
  if (typeof status === 'object') return 'error' in status ? 'failed' : 'saved';
  return status === 'idle' ? 'saved' : 'pending';
}
