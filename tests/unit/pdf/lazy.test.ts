// jsPDF (~126 KiB gzip) must stay out of the initial chunk: nothing the UI imports statically from
// src/pdf or a kind's PDF entry may reach it; only the dynamic import('./render') behind each entry does.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Specifiers a file loads at run time: `import … from`, `export … from`, bare `import '…'`; not `import type`. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  const re = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every package a module pulls in through static imports, transitively. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      const next = resolve(file, spec);
      if (next) visit(next);
      else if (!spec.startsWith('.')) packages.add(spec.split('/')[0]!);
    }
  };
  visit(entry);
  return packages;
}

describe('the lazy PDF entry', () => {
  test('reaches no jspdf through static imports', () => {
    expect(packagesReached('src/pdf/index.ts')).not.toContain('jspdf');
    expect(packagesReached('src/assessments/camera/pdf/entry.ts')).not.toContain('jspdf');
  });

  test('imports no kind\'s PDF code itself: the verifier reaches it through the kind (registry)', () => {
    expect(readFileSync('src/pdf/index.ts', 'utf8')).not.toMatch(/import\(['"][./]*assessments\/(camera|digital-service)\//);
  });

  test.skipIf(!existsSync('src/main.tsx'))('the app entry reaches no jspdf through static imports either', () => {
    expect(packagesReached('src/main.tsx')).not.toContain('jspdf');
  });

  test('the renderer behind the dynamic import does use jspdf (so the check above is not vacuous)', () => {
    expect(packagesReached('src/assessments/camera/pdf/render.ts')).toContain('jspdf');
    expect(readFileSync('src/assessments/camera/pdf/entry.ts', 'utf8')).toMatch(/import\(['"]\.\/render['"]\)/);
  });
});
