// Builds the floor page (scripts/bench/floor/) into dist-floor/ with the app's vite and Preact preset.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../../dist-floor', import.meta.url)), emptyOutDir: true },
  plugins: [preact()],
  logLevel: 'warn',
});
