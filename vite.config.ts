import { defineConfig } from 'vitest/config';
import { parseAst, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sourceHash } from './scripts/source-hash.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// Unit test files that mock modules (vi.mock) or start them afresh (vi.resetModules, which in a shared graph would
// hand the files after them new copies of modules others hold state in): they need a module graph of their own.
const ISOLATED = ['tests/unit/storage/schema-bump.test.ts', 'tests/unit/ui/i18n-load.test.ts', 'tests/unit/assessments/digital-service/words.test.ts'];
const stub = fileURLToPath(new URL('./src/pdf/optional-stub.ts', import.meta.url));

// Strict CSP for the built app only: the dev server injects inline styles for HMR.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'kb-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// The first visit without a serial chain: index.html modulepreloads every chunk home needs, the entry's static
// imports (vite's own preloading is off, see modulePreload below) and the chunks of home's modules (the Home page,
// storage and home's Swedish messages: App.tsx, main.tsx, i18n/load.ts import them statically today), so that a
// module of theirs moved into a chunk of its own (or, in the bench build, shared with the harness page) is still
// fetched beside the entry instead of after it.
const FIRST_PAGE = [/\/src\/ui\/home\/Home\.tsx$/, /\/src\/storage\/index\.ts$/, /\/src\/ui\/i18n\/first-sv\.ts$/];
function preloadFirstPage(): Plugin {
  return {
    name: 'kb-preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entry = chunks.find((c) => c.isEntry && html.includes(`/${c.fileName}"`));
        if (!entry) return html;
        const have = new Set<string>();
        const mark = (file: string) => {
          if (have.has(file)) return;
          have.add(file);
          byFile.get(file)?.imports.forEach(mark);
        };
        mark(entry.fileName);
        // By the modules a chunk holds, not its facade: in the bench build the harness page imports storage
        // statically, so storage's chunk is shared and has no facade (it went unpreloaded there, unlike in dist/).
        chunks.filter((c) => c.moduleIds.some((id) => FIRST_PAGE.some((re) => re.test(id)))).forEach((c) => mark(c.fileName));
        const js = [...have].filter((f) => f !== entry.fileName);
        const css = js.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        const links = [
          ...js.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
          ...css.map((f) => `<link rel="preload" as="style" crossorigin href="/${f}">`),
        ];
        return stylesFirst(html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`));
      },
    },
  };
}

// The shell's frame is in index.html (no script needed to paint it), so its first paint waits only for the
// stylesheets: they are linked before the entry script, whose request otherwise went first (FCP 112 → 92 ms
// in an A/B run, the floor 84).
function stylesFirst(html: string): string {
  const sheets = html.match(/^ *<link rel="stylesheet"[^>]*>\n/gm) ?? [];
  const script = /^ *<script type="module"/m.exec(html);
  if (sheets.length === 0 || !script) return html;
  const rest = sheets.reduce((h, sheet) => h.replace(sheet, ''), html);
  const at = rest.indexOf(script[0]);
  return `${rest.slice(0, at)}${sheets.join('')}${rest.slice(at)}`;
}

// A first visit fetches home's messages in the language it shows: a message group imported with `?lang=sv` (or
// en) keeps only that half of its defineMessages({ sv, en }) (src/ui/i18n/first.ts). Other importers of the
// same file get the whole group, as before.
function oneLanguage(): Plugin {
  return {
    name: 'kb-one-language',
    enforce: 'post',
    transform(code, id) {
      const lang = /\?lang=(sv|en)$/.exec(id)?.[1];
      if (!lang) return null;
      const drop: { start: number; end: number }[] = [];
      for (const node of parseAst(code).body) {
        const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : null;
        if (decl?.type !== 'VariableDeclaration') continue;
        for (const d of decl.declarations) {
          const arg = d.init?.type === 'CallExpression' ? d.init.arguments[0] : undefined;
          if (arg?.type !== 'ObjectExpression') continue;
          for (const p of arg.properties) {
            if (p.type === 'Property' && p.key.type === 'Identifier' && (p.key.name === 'sv' || p.key.name === 'en') && p.key.name !== lang) drop.push(p);
          }
        }
      }
      const [half, ...more] = drop;
      if (!half || more.length > 0) this.error(`${id}: expected one message group with sv and en, found ${drop.length} to drop`);
      // The comma after the dropped half goes with it (`{ sv: {…}, en: {…} }` becomes `{ en: {…} }`).
      const end = /^\s*,?/.exec(code.slice(half.end))?.[0].length ?? 0;
      return { code: `${code.slice(0, half.start)}${code.slice(half.end + end)}`, map: null };
    },
  };
}

// A first visit in a handful of files instead of about thirty: by default every module shared between the entry,
// home, storage and the lazy pages becomes a chunk of its own, and Chromium fetches six at a time from one host,
// so the last ones arrived four round trips after the entry. Groups instead, each a whole static graph less what
// an earlier group took: the shell (what main.tsx imports: today storage, the home page and home's Swedish
// messages too, so a first visit runs one chunk), then storage, home (whose modules that another lazily loaded
// page also imports would form 'shared') and home's messages per language. Each of those is a chunk of its own
// only when main.tsx does not import it: today only home's English messages are (an English start fetches them);
// the others are kept so that making one lazy again does not fall back to thirty files.
const ROOTS = Object.fromEntries(
  Object.entries({
    shell: 'src/main.tsx',
    storage: 'src/storage/index.ts',
    home: 'src/ui/home/Home.tsx',
    'first-sv': 'src/ui/i18n/first-sv.ts',
    'first-en': 'src/ui/i18n/first-en.ts',
  }).map(([name, file]) => [
    name,
    fileURLToPath(new URL(`./${file}`, import.meta.url)),
  ]),
);
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}
function firstPageGroups() {
  const staticGraph = (ctx: ModuleGraph, roots: string[], into = new Set<string>()) => {
    const stack = [...roots];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (into.has(id)) continue;
      into.add(id);
      stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    return into;
  };
  const assign = (ctx: ModuleGraph) => {
    // A root that moved would leave its modules to the default splitting, quietly thirty files again: say so.
    for (const [name, root] of Object.entries(ROOTS)) if (!ctx.getModuleInfo(root)) throw new Error(`vite.config.ts: the ${name} chunk's root ${root} is not in the build`);
    const owner = new Map<string, string>();
    // Home's messages in one language are one file, the kind's groups among them included (the camera kind's
    // catalogue imports its lifecycle half too, which would otherwise split it into a file of its own).
    for (const name of ['shell', 'storage', 'first-sv', 'first-en'] as const) {
      for (const id of staticGraph(ctx, [ROOTS[name] ?? ''])) if (!owner.has(id)) owner.set(id, name);
    }
    // Every module some lazily loaded page other than home needs (dynamic imports found from the entry on).
    const lazyRoots = new Set<string>();
    const seen = new Set<string>();
    const stack = [ROOTS.shell ?? ''];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      const info = ctx.getModuleInfo(id);
      stack.push(...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? []));
      for (const d of info?.dynamicallyImportedIds ?? []) if (d !== ROOTS.home) lazyRoots.add(d);
    }
    const elsewhere = staticGraph(ctx, [...lazyRoots]);
    for (const id of staticGraph(ctx, [ROOTS.home ?? ''])) if (!owner.has(id)) owner.set(id, elsewhere.has(id) ? 'shared' : 'home');
    // main.tsx stays in the entry chunk: in a group it would run wherever the chunk is imported (the bench page).
    owner.delete(ROOTS.shell ?? '');
    return owner;
  };
  // A page past home loads every message group of a catalogue at once (src/engine/messages.ts, loadCatalogue): the
  // halves of one language of one catalogue (the shell's, a kind's) are one file, not one each. Opening a step
  // fetched eight of them, and vite's preload of each cost the page's first task a link (about 14 ms in all on a
  // laptop, 55 ms with the CPU slowed 4×).
  const wordsGroup = (id: string) => {
    const lang = /\?lang=(sv|en)$/.exec(id)?.[1];
    if (!lang) return null;
    const kind = /\/src\/assessments\/([^/]+)\//.exec(id)?.[1];
    return `${kind ?? 'shell'}-words-${lang}`;
  };
  // The name function is called module by module: the owners are found once per chunking pass.
  const owners = new WeakMap<ModuleGraph, Map<string, string>>();
  const name = (id: string, ctx: ModuleGraph) => {
    let owner = owners.get(ctx);
    if (!owner) {
      owner = assign(ctx);
      owners.set(ctx, owner);
    }
    return owner.get(id) ?? wordsGroup(id);
  };
  // Each group with the groups before it is closed under static imports, so no group needs to pull in its
  // dependencies (which would move preact into home's chunk, and home into every page's static graph).
  return [{ name, debugName: 'first page', includeDependenciesRecursively: false }];
}

