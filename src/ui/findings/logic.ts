// DOM-free helpers over the domain's findings, for the panels, the stepper and the live region.
import type { Severity } from '../../engine/kind';
import type { FindingView } from '../../engine/findings';

const ORDER: Record<Severity, number> = { block: 0, escalate: 1, warn: 2, info: 3 };

export const bySeverity = (a: FindingView, b: FindingView): number => ORDER[a.severity] - ORDER[b.severity];

/** Blocking or escalating findings that were not there before: the ones worth announcing. */
export function newSevereFindings<F extends FindingView>(before: ReadonlySet<string>, now: readonly F[]): F[] {
  return now.filter((f) => (f.severity === 'block' || f.severity === 'escalate') && !before.has(f.key));
}

/** The findings shown in a step's summary; while one row of a list is open on its own page, only that row's. */
export function findingsForStep<F extends FindingView>(findings: readonly F[], step: string, openItemPath: string | null = null): F[] {
  return findings
    .filter((f) => f.step === step)
    .filter((f) => openItemPath === null || f.field.startsWith(`${openItemPath}.`))
    .sort(bySeverity);
}

/** How many findings of each severity, for a one-line count above a summary. */
export function countBySeverity(findings: readonly FindingView[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { block: 0, escalate: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * The findings to show while the principal types: a finding that arose on a text field since it took focus
 * waits until focus leaves it (`held`: the element id of each such field, with the finding keys it had then).
 */
export function shownFindings<F extends FindingView>(findings: readonly F[], held: ReadonlyMap<string, ReadonlySet<string>>, idOf: (path: string) => string): readonly F[] {
  if (held.size === 0) return findings;
  return findings.filter((f) => {
    const before = held.get(idOf(f.field));
    return before === undefined || before.has(f.key);
  });
}
