// Size figures from the production build: each chunk not fetched on the first visit, fonts, the whole precache.
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chunkReport } from '../size.mjs';

export function sizeFigures(firstVisitFiles, dist = 'dist') {
  const { all, jspdfStatic } = chunkReport();
  const fetched = new Set(firstVisitFiles.map((f) => f.file));
  const lazy = all.filter((c) => !fetched.has(c.file));
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];
  const precacheBytes = urls.reduce((sum, u) => sum + statSync(join(dist, u)).size, 0);
  const fonts = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.ttf'))
    .map((f) => {
      const buf = readFileSync(join(dist, 'assets', f));
      return { file: `assets/${f}`, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
  return { lazy, jspdfStatic, fonts, precache: { entries: urls.length, bytes: precacheBytes } };
}
