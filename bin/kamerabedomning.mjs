#!/usr/bin/env node
// The batch checker's command. Its code is the app's own TypeScript (src/cli, src/assessments,
// src/engine, src/storage, src/pdf); Node cannot run TypeScript, so it is bundled once with Vite's SSR build into dist-cli/ and
// bundled again only when a source is newer than the bundle.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'dist-cli');
const entry = join(outDir, 'main.mjs');

/** The newest modification time among the files the bundle is made from. */
function newestSource() {
  let newest = Math.max(statSync(join(root, 'package.json')).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|tsx|json)$/.test(e.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  return newest;
}

async function build() {
  const { build: viteBuild } = await import('vite');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const tmp = join(root, 'node_modules', '.cache', `kamerabedomning-cli-${process.pid}`);
  await viteBuild({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: {
      ssr: join(root, 'src/cli/main.ts'),
      outDir: tmp,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rollupOptions: { output: { entryFileNames: 'main.mjs', format: 'es' } },
    },
    // Bundled whole: the bundle needs nothing from node_modules at run time.
    ssr: { noExternal: true, target: 'node' },
  });
  // Each file is moved in whole (a rename replaces a file atomically), the entry last, so a run that starts
  // meanwhile imports the old bundle or the new one, never a half-written file.
  // Chunks may sit in folders (assets/): files are moved one by one, never a folder onto an existing one.
  const files = readdirSync(tmp, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(tmp, join(e.parentPath ?? e.path, e.name)))
    .filter((name) => name !== 'main.mjs');
  for (const name of [...files, 'main.mjs']) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    renameSync(join(tmp, name), join(outDir, name));
  }
  rmSync(tmp, { recursive: true, force: true });
}

if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource()) await build();
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
});
