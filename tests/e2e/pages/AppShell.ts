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

  /** The header's team picker: a search field with the list of teams (SearchPickerField). */
  teamPicker(): Locator {
    return this.page.getByTestId('team-picker');
  }

  /** Its text field, which shows the open team's name (its value, not its text). */
  teamField(): Locator {
    return this.teamPicker().getByRole('combobox');
  }

  /** Opens a team as a user does: a click shows every team, then the one is clicked. */
  async chooseTeam(name: string): Promise<void> {
    await this.teamField().click();
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
  }

  /** Clicks the language as a user does: its visible label (the radio's input is visually hidden). */
  async switchLanguage(lang: 'NL' | 'EN'): Promise<void> {
    await this.languageOption(lang).click();
  }

  languageOption(lang: 'NL' | 'EN'): Locator {
    const radio = this.page.getByRole('radio', { name: lang === 'NL' ? 'Nederlands' : 'English' });
    return this.page.locator('.language-switch label').filter({ has: radio });
  }

  undoButton(): Locator {
    return this.page.getByTestId('undo');
  }

  redoButton(): Locator {
    return this.page.getByTestId('redo');
  }
}
