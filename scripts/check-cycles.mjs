// Fails on an import cycle in src/: a module that (through others) imports itself loads half-initialised,
// and a cycle across layers is a layer rule broken by the back door. Type imports count too (they vanish at
// run time, but two modules that need each other's types are one module in two files), and so does a
// dynamic import() (a lazy chunk that imports its importer back is still a tangle).
// Usage: node scripts/check-cycles.mjs [dir]   (default src)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null; // a package, not ours
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every module of ours this file imports: static, type-only or dynamic. */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specs = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specs.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0] ?? node)) {
      specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...new Set(specs.map((s) => resolveImport(file, s)).filter((f) => f !== null))];
}

const graph = new Map(files(root).map((f) => [f, importsOf(f)]));

// Tarjan's strongly connected components: each component of more than one module is a cycle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function connect(v) {
  index.set(v, counter);
  low.set(v, counter);
  counter += 1;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) !== index.get(v)) return;
  const component = [];
  let w;
  do {
    w = stack.pop();
    onStack.delete(w);
    component.push(w);
  } while (w !== v);
  if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component);
}
for (const v of graph.keys()) if (!index.has(v)) connect(v);

/** One concrete loop through the component, for a message a person can follow. */
function loopIn(component) {
  const inside = new Set(component);
  const start = component[component.length - 1];
  const path = [start];
  const seen = new Set([start]);
  for (;;) {
    const next = (graph.get(path.at(-1)) ?? []).find((w) => inside.has(w) && (w === start || !seen.has(w)));
    if (next === undefined || next === start) return [...path, start];
    path.push(next);
    seen.add(next);
  }
}

const name = (f) => relative(process.cwd(), f);
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s) in ${name(root)}:`);
  for (const c of cycles) {
    console.error(`  ${loopIn(c).map(name).join(' → ')}`);
    if (c.length > 2) console.error(`    (${c.length} modules in the tangle: ${c.map(name).join(", ")})`);
  }
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} modules in ${name(root)}.`);
