import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

// The first page of a visit keeps the browser's own focus start; only later page and step changes move focus.
let firstView = true;

/** A page's h1 that takes focus when it appears, so a screen reader hears where the principal now is. */
export function StepHeading({ children, focusKey }: { children: ComponentChildren; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstView) {
      firstView = false;
      return;
    }
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} class="page-title">
      {children}
    </h1>
  );
}
