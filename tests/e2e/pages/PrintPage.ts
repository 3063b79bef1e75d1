import { type Locator, type Page, expect } from '@playwright/test';

/** A4 (210 mm) minus the layout's 15 mm side margins, in CSS pixels (96 per inch). */
export const A4_CONTENT_PX = Math.floor(((210 - 30) / 25.4) * 96);

/** The print preview and the print layout (what Print, Ctrl+P and Print to PDF put on paper). */
export class PrintPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-print').click();
    await expect(this.page.getByTestId('print-screen')).toBeVisible();
  }

  /** The document that prints: the hidden print root, not the on-screen preview. */
  printed(): Locator {
    return this.page.locator('.print-root .print-doc');
  }

  /** Renders the page as Chromium prints it (A4, the layout's own @page margins) to a PDF file. */
  async pdf(path: string): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    await expect(this.printed()).toBeVisible();
    const pdf = await this.page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return pdf;
  }

  /**
   * Elements of the printed document that stick out of it to the right or overflow
   * their own box (text cut off). Measured in print media, where the document has the
   * page's content width. Browser-side code as a string: the node tsconfig has no DOM.
   */
  async overflowing(): Promise<string[]> {
    // Print media at the width of an A4 page's content box (210 mm minus 2 x 15 mm margins).
    const viewport = this.page.viewportSize();
    await this.page.setViewportSize({ width: A4_CONTENT_PX, height: 1100 });
    await this.page.emulateMedia({ media: 'print' });
    const found = await this.page.evaluate(`(() => {
      const doc = document.querySelector('.print-root .print-doc');
      const page = doc.getBoundingClientRect();
      const bad = [];
      const outside = (box, frame) => box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
      for (const el of doc.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        const tag = el.tagName.toLowerCase();
        const clipped = (tag === 'td' || tag === 'th' || tag === 'dd' || tag === 'li' || tag === 'p') && el.scrollWidth > el.clientWidth + 1;
        // Chart text outside its svg is cut off unless the svg lets it overflow.
        const svg = el.ownerSVGElement;
        const cutBySvg = svg && getComputedStyle(svg).overflow !== 'visible' && outside(box, svg.getBoundingClientRect());
        if (box.left < page.left - 1 || box.right > page.right + 1 || clipped || cutBySvg) bad.push(tag + ': ' + (el.textContent || '').trim().slice(0, 60));
      }
      return bad;
    })()`);
    await this.page.emulateMedia({ media: 'screen' });
    if (viewport) await this.page.setViewportSize(viewport);
    return found as string[];
  }
}
