// Shared by the PDF tests: fonts from disk (built by the same script as `npm run build`), text read back
// with pdf.js (tests/support/pdf-text.ts, shared with the browser tests), and a signed copy of a fixture.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { defaultPolicy, evaluate, fingerprint } from '../../../src/assessments/camera/domain';
import type { PdfDeps } from '../../../src/pdf/fonts';

const FONT_DIR = 'src/pdf/fonts/generated';
let built = false;

function ensureFonts(): void {
  if (built) return;
  // The script skips work when the fonts are newer than their sources, so this is cheap after the first run.
  execFileSync(process.execPath, ['scripts/build-fonts.mjs'], { stdio: 'pipe' });
  built = true;
}

export function fontBytes(name: string): Uint8Array {
  ensureFonts();
  return new Uint8Array(readFileSync(join(FONT_DIR, name)));
}

export const nodeDeps: PdfDeps = { loadFont: async (name) => fontBytes(name) };

// Reading a PDF back lives in tests/support/pdf-text.ts; re-exported here so the PDF tests import one module.
export { pdfContent as textItems, pdfText, squash } from '../../support/pdf-text';
export type { PageText } from '../../support/pdf-text';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A drawn signature as signature_pad exports it: a transparent PNG with a dark stroke, as a data URL. */
export function signaturePng(width = 300, height = 90): string {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) {
      const curve = height / 2 + Math.sin(x / 14) * (height / 3) * Math.cos(x / 57);
      const ink = Math.abs(y - curve) < 2.2;
      rows.push(20, 30, 60, ink ? 255 : 0);
    }
  }
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const body = Buffer.concat([head.subarray(4), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body), 0);
    return Buffer.concat([head.subarray(0, 4), body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

export const SIGNER = 'Zofia Wiśniewska-Ek';

/** A signed copy of a fixture, as the sign-off step would make it: signoff filled, then fingerprinted. */
export async function signedCopy(a: Assessment, signature: 'drawn' | 'typed' = 'drawn'): Promise<Assessment> {
  const copy = structuredClone(a);
  const date = copy.school.decisionDate || '2026-09-15';
  const ev = evaluate(copy, defaultPolicy, date);
  copy.signoff = {
    kind: ev.signoffKind ?? 'decision',
    name: SIGNER,
    title: 'Rektor',
    place: 'Exempelstad',
    date,
    attested: true,
    signature: signature === 'drawn' ? { type: 'drawn', image: signaturePng() } : { type: 'typed', typedName: SIGNER },
    signedAt: `${date}T08:30:00.000Z`,
    fingerprint: '',
  };
  copy.signoff.fingerprint = await fingerprint(copy);
  return copy;
}
