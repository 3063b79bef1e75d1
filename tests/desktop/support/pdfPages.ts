import { readFileSync } from 'node:fs';

/**
 * How many pages of a PDF are A4 (595 x 842 points, Chromium writes 595.92 x 842.88),
 * read from the page dictionaries' MediaBox, which Chromium leaves uncompressed. Pure
 * JavaScript, so the check needs no PDF tool on Windows or macOS runners.
 */
export function a4PageCount(file: string): number {
  const text = readFileSync(file).toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  return boxes.filter(([, w, h]) => Math.abs(Number(w) - 595.3) < 2 && Math.abs(Number(h) - 841.9) < 2).length;
}
