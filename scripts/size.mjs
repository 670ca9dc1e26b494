// Size budget: fails when the initial JS+CSS exceeds 45 KiB gzip or jsPDF lands in the initial chunk graph.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGET_KIB = 45;
const dist = 'dist';

export function sizeReport() {
  // Vite drops chunks that end up CSS-only after the report is written: only files still on disk count.
  const report = JSON.parse(readFileSync(join(dist, '.vite/chunks.json'), 'utf8')).filter((c) => existsSync(join(dist, c.file)));
  const byFile = new Map(report.map((c) => [c.file, c]));
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  report.filter((c) => c.isEntry).forEach((c) => visit(c.file));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const css = [...html.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
  const measure = (file) => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const initialFiles = [...initial, ...css].map(measure);
  const lazy = report.filter((c) => !initial.has(c.file)).map((c) => ({ ...measure(c.file), packages: c.packages }));
  const total = initialFiles.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const jspdfInitial = [...initial].filter((f) => (byFile.get(f)?.packages ?? []).includes('jspdf'));
  return { initialFiles, lazy, total, jspdfInitial };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(dist, '.vite/chunks.json'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const { initialFiles, lazy, total, jspdfInitial } = sizeReport();
  const kib = (n) => (n / 1024).toFixed(1);
  for (const f of initialFiles) console.log(`initial  ${f.file.padEnd(48)} ${kib(f.raw).padStart(7)} KiB raw ${kib(f.gzip).padStart(6)} KiB gzip`);
  for (const f of lazy) console.log(`lazy     ${f.file.padEnd(48)} ${kib(f.raw).padStart(7)} KiB raw ${kib(f.gzip).padStart(6)} KiB gzip`);
  console.log(`Initial JS+CSS: ${kib(total.gzip)} KiB gzip (budget ${BUDGET_KIB} KiB), ${kib(total.raw)} KiB raw`);
  let failed = false;
  if (total.gzip > BUDGET_KIB * 1024) {
    console.error(`Size budget exceeded: ${kib(total.gzip)} KiB gzip > ${BUDGET_KIB} KiB.`);
    failed = true;
  }
  if (jspdfInitial.length > 0) {
    console.error(`jsPDF is in the initial chunk graph (${jspdfInitial.join(', ')}): it must be loaded with import().`);
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}
