// A save line that screen readers hear when it settles ("Sparat 14:32", a failure), not at each flip to
// "sparas …" and back while the principal types: the settled words are shown inside the live region, the
// pending words beside it, outside. The region is empty while pending (an emptied region says nothing), so
// each settled line is heard once, and the line on screen is read in the page as it is, said once.
import './session.css';

/** 'pending': typing or a write not yet committed. The attribute is what the browser tests wait on. */
export type SaveLineState = 'pending' | 'saved' | 'failed';

export function CalmStatus({ text, state, class: className }: { text: string; state: SaveLineState; class?: string }) {
  const settled = state !== 'pending';
  return (
    <span class={className} data-save-state={state}>
      {!settled && text}
      <span role="status">{settled ? text : ''}</span>
    </span>
  );
}
