// Message keys are derived, never typed twice: `<kind>.q.<template>` (and `.help`), `<kind>.opt.<set>.<value>`,
// `<kind>.rule.<id>`, `<kind>.outcome.<id>.name`, `<kind>.step.<id>`. Kind-agnostic.
export interface CatalogueParts {
  questions: Readonly<Record<string, readonly [string, string]>>;
  options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  rules: Readonly<Record<string, string>>;
  outcomes: Readonly<Record<string, string>>;
  steps: Readonly<Record<string, string>>;
  /** Anything else, keyed `<kind>.<key>`. */
  other?: Readonly<Record<string, string>>;
}

export type Catalogue = Readonly<Record<string, string>>;

export const catalogueOf = (kind: string, p: CatalogueParts): Catalogue => {
  const out: Record<string, string> = {};
  for (const [t, [label, help]] of Object.entries(p.questions)) {
    out[`${kind}.q.${t}`] = label;
    out[`${kind}.q.${t}.help`] = help;
  }
  for (const [set, values] of Object.entries(p.options)) {
    for (const [value, text] of Object.entries(values)) out[`${kind}.opt.${set}.${value}`] = text;
  }
  for (const [id, text] of Object.entries(p.rules)) out[`${kind}.rule.${id}`] = text;
  for (const [id, text] of Object.entries(p.outcomes)) out[`${kind}.outcome.${id}`] = text;
  for (const [id, text] of Object.entries(p.steps)) out[`${kind}.step.${id}`] = text;
  for (const [key, text] of Object.entries(p.other ?? {})) out[`${kind}.${key}`] = text;
  return out;
};
