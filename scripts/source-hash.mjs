// Which source a build was made from: a short SHA-256 over every file under src/ (paths and contents, the
// generated fonts left out as they follow from the build script). "Verifiera dokument" makes a PDF's pages
// again and calls differing text altered only when the same source made them; two builds of one version
// number may word a page differently, and a genuine PDF must never read as altered for that.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name !== 'generated')
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** @param {string} root the project folder @returns {string} 12 hex digits */
export function sourceHash(root) {
  const hash = createHash('sha256');
  for (const file of files(join(root, 'src')).sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}
