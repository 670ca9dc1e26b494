// A long page drawn part by part: the first parts at once, then one more after each frame. Drawing and laying
// out the review's every answer was one task of about 300 ms on a slow phone (CPU slowed 4×: 127 ms render,
// 115 ms layout), which holds any tap for that long; part by part, each task is short and what is on screen
// first (the summary, the findings) is not kept waiting for what is below it.
import { useEffect, useState } from 'preact/hooks';

/** How many of `count` parts to draw now: `first` at once, then one more per frame until all are drawn. */
export function useProgressive(count: number, first = 1): number {
  const [shown, setShown] = useState(first);
  // Preact runs effects in a task after the next frame, so each part gets a task and a layout of its own.
  useEffect(() => {
    if (shown < count) setShown((n) => n + 1);
  }, [shown, count]);
  // Printed (or saved as PDF) before the last part is drawn: every part at once, before the page is laid out for paper.
  useEffect(() => {
    const all = () => setShown(count);
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [count]);
  return Math.min(shown, count);
}
