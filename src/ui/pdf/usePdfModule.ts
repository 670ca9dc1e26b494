// Warms a kind's lazy PDF code before the first click, so the UI never waits for jsPDF's side needlessly.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Starts fetching the PDF code (idempotent) once the PDF panel is on screen or the pointer or focus reaches
 * it, so the first click does not wait. Not as the review opens: jsPDF is ~400 KiB to parse and run, and on
 * a phone that work delayed the review's own first render (mobile Lighthouse).
 */
export function usePrefetchPdf(panel: RefObject<HTMLElement | null>, load: () => Promise<unknown>): void {
  useEffect(() => {
    const el = panel.current;
    let started = false;
    const start = (): void => {
      if (started) return;
      started = true;
      stop();
      void load().catch(() => undefined); // offline without the chunk: the click will say so
    };
    const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start()) : null;
    const stop = (): void => {
      observer?.disconnect();
      el?.removeEventListener('pointerenter', start);
      el?.removeEventListener('focusin', start);
    };
    if (!el || !observer) start();
    else {
      observer.observe(el);
      el.addEventListener('pointerenter', start);
      el.addEventListener('focusin', start);
    }
    return stop;
  }, [load, panel]);
}
