// The camera wizard with the effects main.tsx provides, made once per app: the session preloads it beside the
// record and the wizard page renders it, through the same loader, so Lazy's cache finds it at once.
import type { Services } from '../../../../ui/services';
import { wizardMachine } from '../../machine';

export type CameraMachine = typeof wizardMachine;

const loaders = new WeakMap<Services['wizard'], () => Promise<CameraMachine>>();

export function cameraMachineLoader(provide: Services['wizard']): () => Promise<CameraMachine> {
  const known = loaders.get(provide);
  if (known) return known;
  let made: Promise<CameraMachine> | null = null;
  const load = () => (made ??= provide(wizardMachine));
  loaders.set(provide, load);
  return load;
}
