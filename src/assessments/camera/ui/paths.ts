// Which camera an answer path belongs to, for opening that camera's own page.
import type { Assessment, StepId } from '../domain';
import type { WizardEvent } from '../machine';

/** 'cameras.3.sound' → 3: the camera a path belongs to, or null. */
export function cameraIndexOfPath(path: string): number | null {
  const match = /^cameras\.(\d+)(\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

/**
 * What the wizard sends, once on the path's step, to show the path's question: a camera's answer opens that
 * camera's page; anything else on the cameras step shows the list of cameras.
 */
export function revealEvents(path: string, step: StepId, a: Assessment): WizardEvent[] {
  const index = cameraIndexOfPath(path);
  const camera = index === null ? undefined : a.cameras[index];
  if (camera) return [{ type: 'camera.open', id: camera.id }];
  return step === 'cameras' ? [{ type: 'camera.close' }] : [];
}
