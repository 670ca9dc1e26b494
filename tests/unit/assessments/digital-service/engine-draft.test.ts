// The engine draft stays kind-agnostic, so it can move to src/engine/questions/ unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../../src/assessments/digital-service/engine-draft/', import.meta.url);

describe('digital-service engine draft', () => {
  it.each(readdirSync(DIR))('%s imports only valibot, its neighbours and the engine', (file) => {
    const source = readFileSync(new URL(file, DIR), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const path of imports) expect(path).toMatch(/^(valibot|\.\/[a-z-]+|\.\.\/\.\.\/\.\.\/engine\/[a-z-]+)$/);
  });
});
