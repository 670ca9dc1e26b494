// Writes docs/benchmarks.md (for people) and docs/benchmarks.json (for tools) from the collected figures.
import { writeFileSync } from 'node:fs';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (s) => `${Math.round(s.median)} ms (min ${Math.round(s.min)}, max ${Math.round(s.max)}${s.p95 !== undefined ? `, p95 ${Math.round(s.p95)}` : ''}; ${s.runs} runs)`;
const mark = (ok) => (ok ? '✅ on target' : '❌ off target');

export function targets(r) {
  const lh = r.lighthouse ?? {};
  const lhOk = Object.values(lh).every((p) => p.performance === 100 && p.accessibility === 100 && p['best-practices'] === 100);
  return [
    ['Initial JS+CSS ≤ 45 KiB gzip', r.size.initialTotal.gzip <= 45 * 1024, kib(r.size.initialTotal.gzip)],
    ['Lighthouse 100 in performance, accessibility, best practices on home, a step and the review', lhOk, Object.entries(lh).map(([p, s]) => `${p}: ${s.performance}/${s.accessibility}/${s['best-practices']}`).join('; ')],
    ['Reference PDF ≤ 300 ms', r.pdf.reference.time.median <= 300, `${Math.round(r.pdf.reference.time.median)} ms`],
    ['Stress PDF ≤ 2 s', r.pdf.stress.time.median <= 2000, `${Math.round(r.pdf.stress.time.median)} ms`],
    ['Autosave p95 ≤ 1 s after idle', r.autosave.p95 <= 1000, `${Math.round(r.autosave.p95)} ms`],
    ['Home list with 1,000 ≤ 200 ms', r.scale.homeList.median <= 200, `${Math.round(r.scale.homeList.median)} ms`],
    ['Export + import of 1,000 ≤ 3 s', r.scale.exportPlusImport.median <= 3000, `${Math.round(r.scale.exportPlusImport.median)} ms`],
  ];
}

export function writeReport(r, notes) {
  writeFileSync('docs/benchmarks.json', JSON.stringify(r, null, 2) + '\n');
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${r.date}. Machine: ${r.machine.cpu} (${r.machine.cores} cores), ${r.machine.memGiB} GiB, ${r.machine.os}.`,
    `Node ${r.machine.node}, Chromium ${r.machine.chromium}. Times are medians of at least 5 runs with min and max; the`,
    'machine is shared and noisy, so read them as orders of magnitude. Only the size budget fails `npm test`.',
    '',
    '## Against the targets',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    ...targets(r).map(([name, ok, value]) => `| ${name} | ${value} | ${mark(ok)} |`),
    '',
    '## Size (production build)',
    '',
    '| file | raw | gzip |',
    '| --- | --- | --- |',
    ...r.size.initialFiles.map((f) => `| initial: ${f.file} | ${kib(f.raw)} | ${kib(f.gzip)} |`),
    `| **initial JS+CSS total** | ${kib(r.size.initialTotal.raw)} | **${kib(r.size.initialTotal.gzip)}** |`,
    ...r.size.lazy.map((f) => `| lazy: ${f.file}${f.packages?.length ? ` (${f.packages.join(', ')})` : ''} | ${kib(f.raw)} | ${kib(f.gzip)} |`),
    ...r.size.fonts.map((f) => `| font: ${f.file} | ${kib(f.raw)} | ${kib(f.gzip)} |`),
    `| whole precache (${r.size.precache.entries} entries) | ${kib(r.size.precache.bytes)} | |`,
    '',
    `Build time: ${(r.buildMs / 1000).toFixed(1)} s. jsPDF in the initial chunk graph: ${r.size.jspdfInitial.length ? 'yes ❌' : 'no'}.`,
    '',
    '## Load',
    '',
    `- First wizard step interactive, from the network (cold cache): ${ms(r.load.network)}`,
    `- First wizard step interactive, from the service worker while offline: ${ms(r.load.offline)}`,
    '',
    '## Autosave',
    '',
    `- Input event to the change committed in IndexedDB (includes the debounce): ${ms(r.autosave)}`,
    '',
    '## PDF',
    '',
    `- Reference fixture (8 cameras, 20 incidents): ${ms(r.pdf.reference.time)}; peak JS heap ${r.pdf.reference.peakHeapMiB.median.toFixed(1)} MiB`,
    `- Stress fixture (60 cameras, 300 incidents, long texts): ${ms(r.pdf.stress.time)}; peak JS heap ${r.pdf.stress.peakHeapMiB.median.toFixed(1)} MiB`,
    '',
    '## Scale (1,000 assessments stored)',
    '',
    `- Render the home list: ${ms(r.scale.homeList)}`,
    `- Open one from the list: ${ms(r.scale.openOne)}`,
    `- Export all: ${ms(r.scale.export)}; import all into an empty database: ${ms(r.scale.import)}; together ${ms(r.scale.exportPlusImport)}. Backup file ${kib(r.scale.backupBytes)}.`,
    '',
    '## Lighthouse 12 (desktop, simulated throttling)',
    '',
    '| page | performance | accessibility | best practices | SEO | audits below 90 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(r.lighthouse ?? {}).map(([p, s]) => `| ${p} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${s.failingAudits.join(', ') || '–'} |`),
    '',
    '## Notes on figures off target',
    '',
    ...(notes.length ? notes.map((n) => `- ${n}`) : ['- None.']),
    '',
  ];
  writeFileSync('docs/benchmarks.md', lines.join('\n'));
}
