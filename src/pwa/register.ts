// Service-worker registration in prompt mode: the page, not the worker, decides when an update reloads.
import { registerSW } from 'virtual:pwa-register';

export interface PwaHandlers {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
}

export interface Pwa {
  /** Flushes unsaved work, then activates the waiting worker and reloads once it controls the page. */
  applyUpdate: () => Promise<void>;
}

export function startPwa(handlers: PwaHandlers, beforeReload: () => Promise<void>): Pwa {
  if (!('serviceWorker' in navigator)) return { applyUpdate: async () => location.reload() };
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: handlers.onNeedRefresh,
    onOfflineReady: handlers.onOfflineReady,
    // workbox-window only reloads when it saw the update start; after a first install in this same page
    // (clientsClaim) it does not, so the page listens for the new controller itself.
    onNeedReload: reloadOnce,
  });
  return {
    applyUpdate: async () => {
      await beforeReload();
      navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
      await updateSW(true);
    },
  };
}
