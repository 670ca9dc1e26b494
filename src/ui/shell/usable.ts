// Marks the moment the first page is usable, for `npm run size` and `npm run bench` (scripts/first-visit.mjs):
// the page inside <main> has painted and no part of it is still busy (every loading state sets aria-busy).
// Observing the DOM keeps the pages themselves free of measuring code. The mark is set once per document;
// main.tsx also waits for it before registering the service worker.
export const USABLE_MARK = 'kb:usable';

export function markWhenUsable(main: Element): Promise<void> {
  return new Promise((resolve) => {
    const ready = () => main.querySelector('.page') !== null && main.querySelector('[aria-busy="true"]') === null;
    let done = false;
    const finish = () => {
      done = true;
      observer.disconnect();
      // After the frame that shows it has painted: the rAF callback runs before that paint, the task after it.
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark(USABLE_MARK);
          resolve();
        }, 0),
      );
    };
    const observer = new MutationObserver(() => !done && ready() && finish());
    observer.observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    if (ready()) finish();
  });
}
