// Dotted answer paths ('incidents.2.date', 'contract.dpa'), the one way every kind names an answer.

/** The value at a dotted path, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The question a path answers, rows replaced by '*': 'incidents.2.date' → 'incidents.*.date'. */
export const templateOf = (path: string): string =>
  path
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? '*' : s))
    .join('.');
