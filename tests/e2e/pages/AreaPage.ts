import { type Download, type Locator, type Page, expect } from '@playwright/test';

/** The area screen: all teams of one wijk, its tables, print and XLSX export. */
export class AreaPage {
  constructor(readonly page: Page) {}

  navButton(): Locator {
    return this.page.getByTestId('nav-area');
  }

  /** Opens the screen with the keyboard only: Tab to the navigation entry, then Enter. */
  async openByKeyboard(): Promise<void> {
    await this.page.locator('body').focus();
    for (let i = 0; i < 60; i += 1) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      if (focused === 'nav-area') break;
    }
    await expect(this.navButton()).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.navButton()).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByTestId('area-screen')).toBeVisible();
  }

  picker(): Locator {
    return this.page.getByTestId('area-picker');
  }

  /** Chooses an area in the picker (a native select, which the keyboard operates as well). */
  async choose(area: string): Promise<void> {
    await this.picker().focus();
    await this.picker().selectOption(area);
    await expect(this.picker()).toHaveValue(area);
  }

  table(id: 'teams' | 'functions' | 'competencies' | 'expertise' | 'gaps' | 'overlaps' | 'shared'): Locator {
    return this.page.getByTestId(`area-table-${id}`);
  }

  rows(id: Parameters<AreaPage['table']>[0]): Locator {
    return this.table(id).locator('tbody tr');
  }

  /** Renders the page as Chromium prints it (A4, @page margins) to a PDF file. */
  async pdf(path: string): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return pdf;
  }

  async exportXlsx(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('area-export-xlsx').click(),
    ]);
    return download;
  }
}
