// The question engine is engine code: it imports no kind, only valibot, its neighbours and the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../src/engine/questions/', import.meta.url);

describe('the question engine', () => {
  it.each(readdirSync(DIR))('%s imports only valibot, its neighbours and the engine', (file) => {
    const source = readFileSync(new URL(file, DIR), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const path of imports) expect(path).toMatch(/^(valibot|\.\/[a-z-]+|\.\.\/[a-z-]+)$/);
  });
});
