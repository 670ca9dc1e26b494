// The longest text restore accepts at a dotted answer path, read from the schema itself, so a field can enforce
// exactly the limit that decides whether the saved assessment can be read again. One source: schema.ts.
import { AssessmentSchema, MAX_TEXT } from './schema';

/** The parts of a valibot schema this walk needs. */
interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
  options?: readonly SchemaNode[];
  pipe?: readonly { type: string; requirement?: unknown }[];
}

const unwrap = (node: SchemaNode): SchemaNode => (node.wrapped ? unwrap(node.wrapped) : node);

function child(node: SchemaNode, key: string): SchemaNode | undefined {
  const n = unwrap(node);
  if (n.entries) return n.entries[key];
  if (n.type === 'array') return n.item;
  if (n.type === 'record') return n.value;
  if (n.options) return n.options.map((o) => child(o, key)).find((c) => c !== undefined);
  return undefined;
}

function maxLengthOf(node: SchemaNode): number | null {
  const found = unwrap(node).pipe?.find((action) => action.type === 'max_length');
  return typeof found?.requirement === 'number' ? found.requirement : null;
}

const root = AssessmentSchema as unknown as SchemaNode;
const cache = new Map<string, number>();

/**
 * The maximum length of the text at `path` ('problem.description', 'cameras.3.name', 'justifications.k'), in
 * UTF-16 code units as restore counts them. A path the schema does not know gets the general limit.
 */
export function textLimitAt(path: string): number {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.0');
  const known = cache.get(generic);
  if (known !== undefined) return known;
  let node: SchemaNode | undefined = root;
  for (const key of generic.split('.')) node = node && child(node, key);
  const limit = (node && maxLengthOf(node)) ?? MAX_TEXT;
  cache.set(generic, limit);
  return limit;
}
