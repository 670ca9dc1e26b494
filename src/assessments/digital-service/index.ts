// The digital-service kind in the shape of the kind contract (shared/design/assessment-kinds.md), as far
// as this pure domain goes: no UI, storage, PDF or migrations yet. Messages load per language.
import { evaluate } from './evaluate';
import { OUTCOMES, VERDICTS } from './outcomes';
import { predicates } from './predicates';
import { stepList } from './questions';
import { rulebook } from './rules';
import { documentSchema, empty, FORMAT, KIND_ID, parseDocument, SCHEMA_VERSION } from './schema';
import { summarize } from './summarize';
import { serviceMessages } from './messages';

export const digitalService = {
  id: KIND_ID,
  format: FORMAT,
  schemaVersion: SCHEMA_VERSION,
  steps: stepList,
  schema: documentSchema,
  parse: parseDocument,
  empty,
  predicates,
  rules: rulebook,
  outcomes: { precedence: OUTCOMES, verdicts: VERDICTS },
  evaluate,
  summarize,
  messages: serviceMessages,
} as const;

export type { ServiceDoc } from './schema';
export type { Evaluation, Finding, Task } from './evaluate';
export type { ServiceSummary, RegisterStatus } from './summarize';
