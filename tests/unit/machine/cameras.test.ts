import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/assessments/camera/domain';
import { cameraView } from '../../../src/assessments/camera/machine';
import { draft, start } from './helpers';

function onCameras(policy = defaultPolicy) {
  const w = start(draft((a) => ({ ...a, step: 'cameras' })), { policy });
  w.send({ type: 'item.add', list: 'cameras', id: 'c1' });
  w.send({ type: 'item.add', list: 'cameras', id: 'c2' });
  return w;
}

describe('the per-camera sub-flow', () => {
  it('shows the list until a camera is opened, and the unanswered branch first', () => {
    const w = onCameras();
    expect(cameraView(w.snap())).toEqual({ mode: 'list' });
    w.send({ type: 'camera.open', id: 'missing' });
    expect(cameraView(w.snap())).toEqual({ mode: 'list' });
    w.send({ type: 'camera.open', id: 'c2' });
    expect(cameraView(w.snap())).toMatchObject({ mode: 'editing', cameraId: 'c2', cameraIndex: 1, branch: 'unanswered' });
    w.send({ type: 'camera.close' });
    expect(cameraView(w.snap())).toEqual({ mode: 'list' });
  });

  it('leads a public place to its questions and to förvaltningen under the default policy', () => {
    const w = onCameras();
    w.send({ type: 'camera.open', id: 'c1' });
    w.send({ type: 'answer.set', path: 'cameras.0.publicAccess', value: 'yes' });
    expect(w.snap().matches({ cameras: { editing: { public: 'centralReview' } } })).toBe(true);
    expect(cameraView(w.snap())).toMatchObject({ branch: 'public', centralReview: true });
  });

  it('keeps a public place local when the organisation has no central review', () => {
    const w = onCameras({ ...defaultPolicy, centralReviewOfPublicAreas: false });
    w.send({ type: 'camera.open', id: 'c1' });
    w.send({ type: 'answer.set', path: 'cameras.0.publicAccess', value: 'yes' });
    expect(w.snap().matches({ cameras: { editing: { public: 'local' } } })).toBe(true);
    expect(cameraView(w.snap())).toMatchObject({ branch: 'public', centralReview: false });
  });

  it('leads a non-public place to the local questions and "unsure" to guidance', () => {
    const w = onCameras();
    w.send({ type: 'camera.open', id: 'c1' });
    w.send({ type: 'answer.set', path: 'cameras.0.publicAccess', value: 'no' });
    expect(w.snap().matches({ cameras: { editing: 'nonPublic' } })).toBe(true);
    w.send({ type: 'answer.set', path: 'cameras.0.publicAccess', value: 'unsure' });
    expect(w.snap().matches({ cameras: { editing: 'unsure' } })).toBe(true);
  });

  it('keeps the answers of a branch when the public answer switches away and back', () => {
    const w = onCameras();
    w.send({ type: 'camera.open', id: 'c1' });
    w.send({ type: 'answer.set', path: 'cameras.0.publicAccess', value: 'yes' });
    w.send({ type: 'answer.set', path: 'cameras.0.publicArea.othersPresent', value: 'Fotbollsklubben' });
    w.send({ type: 'answer.set', path: 'cameras.0.publicAccess', value: 'no' });
    w.send({ type: 'answer.set', path: 'cameras.0.nonPublicArea.proportionality', value: 'Bara taket' });
    expect(cameraView(w.snap())).toMatchObject({ branch: 'nonPublic' });
    w.send({ type: 'answer.set', path: 'cameras.0.publicAccess', value: 'yes' });
    expect(cameraView(w.snap())).toMatchObject({ branch: 'public' });
    expect(w.doc().cameras[0]?.publicArea.othersPresent).toBe('Fotbollsklubben');
    expect(w.doc().cameras[0]?.nonPublicArea.proportionality).toBe('Bara taket');
  });

  it('reopens a camera in the branch its saved answer chose', () => {
    const w = onCameras();
    w.send({ type: 'answer.set', path: 'cameras.1.publicAccess', value: 'no' });
    w.send({ type: 'camera.open', id: 'c1' });
    w.send({ type: 'camera.open', id: 'c2' }); // switching camera directly
    expect(cameraView(w.snap())).toMatchObject({ cameraId: 'c2', branch: 'nonPublic' });
  });

  it('returns to the list when the open camera is removed', () => {
    const w = onCameras();
    w.send({ type: 'camera.open', id: 'c1' });
    w.send({ type: 'item.remove', list: 'cameras', id: 'c1' });
    expect(cameraView(w.snap())).toEqual({ mode: 'list' });
    expect(w.snap().context.editingCameraId).toBeNull();
  });

  it('leaves the step from an open camera with nav.next and closes it', () => {
    const w = onCameras();
    w.send({ type: 'camera.open', id: 'c1' });
    w.send({ type: 'nav.next' });
    expect(w.snap().matches('balancing')).toBe(true);
    expect(w.snap().context.editingCameraId).toBeNull();
    w.send({ type: 'nav.back' });
    expect(cameraView(w.snap())).toEqual({ mode: 'list' });
  });
});
