// A kind's wizard machine with the effects main.tsx provides, made once per app: every page that asks for it
// (the session preloading it beside the record, the wizard page rendering it) gets the same loader, so Lazy's
// cache finds the machine at once. Keyed by the services' provider, as a test may run the app with its own.
export function machineLoaders<M>(machine: M): (provide: (machine: M) => Promise<M>) => () => Promise<M> {
  const loaders = new WeakMap<(machine: M) => Promise<M>, () => Promise<M>>();
  return (provide) => {
    const known = loaders.get(provide);
    if (known) return known;
    let made: Promise<M> | null = null;
    const load = () => (made ??= provide(machine));
    loaders.set(provide, load);
    return load;
  };
}
