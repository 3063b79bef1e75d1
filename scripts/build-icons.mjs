#!/usr/bin/env node
// Renders build/icons/icon.svg to the PNGs electron-builder packages: icon.png (1024 px,
// for macOS and Windows, which electron-builder converts to .icns/.ico) and the Linux
// sizes in build/icons/png/NxN.png. The PNGs are committed; run this only after
// changing the SVG. Renders with Chromium through Playwright (already a dev
// dependency), so no image tool is needed; set CHROMIUM_PATH if it is not /usr/bin/chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const icons = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icons');
const svg = readFileSync(path.join(icons, 'icon.svg'), 'utf8');
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  async function render(size, out) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
  mkdirSync(path.join(icons, 'png'), { recursive: true });
  await render(1024, path.join(icons, 'icon.png'));
  for (const size of LINUX_SIZES) await render(size, path.join(icons, 'png', `${size}x${size}.png`));
} finally {
  await browser.close();
}
console.log(`Icons written to ${icons}`);
