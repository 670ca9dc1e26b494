// A camera's attached image with its field of view marked (added 2026-12): restored as written when present,
// absent when not, so every document made before keeps its canonical form and fingerprint.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, newCamera, restore } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { SIGNED_V1_JSON } from '../../fixtures/build/signed-v1';

const raw = (): Assessment => JSON.parse(readFileSync(SIGNED_V1_JSON, 'utf8')) as Assessment;
const HASH = 'ab'.repeat(32);

function withView(view: unknown): unknown {
  const a = raw();
  return { ...a, cameras: [{ ...a.cameras[0], view }, ...a.cameras.slice(1)] };
}

describe('a camera view', () => {
  it('a signed file from before views restores without one and keeps its fingerprint', async () => {
    const restored = restore(raw());
    if (!restored.ok) throw new Error('does not restore');
    expect(restored.value.cameras.every((c) => !('view' in c))).toBe(true);
    expect(await fingerprint(restored.value)).toBe(raw().signoff?.fingerprint);
    expect('view' in newCamera('x', 0)).toBe(false);
  });

  it('restores as written, and its hash is part of the signed content', () => {
    const view = { attachment: HASH, polygon: [[0, 0], [1, 0.5], [0.25, 1]] };
    const restored = restore(withView(view));
    expect(restored.ok && restored.value.cameras[0]?.view).toEqual(view);
    const other = restore(withView({ ...view, attachment: 'cd'.repeat(32) }));
    expect(restored.ok && other.ok && canonicalJson(restored.value) !== canonicalJson(other.value)).toBe(true);
  });

  it('a removed image ("" and no points) restores; missing fields get their defaults', () => {
    const restored = restore(withView({}));
    expect(restored.ok && restored.value.cameras[0]?.view).toEqual({ attachment: '', polygon: [] });
  });

  it('refuses a hash that is not 64 hex digits, points outside the image, and too many points', () => {
    for (const view of [
      { attachment: 'not-a-hash', polygon: [] },
      { attachment: HASH, polygon: [[1.5, 0]] },
      { attachment: HASH, polygon: [[0.5]] },
      { attachment: HASH, polygon: Array.from({ length: 101 }, () => [0.5, 0.5]) },
      'a string',
    ]) {
      expect(restore(withView(view)).ok, JSON.stringify(view).slice(0, 60)).toBe(false);
    }
  });
});
