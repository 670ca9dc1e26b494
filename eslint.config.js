// The dependency rule of shared/design/architecture.md, enforced rather than hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Every folder in src/assessments is one assessment kind.
const KINDS = readdirSync(new URL('./src/assessments/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const lib = (name, message) => ({ group: [name, `${name}/*`], message });
// An app layer by folder name, matched both as '../storage' and '../storage/db'.
const layers = (names, message) => ({ group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), message });

// Types from storage are fine; its code reaches the UI only through the services main.tsx provides.
const STORAGE_CODE = { group: ['**/storage', '**/storage/**'], allowTypeImports: true, message: 'The UI calls storage through useServices(), wired in main.tsx.' };
const PROVIDE_ONCE = { selector: "CallExpression[callee.property.name='provide']", message: 'Provide the machine\'s effects in src/main.tsx only.' };
const KIND_CODE = KINDS.flatMap((k) => [`**/assessments/${k}`, `**/assessments/${k}/**`]);
const ENGINE = [
  lib('idb', 'The engine is pure.'),
  lib('jspdf', 'The engine is pure.'),
  lib('preact', 'The engine is pure.'),
  layers(['assessments', 'storage', 'pdf', 'ui', 'pwa', 'cli', 'main', 'main.tsx'], 'src/engine imports no kind and no app layer.'),
];
const SHELL_KINDS = 'The shell knows no kind: reach kinds through src/assessments/registry.ts (see design/assessment-kinds.md).';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'dist-bench/**', 'dist-floor/**', 'dist-bound/**', 'dist-profile/**', 'dev-dist/**', 'node_modules/**', 'docs/**', 'test-results/**', 'playwright-report/**', 'src/pdf/fonts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/storage/**', 'src/pdf/**', 'src/assessments/*/pdf/**'],
    rules: restrict([
      lib('idb', 'Only src/storage imports idb.'),
      lib('jspdf', 'Only src/pdf imports jspdf.'),
    ]),
  },
  {
    // The engine is what every kind builds on: it knows no kind and no app layer; xstate only in its wizard
    // factory (src/engine/machine), so the rest of it stays plain functions the CLI and storage can load.
    files: ['src/engine/**'],
    ignores: ['src/engine/machine/**'],
    rules: restrict([...ENGINE, lib('xstate', 'Only src/engine/machine imports xstate in the engine.')]),
  },
  { files: ['src/engine/machine/**'], rules: restrict(ENGINE) },
  // A kind imports the engine, never another kind.
  ...KINDS.map((kind) => ({
    files: [`src/assessments/${kind}/**`],
    rules: restrict([
      lib('idb', 'A kind reaches storage only through the services main.tsx provides.'),
      layers(KINDS.filter((k) => k !== kind), `src/assessments/${kind} imports no other kind.`),
    ]),
  })),
  {
    files: ['src/assessments/*/domain/**', 'src/assessments/*/lifecycle/**'],
    rules: restrict([
      lib('idb', 'The domain is pure.'),
      lib('jspdf', 'The domain is pure.'),
      lib('preact', 'The domain is pure.'),
      lib('xstate', 'The domain is pure.'),
      lib('workbox-window', 'The domain is pure.'),
      lib('signature_pad', 'The domain is pure.'),
      layers(['machine', 'storage', 'pdf', 'ui', 'pwa', 'main', 'main.tsx'], "A kind's domain imports no app module."),
    ]),
  },
  {
    files: ['src/assessments/*/machine/**'],
    rules: restrict([
      lib('idb', 'The machine declares effects; storage provides them.'),
      lib('jspdf', 'The machine declares effects; pdf provides them.'),
      lib('preact', 'The machine knows no UI.'),
      layers(['storage', 'pdf', 'ui', 'pwa', 'main', 'main.tsx'], 'The machine imports only the domain.'),
    ]),
  },
  {
    // Storage knows no kind: main.tsx provides the assessments store's kind (src/engine/store-kind.ts) and its
    // summarizer, and its types come through the engine's Store* shapes, so not even a type names a kind here.
    files: ['src/storage/**'],
    rules: restrict([
      lib('jspdf', 'Only src/pdf imports jspdf.'),
      lib('preact', 'No UI here.'),
      lib('xstate', 'No machine here.'),
      layers(['machine', 'ui', 'pwa', 'pdf', 'cli', 'main', 'main.tsx'], 'storage imports only the engine.'),
      // Its own assessments.ts is storage's rows module, not the kinds' folder.
      { group: ['../assessments', '../assessments/**', '**/src/assessments/**'], message: 'src/storage knows no kind: use the store kind main.tsx provides (storeKind()) and the engine\'s Store* types.' },
    ]),
  },
  {
    // The PDF layer knows no kind: a kind's PDF code is reached through the kind (its `pdf` member), found by the registry.
    files: ['src/pdf/**'],
    rules: restrict([
      lib('idb', 'Only src/storage imports idb.'),
      lib('preact', 'No UI here.'),
      layers(['machine', 'ui', 'pwa', 'storage', 'main', 'main.tsx'], 'pdf imports only the domain.'),
      { group: KIND_CODE, message: 'src/pdf knows no kind: reach a kind through src/assessments/registry.ts.' },
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: {
      ...restrict([lib('idb', 'Only src/storage imports idb.'), lib('jspdf', 'Only src/pdf imports jspdf.')]),
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [STORAGE_CODE] }],
    },
  },
  {
    // Effects are provided once, at the composition root; a component or module that provides its own
    // copy of an effect is the second place it could drift.
    files: ['src/**'],
    ignores: ['src/main.tsx'],
    rules: { 'no-restricted-syntax': ['error', PROVIDE_ONCE] },
  },
  {
    // The shell knows no kind: it reaches a kind's code only through src/assessments/registry.ts and the lists
    // beside it (pages.ts, settings.ts, home-list.ts), statically or by import(); a kind's types are fine.
    // The kind-agnostic wizard is shell too.
    files: ['src/ui/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [STORAGE_CODE, { group: KIND_CODE, allowTypeImports: true, message: SHELL_KINDS }] }],
      'no-restricted-syntax': ['error', PROVIDE_ONCE, { selector: `ImportExpression[source.value=/assessments.(${KINDS.join('|')})./]`, message: SHELL_KINDS }],
    },
  },
);
