// The images an assessment refers to: each camera's drawing or photo, named by the SHA-256 its bytes are
// stored under. Storage checks the names and reads the bytes; only the camera kind knows where they sit.
import type { Assessment } from './types';

export const imageRefs = (a: Pick<Assessment, 'cameras'>): string[] => a.cameras.flatMap((c) => (c.view ? [c.view.attachment] : []));
