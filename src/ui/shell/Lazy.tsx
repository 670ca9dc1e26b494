// Pages other than the home page load on first visit, so the first paint carries only the shell and the list.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

const cache = new Map<() => Promise<unknown>, unknown>();

/** Loads ahead of the render that needs it, so that render finds the module at once (no loading flash). */
export function preload<M>(load: () => Promise<M>): Promise<M> {
  return load().then((m) => {
    cache.set(load, m);
    return m;
  });
}

export function Lazy<M>({ load, render }: { load: () => Promise<M>; render: (module: M) => ComponentChildren }) {
  const { t } = useI18n();
  const [module, setModule] = useState<M | null>(() => (cache.get(load) as M | undefined) ?? null);
  const [failed, setFailed] = useState(false);
  // A layout effect, run as this render commits: a plain effect waits for the next frame before it even listens,
  // and on a first visit home's chunk (preloaded, still resolving) then rendered a frame or more late (20–100 ms
  // on a loaded machine), with the list read starting only after that.
  useLayoutEffect(() => {
    if (module) return;
    let live = true;
    load().then(
      (m) => {
        cache.set(load, m);
        if (live) setModule(m);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load, module]);
  if (module) return <>{render(module)}</>;
  if (failed) {
    return (
      <div class="page" role="alert">
        <p>{t('error.body')}</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
  return <Loading />;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="page progress muted" aria-busy="true">
      <span class="spinner" aria-hidden="true" /> {t('session.loading.page')}
    </p>
  );
}
