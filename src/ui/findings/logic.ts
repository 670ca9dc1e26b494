// DOM-free helpers over the domain's findings, for the panels, the stepper and the live region.
import type { Severity } from '../../engine/kind';
import type { Finding, StepId } from '../../assessments/camera/domain';

const ORDER: Record<Severity, number> = { block: 0, escalate: 1, warn: 2, info: 3 };

export const bySeverity = (a: Finding, b: Finding): number => ORDER[a.severity] - ORDER[b.severity];

/** Blocking or escalating findings that were not there before: the ones worth announcing. */
export function newSevereFindings(before: ReadonlySet<string>, now: readonly Finding[]): Finding[] {
  return now.filter((f) => (f.severity === 'block' || f.severity === 'escalate') && !before.has(f.key));
}

/** The findings shown in a step's summary; while one row of a list is open on its own page, only that row's. */
export function findingsForStep(findings: readonly Finding[], step: StepId, openItemPath: string | null = null): Finding[] {
  return findings
    .filter((f) => f.step === step)
    .filter((f) => openItemPath === null || f.field.startsWith(`${openItemPath}.`))
    .sort(bySeverity);
}

/** How many findings of each severity, for a one-line count above a summary. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { block: 0, escalate: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * The findings to show while the principal types: a finding that arose on a text field since it took focus
 * waits until focus leaves it (`held`: the element id of each such field, with the finding keys it had then).
 */
export function shownFindings(findings: readonly Finding[], held: ReadonlyMap<string, ReadonlySet<string>>, idOf: (path: string) => string): Finding[] {
  if (held.size === 0) return findings as Finding[];
  return findings.filter((f) => {
    const before = held.get(idOf(f.field));
    return before === undefined || before.has(f.key);
  });
}
