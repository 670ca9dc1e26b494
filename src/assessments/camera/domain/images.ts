// The images an assessment refers to: each camera's drawing or photo, named by the SHA-256 its bytes are
// stored under. Storage checks the names and reads the bytes; only the camera kind knows where they sit.
import type { Assessment } from './types';

export const imageRefs = (a: Pick<Assessment, 'cameras'>): string[] => a.cameras.flatMap((c) => (c.view ? [c.view.attachment] : []));

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * The images a stored row refers to, read without trusting its shape: rows of every schema version, and a
 * damaged one, are scanned before an image no longer named is deleted, so none may throw or be skipped.
 */
export function imageRefsIn(raw: unknown): string[] {
  const cameras = isRecord(raw) && Array.isArray(raw.cameras) ? raw.cameras : [];
  return cameras.flatMap((c: unknown) => {
    const view = isRecord(c) ? c.view : null;
    return isRecord(view) && typeof view.attachment === 'string' ? [view.attachment] : [];
  });
}
