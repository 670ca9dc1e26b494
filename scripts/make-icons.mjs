// Renders the SVG icons to the PNG sizes the manifest needs. Run by hand when the icon changes; the PNGs are committed.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] });
const page = await browser.newPage();
for (const [src, out, size] of [
  ['public/icons/icon.svg', 'public/icons/icon-192.png', 192],
  ['public/icons/icon.svg', 'public/icons/icon-512.png', 512],
  ['public/icons/icon-maskable.svg', 'public/icons/icon-maskable-512.png', 512],
]) {
  await page.setViewportSize({ width: size, height: size });
  const svg = readFileSync(src, 'utf8');
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: out, omitBackground: true });
}
await browser.close();
