// What the list of changes since the signed version says when a camera's image or marking changed: the hash
// shortened and the number of corners, never raw coordinates.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { diffAssessments, restore } from '../../../src/assessments/camera/domain';
import type { Assessment, CameraView } from '../../../src/assessments/camera/domain';

const base = (): Assessment => {
  const r = restore(JSON.parse(readFileSync('tests/fixtures/facade-night.json', 'utf8')));
  if (!r.ok) throw new Error('does not restore');
  return r.value;
};
const withView = (a: Assessment, view: CameraView): Assessment => ({ ...a, cameras: a.cameras.map((c, i) => (i === 0 ? { ...c, view } : c)) });

test('a new image and marking read as a short hash and a number of corners', () => {
  const a = base();
  const changes = diffAssessments(a, withView(a, { attachment: 'ab'.repeat(32), polygon: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]] }));
  expect(changes.map((c) => [c.field, c.after?.sv])).toEqual([
    ['cameras.0.view.attachment', 'bild abababababab…'],
    ['cameras.0.view.polygon', '3 hörn'],
  ]);
});
