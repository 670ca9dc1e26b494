// The drawings and photos attached to cameras, each with its marked field of view, as one appendix after the
// others. Printed only in the full copy; the copy for distribution says they were left out (OSL 18:8), and a
// document with no image gets no appendix at all, so it prints exactly as before.
import type { Camera, Lang } from '../domain';
import type { DocContext } from './context';
import { COLOR, SIZE } from '../../../pdf/theme';
import type { Rgb } from '../../../pdf/theme';
import { bytesToBase64 } from '../../../engine/base64';
import { orDash } from './format';

/** An image as the device stored it (storage's AttachmentRecord, without depending on storage). */
export interface ViewImage {
  type: 'image/jpeg' | 'image/png';
  bytes: Uint8Array;
  width: number;
  height: number;
}
export type ViewImages = ReadonlyMap<string, ViewImage>;

// Kept with the appendix rather than in text-*.ts: only this module prints them.
const TEXT: Record<Lang, { heading: string; intro: string; omitted: string }> = {
  sv: {
    heading: 'Bilaga: Ritningar och foton',
    intro: 'Det inringade området (magenta) är det som kameran ser, så som det markerades i bedömningen.',
    omitted: 'Ritningar och foton med kamerornas upptagningsområden är utelämnade i denna kopia (OSL 18 kap. 8 §).',
  },
  en: {
    heading: 'Appendix: Drawings and photos',
    intro: 'The outlined area (magenta) is what the camera sees, as it was marked in the assessment.',
    omitted: "Drawings and photos with the cameras' fields of view are left out of this copy (OSL 18:8).",
  },
};

const MAGENTA: Rgb = [214, 0, 110];

const withImage = (cameras: readonly Camera[]): Camera[] => cameras.filter((k) => k.view !== undefined && k.view.attachment !== '');

/**
 * One page per camera, its name and description above the image. The text and its place never depend on
 * whether the image is at hand: verifying a PDF makes its pages again from the embedded data, without the
 * images, and compares the text page by page.
 */
export function viewAppendix(c: DocContext, images: ViewImages = new Map()): void {
  const cameras = withImage(c.a.cameras);
  if (cameras.length === 0) return;
  const { flow, lang } = c;
  const text = TEXT[lang];
  if (c.omitPlacement) {
    flow.ensure(flow.headingHeight(text.heading, 2) + 12);
    flow.heading(text.heading, 2);
    flow.paragraph(text.omitted);
    return;
  }
  cameras.forEach((camera, i) => {
    flow.newPage();
    if (i === 0) {
      flow.heading(text.heading, 2);
      flow.paragraph(text.intro, { size: SIZE.body, color: COLOR.muted }, 0, 3);
    }
    flow.heading(orDash(camera.name), 3);
    flow.paragraph(`${c.t.fieldOfView}: ${orDash(camera.fieldOfView)}`);
    flow.gap(2);
    const image = images.get(camera.view?.attachment ?? '');
    if (image !== undefined) drawImage(c, image, camera);
  });
}

/** The image scaled into the room left on the page, framed, with the marked area over it. */
function drawImage(c: DocContext, image: ViewImage, camera: Camera): void {
  const { flow } = c;
  const scale = Math.min(flow.width / image.width, flow.room / image.height);
  if (!(scale > 0)) return;
  const [w, h, x, y] = [image.width * scale, image.height * scale, flow.left, flow.y];
  flow.doc.addImage(image.bytes, image.type === 'image/png' ? 'PNG' : 'JPEG', x, y, w, h, camera.view?.attachment, 'FAST');
  flow.doc.setDrawColor(...COLOR.rule);
  flow.doc.setLineWidth(0.2);
  flow.doc.rect(x, y, w, h);
  outline(c, (camera.view?.polygon ?? []).map(([px, py]) => [x + px * w, y + py * h]));
  flow.gap(h);
}

/** The marked area: a white halo under a magenta line, so it shows on a pale plan and a dark photo alike. */
function outline(c: DocContext, points: [number, number][]): void {
  const doc = c.flow.doc;
  if (points.length === 0) return;
  const closed = points.length > 2;
  for (const [width, color] of [[1.6, COLOR.white], [0.7, MAGENTA]] as [number, Rgb][]) {
    doc.setDrawColor(...color);
    doc.setLineWidth(width);
    for (let i = 0; i + 1 < points.length + (closed ? 1 : 0); i++) {
      const [x1, y1] = points[i]!;
      const [x2, y2] = points[(i + 1) % points.length]!;
      doc.line(x1, y1, x2, y2);
    }
  }
  doc.setFillColor(...MAGENTA);
  for (const [x, y] of points) doc.circle(x, y, 0.9, 'F');
}

/**
 * The images the document refers to, as the PDF embeds them beside the data (as in a backup: SHA-256 →
 * type, size, base64), so importing the full copy restores them. Null when there are none to carry.
 */
export function embeddedImages(cameras: readonly Camera[], images: ViewImages = new Map()): string | null {
  const entries = [...new Set(withImage(cameras).map((k) => k.view?.attachment ?? ''))]
    .sort()
    .flatMap((hash) => {
      const image = images.get(hash);
      return image ? [[hash, { type: image.type, width: image.width, height: image.height, base64: bytesToBase64(image.bytes) }] as const] : [];
    });
  return entries.length === 0 ? null : JSON.stringify(Object.fromEntries(entries));
}
