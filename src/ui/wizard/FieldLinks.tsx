// Questions as a list of buttons, each taking the principal to its question: what is missing, what stops the
// decision. One list for the review, the gap summaries and the signing form, so they read and work alike.
export interface FieldLink {
  key: string;
  label: string;
  go: () => void;
  /** Why the question is listed (a blocking finding's message), after the button. */
  why?: string;
}

export function FieldLinks({ links }: { links: readonly FieldLink[] }) {
  return (
    <ul>
      {links.map((l) => (
        <li key={l.key}>
          <button type="button" class="link-button" onClick={l.go}>
            {l.label}
          </button>
          {l.why !== undefined && <span class="review-summary__why">{l.why}</span>}
        </li>
      ))}
    </ul>
  );
}
