import { type Download, type Locator, type Page, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppShell } from './AppShell.js';

/** A file for the import dialog: a path on disk or bytes made in the test. */
export type ImportSource = string | { name: string; mimeType: string; buffer: Buffer };

/** The professionals screen: the pool list, the import dialog and a person's personal-data section. */
export class ProfessionalsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppShell(this.page).open('professionals');
  }

  /** The names in the pool list, in its order. */
  poolItems(): Locator {
    return this.page.locator('.master-list .master-item');
  }

  poolItem(name: string): Locator {
    return this.page.locator('.master-list .master-item').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async select(name: string): Promise<void> {
    await this.poolItem(name).click();
    await expect(this.page.getByTestId('professional-editor').getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  importDialog(): Locator {
    return this.page.getByTestId('people-import-dialog');
  }

  async openImport(): Promise<void> {
    await this.page.getByTestId('people-import-open').click();
    await expect(this.importDialog()).toBeVisible();
  }

  /** Chooses a file through the dialog's own button (the browser's file chooser). */
  async chooseFile(source: ImportSource): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.importDialog().getByTestId('people-import-choose').click(),
    ]);
    await chooser.setFiles(source);
  }

  summary(): Locator {
    return this.importDialog().getByTestId('people-import-summary');
  }

  commitButton(): Locator {
    return this.importDialog().getByTestId('people-import-commit');
  }

  /** The row errors as the table shows them: [row, column, what is wrong]. */
  async rowErrors(): Promise<string[][]> {
    const rows = this.importDialog().getByTestId('people-import-error');
    return rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
  }

  async downloadTemplate(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.importDialog().getByTestId('people-import-template').click(),
    ]);
    return download;
  }

  personalData(): Locator {
    return this.page.getByTestId('personal-data');
  }

  /** Downloads the open person's data and returns the file name and the parsed JSON. */
  async downloadPersonalData(): Promise<{ fileName: string; json: unknown }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.personalData().getByTestId('personal-data-download').click(),
    ]);
    return {
      fileName: download.suggestedFilename(),
      json: JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown,
    };
  }

  /** "Verwijderen (overal)" in the open person's editor. */
  deleteButton(): Locator {
    return this.page.getByTestId('professional-editor').getByTestId('professional-delete');
  }

  eraseButton(): Locator {
    return this.personalData().getByTestId('personal-data-erase');
  }

  eraseDialog(): Locator {
    return this.page.getByRole('alertdialog');
  }
}
