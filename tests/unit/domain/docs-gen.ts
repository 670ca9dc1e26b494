// Renders the published documents from the domain's own data, so they cannot drift from the code:
// docs/rules.md from the rulebook, docs/assessment.schema.json from the valibot schema, and the field
// table inside docs/assessment-format.md. Pure functions; docs.test.ts compares them
// with the committed files and, with UPDATE_DOCS=1 (npm run docs), writes them.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { Rule } from '../../../src/assessments/camera/domain';
import { ASSESSMENT_FORMAT, OUTCOME_PRECEDENCE, RULEBOOK_CHECKED, SCHEMA_VERSION, fieldLabel, rulebook } from '../../../src/assessments/camera/domain';
import { AssessmentSchema } from '../../../src/assessments/camera/domain/schema';
import { kinds } from '../../../src/assessments/registry';
import type { AssessmentKind, BaseDoc } from '../../../src/engine/kind';

type JsonSchema = { [key: string]: unknown };

export const SCHEMA_ID = `https://kamerabedomning.example/schema/assessment-v${SCHEMA_VERSION}.json`;

export function assessmentJsonSchema(): JsonSchema {
  // The schema's one transform only names a checked pair's type (a ViewPoint); it changes no value.
  const body = toJsonSchema(AssessmentSchema, { errorMode: 'throw', ignoreActions: ['transform'] }) as JsonSchema;
  const { $schema: _drop, ...rest } = body;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: `Kamerabedömning: assessment document, schema version ${SCHEMA_VERSION}`,
    description: `A documented balancing of interests before camera surveillance in a Swedish school ("${ASSESSMENT_FORMAT}"). Generated from src/assessments/camera/domain/schema.ts; see docs/assessment-format.md.`,
    ...rest,
  };
}

export const renderSchema = (): string => `${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`;

/** Every kind but the camera assessment (whose schema keeps its published name): docs/<kind>.schema.json. */
export const otherKinds = (): AssessmentKind<BaseDoc>[] => kinds.kinds.filter((k) => k.id !== 'camera');

export function renderKindSchema(kind: AssessmentKind<BaseDoc>): string {
  const body = toJsonSchema(kind.schema, { errorMode: 'ignore' }) as JsonSchema;
  const { $schema: _drop, ...rest } = body;
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://kamerabedomning.example/schema/${kind.id}-v${kind.schemaVersion}.json`,
    title: `${kind.name.en}: document, schema version ${kind.schemaVersion}`,
    description: `${kind.name.sv} ("${kind.format}"). Generated from src/assessments/${kind.id}/ by npm run docs.`,
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** One kind's rules from its registry entry: the same table for every kind. */
function kindRules(kind: AssessmentKind<BaseDoc>): string[] {
  return [
    `## ${kind.name.en} (\`${kind.id}\`)`,
    '',
    `${kind.name.sv}: outcomes, strongest first: ${kind.outcomes.map((o) => `\`${o}\` (${kind.outcomeName(o, 'sv')})`).join(', ')}.`,
    '',
    '| Id | Severity | Field | Source | Checked |',
    '| --- | --- | --- | --- | --- |',
    ...kind.rules.map(
      (r) => `| \`${r.id}\`${r.unverified ? ' *(unverified)*' : ''} | ${r.severity} | \`${r.field}\` | ${r.url ? `[${cell(r.source)}](${r.url})` : cell(r.source)} | ${r.checked} |`,
    ),
    '',
  ];
}

