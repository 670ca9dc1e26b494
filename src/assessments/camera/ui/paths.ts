// Which camera an answer path belongs to, for opening that camera's own page.

/** 'cameras.3.sound' → 3: the camera a path belongs to, or null. */
export function cameraIndexOfPath(path: string): number | null {
  const match = /^cameras\.(\d+)(\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}
