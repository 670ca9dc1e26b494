// Builds the bound pages (scripts/bench/bound.mjs) into dist-bound/: home's first-visit markup drawn by a floor-sized
// script under the app's stylesheet (markup.html); bound.mjs makes from it the page that first fetches and runs the
// app's first chunk (the shell files, copied under app/). KB_BOUND names a JSON file: { markup, css, shell }, the
// app's files as paths under dist/.
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Bound {
  markup: string;
  css: string[];
  shell: string[];
}
const bound = JSON.parse(readFileSync(process.env.KB_BOUND ?? '', 'utf8')) as Bound;
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const id = 'virtual:kb-home-markup';

function homeMarkup(): Plugin {
  return {
    name: 'kb-home-markup',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (module) => (module === `\0${id}` ? `export const markup = ${JSON.stringify(bound.markup)};` : null),
    generateBundle() {
      for (const file of [...bound.css, ...bound.shell]) this.emitFile({ type: 'asset', fileName: `app/${basename(file)}`, source: readFileSync(dist + file) });
    },
    transformIndexHtml: (html) => html.replace('</head>', `${bound.css.map((f) => `<link rel="stylesheet" href="/app/${basename(f)}">`).join('')}</head>`),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../../dist-bound', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: { input: { markup: fileURLToPath(new URL('./markup.html', import.meta.url)) } },
  },
  plugins: [preact(), homeMarkup()],
  logLevel: 'warn',
});
