// Each step has its own URL (#/a/<id>/<step>): the browser's Back and Forward move between steps, and a reload
// opens the step (and the question) the principal was on. Whatever leaves the step, what was typed is committed
// first, so Back never leaves a step, or the wizard, with keystrokes still waiting in a field.
import { useEffect, useRef } from 'preact/hooks';
import type { StepId } from '../../domain';
import { STEP_IDS } from '../../domain';
import type { WizardEvent, WizardSnapshot } from '../../machine';
import { canGoTo, currentStep } from '../../machine';
import { navigate, parseRoute, replaceRoute } from '../../../../ui/router';

const isStep = (s: string | undefined): s is StepId => s !== undefined && (STEP_IDS as readonly string[]).includes(s);

/** The step named in the URL for assessment `id`, or null (another page, no step, an unknown step). */
export function urlStep(id: string, hash: string = location.hash): StepId | null {
  const route = parseRoute(hash);
  return route.name === 'assessment' && route.id === id && isStep(route.step) ? route.step : null;
}

/**
 * The event that takes the wizard from `from` to `to` as the browser's history asks: the step before is Back
 * (so a return to the review is not set up), any other step reached is a jump; null when the move is not allowed.
 */
export function stepMove(snapshot: WizardSnapshot, to: StepId): WizardEvent | null {
  const from = currentStep(snapshot);
  if (from === to) return null;
  if (STEP_IDS.indexOf(to) === STEP_IDS.indexOf(from) - 1 && snapshot.can({ type: 'nav.back' })) return { type: 'nav.back' };
  return canGoTo(snapshot, to) ? { type: 'nav.goto', step: to } : null;
}

// The question that had focus, per assessment, for a reload: sessionStorage lives as long as the tab.
const focusKey = (id: string) => `kamerabedomning.focus.${id}`;

export function rememberFocus(id: string, step: StepId, elementId: string): void {
  try {
    sessionStorage.setItem(focusKey(id), JSON.stringify({ step, elementId }));
  } catch {
    // Nothing to remember it in: a reload then focuses the step's heading, as without it.
  }
}

export function rememberedFocus(id: string, step: StepId): string | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(focusKey(id)) ?? 'null') as { step?: string; elementId?: string } | null;
    return stored && stored.step === step && typeof stored.elementId === 'string' ? stored.elementId : null;
  } catch {
    return null;
  }
}

export interface StepUrlOptions {
  id: string;
  snapshot: WizardSnapshot;
  latest: () => WizardSnapshot;
  send: (event: WizardEvent) => void;
  flushDrafts: () => void;
  locked: boolean;
}

export function useStepUrl({ id, snapshot, latest, send, flushDrafts, locked }: StepUrlOptions): void {
  const step = currentStep(snapshot);
  const options = useRef({ id, latest, send, flushDrafts, locked });
  options.current = { id, latest, send, flushDrafts, locked };

  // On opening: the step in the URL, when it can be reached (a reload, a bookmark, Forward into the wizard).
  const opened = useRef(false);
  if (!opened.current) {
    opened.current = true;
    const wanted = urlStep(id);
    const move = wanted && !locked ? stepMove(latest(), wanted) : null;
    if (move) send(move);
  }

  // The machine moved (Nästa, Tillbaka, the step list, a link to a question): a new history entry. The URL of
  // the first step shown replaces the bare #/a/<id>, so Back from it leaves the wizard instead of staying.
  // Only a move of the machine's own makes an entry. A move the browser asked for (Back, Forward) is recorded in
  // `synced` by the hashchange handler at once: this effect runs after paint, and by then a quick second Back may
  // have changed the URL again; comparing with the URL alone pushed the old step back on top and Back did nothing.
  const first = useRef(true);
  const synced = useRef<StepId | null>(null);
  useEffect(() => {
    // The address already leads elsewhere (a link or an address taken before this after-paint effect ran, and
    // its hashchange not yet delivered): it is not the wizard's to change, or the principal is pulled back.
    const route = parseRoute(location.hash);
    if (route.name !== 'assessment' || route.id !== id) return;
    const shown = urlStep(id);
    if (locked) {
      if (shown !== null) replaceRoute({ name: 'assessment', id });
    } else if (step !== synced.current && shown !== step) {
      if (first.current || shown === null) replaceRoute({ name: 'assessment', id, step });
      else navigate({ name: 'assessment', id, step });
    }
    synced.current = step;
    first.current = false;
  }, [id, step, locked]);

  useEffect(() => {
    const onHashChange = () => {
      const o = options.current;
      // Leaving the step or the wizard: what is still waiting in a field is committed (and so saved) first.
      o.flushDrafts();
      const route = parseRoute(location.hash);
      if (route.name !== 'assessment' || route.id !== o.id || o.locked) return;
      const wanted = isStep(route.step) ? route.step : null;
      const now = currentStep(o.latest());
      if (wanted === null || wanted === now) {
        if (wanted !== now) replaceRoute({ name: 'assessment', id: o.id, step: now });
        synced.current = now;
        return;
      }
      const move = stepMove(o.latest(), wanted);
      if (move) o.send(move);
      // A step not reached yet (an old URL, Forward after editing): the URL says where the principal is.
      const after = currentStep(o.latest());
      if (after !== wanted) replaceRoute({ name: 'assessment', id: o.id, step: after });
      synced.current = after;
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
