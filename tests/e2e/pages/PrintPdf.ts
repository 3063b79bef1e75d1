import { execFileSync } from 'node:child_process';

/** poppler-utils (installed at /usr/bin): the PDF as text, page by page, and as PNG pages. */

export function pdfPages(pdfPath: string): string[] {
  // Reading order (no -layout): a wrapped table cell stays together instead of interleaving with its neighbours.
  const text = execFileSync('/usr/bin/pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed; the last one leaves an empty tail.
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync('/usr/bin/pdfinfo', [pdfPath], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** Writes `<prefix>-1.png`, `<prefix>-2.png`, ... at 60 dpi (enough to look at the layout). */
export function pdfToPngs(pdfPath: string, prefix: string): void {
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdfPath, prefix]);
}

/** Words of a name, so a name wrapped over two lines in a table cell still matches. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