// Records each chunk's files, imports, packages and message languages so scripts/size.mjs can check the initial
// chunk graph exactly and a browser test which language's words a visit fetched.
function chunkReport(): Plugin {
  return {
    name: 'kb-chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk')
        .map((c) => ({
          file: c.fileName,
          isEntry: c.isEntry,
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          packages: [...new Set(c.moduleIds.map((id) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1]).filter(Boolean))],
          // Which language's messages the chunk holds: a half imported with `?lang=` or a catalogue file of one
          // language (messages/en.ts, messages/en-rules.ts), so a test can tell a Swedish visit fetched no English.
          languages: [...new Set(c.moduleIds.map((id) => (/\?lang=(sv|en)$/.exec(id) ?? /\/messages\/(sv|en)(?:-[\w-]+)?\.ts$/.exec(id))?.[1]).filter(Boolean))],
        }));
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

export default defineConfig({
  // KB_APP_VERSION lets the update test build a "next" version of the same code.
  // __APP_BUILD__ names the source a PDF was made from, so a verifier compares pages only with the same wording.
  define: {
    __APP_VERSION__: JSON.stringify(process.env.KB_APP_VERSION ?? pkg.version),
    __APP_BUILD__: JSON.stringify(sourceHash(fileURLToPath(new URL('.', import.meta.url)))),
  },
  resolve: {
    // jsPDF's optional helpers (doc.html, SVG) are never used; without this they are emitted and precached (+370 KiB).
    alias: { html2canvas: stub, canvg: stub, dompurify: stub },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // No preload helper around dynamic imports: it added a <link rel=modulepreload> to the page for every chunk a
    // page needs (about 35 for a wizard step), in the task that starts the page: 45 ms of it with the CPU slowed 4×.
    // The browser fetches a chunk's static imports as soon as it has the chunk; index.html links the first page's.
    modulePreload: false,
    rolldownOptions: {
      // KB_BENCH=1 adds the bench harness page (scripts/bench/) beside the app, for npm run bench only.
      ...(process.env.KB_BENCH === '1' ? { input: { main: 'index.html', bench: 'scripts/bench/bench.html' } } : {}),
      output: { codeSplitting: { groups: firstPageGroups() } },
    },
    // KB_PROFILE=1 keeps function names for scripts/bench/pdf-profile.mjs.
    ...(process.env.KB_PROFILE === '1' ? { minify: false } : {}),
  },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP } },
  plugins: [
    preact(),
    oneLanguage(),
    csp(),
    preloadFirstPage(),
    chunkReport(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['robots.txt', 'icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Kamerabedömning',
        short_name: 'Kamerabedömning',
        description: 'Dokumenterad intresseavvägning för kamerabevakning i skolan – fungerar offline.',
        lang: 'sv',
        dir: 'ltr',
        start_url: './',
        scope: './',
        id: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f73',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app can load, lazy chunks and fonts included, so every feature works offline.
        globPatterns: ['**/*.{js,mjs,css,html,png,svg,ico,txt,ttf,woff2,webmanifest}'],
        globIgnores: ['.vite/**'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once, so it works offline without a second load; updates still wait.
        clientsClaim: true,
      },
    }),
  ],
  test: {
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Worker threads start faster than forked processes: the whole suite took 114 CPU-seconds instead of 128
    // (and 141 s instead of 175 s on a loaded 2-core machine), each file still in its own context.
    pool: 'threads',
    // Two workers even on two cores (vitest's default leaves one core to its main thread, which mostly waits):
    // the heaviest files (the two fuzz halves, the property test) then run side by side, and in npm test the
    // second core is not left idle once the static checks beside the unit tests are done.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30000,
    // Files share one module graph per worker instead of each loading the app's modules again: the suite's
    // CPU time falls by about a quarter. The one file that mocks a module runs isolated, as a mock would
    // otherwise leak into the files after it.
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
