// The summary read path stays small: what src/storage/summaries.ts loads statically is idb and a few small
// files, never valibot, the rules or xstate (the home page can load it alone on a first visit).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../../..');

/** Value imports and re-exports (not `import type`, not dynamic import()) of one file. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) specs.push(m[1]!);
  return specs;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [join(ROOT, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(file).filter((s) => !s.endsWith('.css'))) {
      const next = resolve(file, spec);
      if (next) todo.push(next);
      else packages.add(spec);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

describe('the summary read path', () => {
  it('loads only idb, the connection and small pure helpers', () => {
    const { files, packages } = graph('src/storage/summaries.ts');
    expect(packages).toEqual(['idb']);
    expect(files).toEqual(['src/engine/days.ts', 'src/storage/db.ts', 'src/storage/provided.ts', 'src/storage/store-kind.ts', 'src/storage/summaries.ts', 'src/storage/summarizer.ts']);
  });

  it('the crawler sees what the store kind main.tsx provides loads (valibot through the domain)', () => {
    const { files } = graph('src/assessments/camera/store.ts');
    expect(files).toContain('src/assessments/camera/domain/index.ts');
    expect(files.some((f) => f.startsWith('src/assessments/camera/domain/rules'))).toBe(true);
  });
});

describe('storage', () => {
  // Kinds are injected (main.tsx provides the store's kind and its summarizer): no storage module loads one.
  const modules = readdirSync(join(ROOT, 'src/storage')).filter((f) => f.endsWith('.ts'));
  for (const module of modules) {
    it(`src/storage/${module} loads no kind's code`, () => {
      expect(graph(`src/storage/${module}`).files.filter((f) => f.startsWith('src/assessments/'))).toEqual([]);
    });
  }
});

// The first visit of home: storage's public face and the home page load neither the domain nor valibot nor
// xstate statically; whatever restores or evaluates a document comes with import() on first use.
const HEAVY = (f: string) => f.startsWith('src/assessments/camera/domain/') && !/\/(types|areas|outcomes|rule-helpers)\.ts$/.test(f);

describe('the first visit of home', () => {
  for (const entry of ['src/storage/index.ts', 'src/ui/home/Home.tsx', 'src/main.tsx']) {
    it(`${entry} loads no rules, no valibot, no xstate, no summarizer`, () => {
      const { files, packages } = graph(entry);
      expect(files.filter(HEAVY)).toEqual([]);
      expect(files).not.toContain('src/assessments/camera/summarize.ts');
      expect(files).not.toContain('src/storage/assessments.ts');
      // Other kinds (and the registry, which imports every kind) load only when such documents are stored; of a
      // kind the shell holds only its catalogue's loaders (messages/index.ts, an import() per language).
      const kindCode = (f: string) => (f.startsWith('src/assessments/digital-service/') && f !== 'src/assessments/digital-service/messages/index.ts') || f === 'src/assessments/registry.ts';
      expect(files.filter(kindCode)).toEqual([]);
      expect(packages.filter((p) => ['valibot', 'xstate', 'jspdf'].includes(p))).toEqual([]);
    });
  }
});
