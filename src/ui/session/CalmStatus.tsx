// A save line that screen readers hear when it settles ("Sparat 14:32", a failure), not at each flip to
// "sparas …" and back while the principal types: the live region holds only the settled words, and is empty
// meanwhile (an emptied region says nothing). The words on screen are read in the page as usual; while the
// line has settled they are hidden from screen readers, so the same words are not read twice.
import './session.css';

/** 'pending': typing or a write not yet committed. The attribute is what the browser tests wait on. */
export type SaveLineState = 'pending' | 'saved' | 'failed';

export function CalmStatus({ text, state, class: className }: { text: string; state: SaveLineState; class?: string }) {
  const settled = state !== 'pending';
  return (
    <span class={className} data-save-state={state}>
      <span aria-hidden={settled ? 'true' : undefined}>{text}</span>
      <span class="visually-hidden" role="status">
        {settled ? text : ''}
      </span>
    </span>
  );
}
