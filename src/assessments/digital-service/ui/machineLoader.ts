// The validation wizard with the effects main.tsx provides, made once per app, so Lazy's cache finds it at once
// on every later validation opened.
import type { Services } from '../../../ui/services';
import { serviceMachine, type ServiceMachine } from '../machine/wizard.machine';

const loaders = new WeakMap<Services['wizard'], () => Promise<ServiceMachine>>();

export function serviceMachineLoader(provide: Services['wizard']): () => Promise<ServiceMachine> {
  const known = loaders.get(provide);
  if (known) return known;
  let made: Promise<ServiceMachine> | null = null;
  const load = () => (made ??= provide(serviceMachine));
  loaders.set(provide, load);
  return load;
}
