// 1,000 assessments on home: the first screenful renders in the first frame, the rest a batch per task after
// it. Every card still ends up in the page (find-in-page, Tab and screen readers reach all of them; content-
// visibility in home.css keeps the off-screen ones cheap to lay out), but the principal sees the list at once
// instead of after the whole list has been built.
import { useEffect, useState } from 'preact/hooks';

/** Cards in the first frame: more than the tallest screen shows (a card is about 18rem high). */
export const FIRST_CARDS = 20;
/** Cards per later task: short enough that a click or key press waits for at most one batch. */
export const CARD_BATCH = 100;

/** How many of `total` rows to render now; grows after each paint until all are there. */
export function useRevealed(total: number): number {
  const [shown, setShown] = useState(FIRST_CARDS);
  useEffect(() => {
    if (shown >= total) return;
    // Effects run after the frame has painted; the timeout makes the next batch a task of its own.
    const timer = setTimeout(() => setShown((n) => n + CARD_BATCH), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}
