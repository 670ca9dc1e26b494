// The later-decision and end-of-surveillance dialogs on home, in a chunk of their own: they (and the camera
// domain they change documents with) load on the first click that opens one, never with the list. Home
// reaches them through src/assessments/home-list.ts, by the shell's contract (CardDialogs).
import { useEffect } from 'preact/hooks';
import type { DialogRequest } from '../../../../ui/home/cardActions';
import { useLifecycleDialogs } from './useLifecycleDialogs';

export function LifecycleDialogs({ request, onDone }: { request: DialogRequest | null; onDone: (message: string) => void }) {
  const lifecycle = useLifecycleDialogs((_saved, text) => onDone(text));
  useEffect(() => {
    if (request === null) return;
    if (request.action === 'end') lifecycle.openEnd(request.assessment);
    else lifecycle.openLaterDecision(request.assessment);
    // Opens once per request; the dialog functions are new on every render.
  }, [request]);
  return <>{lifecycle.dialogs}</>;
}