const SEVERITY: Record<Rule['severity'], string> = {
  block: 'block: stops approval',
  escalate: 'escalate: the principal cannot decide alone',
  warn: 'warn: read and may answer with a justification',
  info: 'info: guidance or routing',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const link = (r: Rule) => (r.source.url ? `[${cell(r.source.title)}](${r.source.url})` : cell(r.source.title));

export function renderRules(): string {
  const lines = [
    '# Kamerabedömning: the rulebook',
    '',
    '<!-- Generated from src/assessments/camera/domain/rules-*.ts by `npm run docs`; do not edit by hand. -->',
    '',
    `Each rule was checked against the domain brief on its own date (column *Checked*; the latest is ${RULEBOOK_CHECKED}). Rules first`,
    'checked on 2026-11-23 rest on sources dated up to 2025; rules added or changed on 2026-12-05 on the brief\'s entries marked (2026-12).',
    'Rules marked *Ej verifierad / not verified* rest on sources the brief could not confirm: the app shows them as guidance,',
    'marked "Ej verifierad" (sv) or "Not verified" (en) with their date, never as law.',
    '',
    'A rule fires on an answer given. A required answer not yet given is reported as *missing* (naming the rule that',
    'requires it, where one does), never as a violation. Findings are keyed by rule id, or rule id + `:` + camera id',
    '(or the id of the row concerned); a principal answers a warning in `justifications[key]`.',
    '',
    '## Outcomes',
    '',
    'Derived, never typed. The strongest applicable outcome wins, in this order:',
    '',
    ...OUTCOME_PRECEDENCE.map((o, i) => `${i + 1}. \`${o}\``),
    '',
    '`blocked` comes from a `block` finding; `try-other-measures` from KB-H05 (no documented need, no alternative',
    'considered); `incomplete` from missing answers; `escalate` from an `escalate` finding; `central-review` from',
    'KB-P01 when the organisation policy sends public places to the administration. Sign-off: `principal-decides` →',
    'a decision, `central-review` → a request for review, `escalate` → a referral; otherwise no sign-off.',
    '',
    'Error rules (KB-H16 reversed hours, KB-H17 implausible values, KB-H18 end date on a new camera) mark an answer that',
    'cannot be right: severity `block` but leading to `incomplete`, so the case is treated as not answered and the message says why.',
    '',
    '## Rules',
    '',
    '| Id | Severity | Step | Scope | Message (sv) | Source | Checked |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rulebook.map(
      (r) =>
        `| \`${r.id}\`${r.unverified ? ' *(Ej verifierad / not verified)*' : ''} | ${SEVERITY[r.severity]} | ${r.step} | ${r.perCamera ? 'per camera' : 'whole case'} | ${cell(r.message.sv)} | ${link(r)} | ${r.checked} |`,
    ),
    '',
    '## Messages in English',
    '',
    ...rulebook.map((r) => `- \`${r.id}\` (field \`${r.field}\`): ${r.message.en}`),
    '',
    '# The other assessment kinds',
    '',
    'Generated from each kind\'s entry in `src/assessments/registry.ts`. What could and could not be verified of each',
    'source is noted beside the kind (`docs/rules-<kind>.md`).',
    '',
    ...otherKinds().flatMap(kindRules),
  ];
  return lines.join('\n');
}

// --- The field table of docs/assessment-format.md, from the JSON Schema.

const FIELDS_START = '<!-- fields:start (generated by npm run docs) -->';
const FIELDS_END = '<!-- fields:end -->';

function typeOf(s: JsonSchema): string {
  if ('const' in s) return `\`${JSON.stringify(s.const)}\``;
  if (Array.isArray(s.enum)) return s.enum.map((v) => (v === '' ? '`""`' : `\`${String(v)}\``)).join(' | ');
  const union = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(union)) return [...new Set(union.map(typeOf))].join(' or ');
  if (s.type === 'array') return `list of ${typeOf((s.items ?? {}) as JsonSchema)}`;
  if (s.type === 'object') return 'group';
  if (s.type === 'string' && typeof s.pattern === 'string') {
    if (s.pattern.includes('T\\d{2}')) return 'date-time';
    if (s.pattern.includes('[01]\\d|2[0-3]')) return 'time HH:MM';
    if (s.pattern.includes('\\d{4}-')) return 'date YYYY-MM-DD';
  }
  return String(s.type ?? 'any');
}

/** The object schemas a field may hold: itself, the object of a nullable, the variants of a union. */
const objectsIn = (s: JsonSchema): JsonSchema[] => {
  const union = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  return s.type === 'object' ? [s] : Array.isArray(union) ? union.flatMap(objectsIn) : [];
};

function rows(schema: JsonSchema, path: string[], out: Map<string, string>): void {
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  for (const [key, child] of Object.entries(props)) {
    const here = [...path, key];
    const dotted = here.join('.');
    const plain = fieldLabel(dotted.replace(/\.\*/g, '.0')).sv.replace(/^(Kamera|Händelse|Åtgärd|Behörighet|Beslut) 1: (tidsfönster 1, )?/, '');
    const label = plain.charAt(0).toUpperCase() + plain.slice(1);
    const def = 'default' in child ? `\`${JSON.stringify(child.default)}\`` : required.has(key) ? 'required' : '';
    const items = child.type === 'array' ? objectsIn((child.items ?? {}) as JsonSchema) : [];
    const groups = objectsIn(child).filter((o) => o.properties);
    const type = items.length > 0 ? 'list of groups' : groups.length > 0 && child.type === 'object' ? 'group' : typeOf(child);
    if (!out.has(dotted)) out.set(dotted, `| \`${dotted}\` | ${cell(type)} | ${def} | ${cell(label.toLowerCase() === dotted.toLowerCase() ? '' : label)} |`);
    for (const group of groups) rows(group, here, out);
    for (const item of items) rows(item, [...here, '*'], out);
  }
}

export function renderFieldTable(): string {
  const out = new Map<string, string>();
  rows(assessmentJsonSchema(), [], out);
  return ['| Field | Type | Default | Question (sv) |', '| --- | --- | --- | --- |', ...out.values()].join('\n');
}

/** The format document with its generated field table replaced; the prose around it is hand-written. */
export function renderFormat(current: string): string {
  const start = current.indexOf(FIELDS_START);
  const end = current.indexOf(FIELDS_END);
  if (start === -1 || end === -1) throw new Error(`docs/assessment-format.md needs the markers ${FIELDS_START} and ${FIELDS_END}`);
  return `${current.slice(0, start + FIELDS_START.length)}\n\n${renderFieldTable()}\n\n${current.slice(end)}`;
}
