// What the save status says, given what autosave reports and whether a field still holds typing: never
// "Sparat" (or "Allt är sparat") while a keystroke on screen has not reached the document, so a save
// reported a moment ago does not vouch for text typed since.
import type { AutosaveStatus } from '../../storage';

export function shownStatus(status: AutosaveStatus, typing: boolean): AutosaveStatus {
  const settled = status === 'idle' || (typeof status === 'object' && 'saved' in status);
  return typing && settled ? 'pending' : status;
}
