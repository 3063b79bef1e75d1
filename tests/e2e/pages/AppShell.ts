import { type Locator, type Page, expect } from '@playwright/test';

/** Header and navigation: team picker, screens, undo/redo, language. */
export class AppShell {
  constructor(readonly page: Page) {}

  nav(screen: 'design' | 'board' | 'professionals' | 'catalogue' | 'scenarios'): Locator {
    return this.page.getByTestId(`nav-${screen}`);
  }

  async open(screen: 'design' | 'board' | 'professionals' | 'catalogue' | 'scenarios'): Promise<void> {
    await this.nav(screen).click();
    await expect(this.nav(screen)).toHaveAttribute('aria-current', 'page');
  }

  async chooseTeam(name: string): Promise<void> {
    await this.page.getByTestId('team-picker').getByRole('button').click();
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
  }

  async switchLanguage(lang: 'NL' | 'EN'): Promise<void> {
    await this.page
      .getByRole('radio', { name: lang === 'NL' ? 'Nederlands' : 'English' })
      .or(this.page.getByRole('button', { name: lang === 'NL' ? 'Nederlands' : 'English' }))
      .click();
  }

  undoButton(): Locator {
    return this.page.getByTestId('undo');
  }

  redoButton(): Locator {
    return this.page.getByTestId('redo');
  }
}
