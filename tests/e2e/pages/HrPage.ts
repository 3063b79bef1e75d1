import { type Download, type Locator, type Page, expect } from '@playwright/test';

/** The HR overview: matrix of teams x competencies, the four lists, filters and exports. */
export class HrPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-hr').click();
    await expect(this.matrix()).toBeVisible();
  }

  matrix(): Locator {
    return this.page.getByTestId('hr-matrix');
  }

  rows(): Locator {
    return this.matrix().locator('tbody tr');
  }

  row(teamName: string, scenario = ''): Locator {
    return this.matrix().locator(`tbody tr[data-team="${teamName}"][data-scenario="${scenario}"]`);
  }

  /** Severity of each competency cell of a row, in column order. */
  async severities(teamName: string): Promise<string[]> {
    return this.row(teamName)
      .locator('td[data-severity]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-severity') ?? ''));
  }

  list(name: 'overAllocated' | 'assessments' | 'singlePerson' | 'advice'): Locator {
    return this.page.getByTestId(`hr-list-${name}`);
  }

  async setFilter(which: 'area' | 'model' | 'type', value: string): Promise<void> {
    await this.page.getByTestId(`hr-filter-${which}`).selectOption(value);
  }

  async setMonths(months: number): Promise<void> {
    await this.page.getByTestId('hr-months').fill(String(months));
  }

  /** Clicks an export button and returns the file the browser downloads. */
  async export(testId: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    return download;
  }

  /** The exchange panel (team plan files in and out) lives on the HR screen. */
  exchange(): Locator {
    return this.page.getByTestId('exchange-panel');
  }

  async importFiles(files: { name: string; content: string }[]): Promise<void> {
    await this.page
      .getByTestId('exchange-import')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.content, 'utf8') })),
      );
  }

  conflict(teamName: string): Locator {
    return this.page.locator(`[data-testid="exchange-conflict"][data-team="${teamName}"]`);
  }

  messages(): Locator {
    return this.page.getByTestId('exchange-messages');
  }
}
