// Turning a chosen file into the image that is stored: decoded by the browser, downscaled to at most
// 1600 px on the long side and re-encoded. Loaded only when someone attaches an image, so the wizard does
// not carry the canvas code. A phone photo of 4–12 MB becomes a JPEG of a few hundred kB.
import type { AttachmentType } from '../../../../storage';

/** Long side in pixels: enough to read a floor plan on an A4 page, small enough to back up by the hundred. */
export const MAX_SIDE = 1600;
const JPEG_QUALITY = 0.85;
/** A drawing kept as PNG (sharp lines) unless that makes it heavier than this; then it becomes a JPEG too. */
const PNG_KEEP_BYTES = 2 * 1024 * 1024;

export interface PreparedImage {
  type: AttachmentType;
  bytes: Uint8Array;
  width: number;
  height: number;
}

function encode(canvas: HTMLCanvasElement, type: AttachmentType): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, JPEG_QUALITY));
}

/** The image to store, or null when the file is not an image the browser can decode. */
export async function prepareImage(file: Blob): Promise<PreparedImage | null> {
  let bitmap: ImageBitmap;
  try {
    // A phone photo says how it was held; drawn upright, the marking matches what the principal saw.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return null;
  // JPEG has no transparency: a transparent drawing would turn black without a white page under it.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  let blob = file.type === 'image/png' ? await encode(canvas, 'image/png') : null;
  if (blob === null || blob.size > PNG_KEEP_BYTES) blob = await encode(canvas, 'image/jpeg');
  if (blob === null) return null;
  return { type: blob.type === 'image/png' ? 'image/png' : 'image/jpeg', bytes: new Uint8Array(await blob.arrayBuffer()), width, height };
}
