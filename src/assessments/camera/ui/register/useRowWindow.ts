// Only the rows near the screen: a register of 1,000 assessments has thousands of rows of ten cells each, and
// building them all took seconds. Rows above and below the window are one spacer row each, as tall as the rows
// they stand for (their average height, measured), so the page scrolls as if all were there. Printing renders
// every row. Below WINDOW_FROM rows nothing is left out.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

export const WINDOW_FROM = 150;
/** Rows kept beyond each edge of the screen, so fast scrolling rarely shows a gap. */
const BUFFER = 40;
const FIRST = 80;

export interface RowWindow {
  start: number;
  end: number;
  /** Heights in px of the spacers standing for rows [0, start) and [end, count). */
  before: number;
  after: number;
}

export function useRowWindow(count: number, body: RefObject<HTMLTableSectionElement | null>): RowWindow {
  const windowed = count >= WINDOW_FROM;
  const [range, setRange] = useState<[number, number]>(() => [0, windowed ? Math.min(count, FIRST) : count]);
  const rowHeight = useRef(48);
  const printing = useRef(false);

  useLayoutEffect(() => {
    // The average height of the rows shown (spacers excluded) stands for the rows not shown.
    const rows = body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-row]');
    if (!rows || rows.length === 0) return;
    const first = rows[0]!.getBoundingClientRect();
    const last = rows[rows.length - 1]!.getBoundingClientRect();
    const average = (last.bottom - first.top) / rows.length;
    if (average > 0) rowHeight.current = average;
  });

  useEffect(() => {
    if (!windowed) {
      setRange([0, count]);
      return;
    }
    let frame = 0;
    const update = () => {
      frame = 0;
      const tbody = body.current;
      if (!tbody || printing.current) return;
      const h = rowHeight.current;
      const top = tbody.getBoundingClientRect().top;
      const start = Math.max(0, Math.min(count, Math.floor(-top / h) - BUFFER));
      const end = Math.max(start, Math.min(count, Math.ceil((window.innerHeight - top) / h) + BUFFER));
      setRange((r) => (r[0] === start && r[1] === end ? r : [start, end]));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const beforePrint = () => {
      printing.current = true;
      setRange([0, count]);
    };
    const afterPrint = () => {
      printing.current = false;
      schedule();
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [count, windowed, body]);

  const start = Math.min(range[0], count);
  const end = Math.min(Math.max(range[1], start), count);
  return { start, end, before: start * rowHeight.current, after: (count - end) * rowHeight.current };
}
