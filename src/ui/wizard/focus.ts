// Moving focus to a question the principal asked to see: the exact field, or the nearest group around it.
import { fieldId, pathAndParents } from '../fields/paths';

/** Focuses the element itself, or for a group of radio buttons or checkboxes the chosen (or first) one. */
export function focusElement(el: HTMLElement): void {
  // A question inside a closed "Varför frågar vi?" or similar disclosure must be visible to be focused.
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  let target: HTMLElement = el;
  if (el instanceof HTMLFieldSetElement) {
    target = el.querySelector<HTMLElement>('input:checked') ?? el.querySelector<HTMLElement>('input, select, textarea, button') ?? el;
  }
  if (target === el && el.tabIndex < 0 && !el.matches('input, select, textarea, button, a[href]')) el.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/** Focuses the question at path, or its nearest enclosing group; false when none is on the page. */
export function focusPath(path: string): boolean {
  for (const candidate of pathAndParents(path)) {
    const el = document.getElementById(fieldId(candidate));
    if (el) {
      focusElement(el);
      return true;
    }
  }
  return false;
}

export function focusById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  focusElement(el);
  return true;
}

/** The page's h1 (StepHeading), when nothing closer to the request is on the page. */
export function focusHeading(): void {
  document.querySelector<HTMLElement>('h1.page-title')?.focus();
}
