import { type Locator, type Page, expect } from '@playwright/test';

/** Team design: the three questions, type, model with pros/cons, proposals, the function list. */
export class DesignPage {
  constructor(readonly page: Page) {}

  async createTeam(name: string): Promise<void> {
    await this.page.getByTestId('new-team').click();
    const dialog = this.page.getByTestId('new-team-dialog');
    await dialog.getByTestId('new-team-name').fill(name);
    await dialog.getByTestId('new-team-create').click();
    await expect(this.page.getByTestId('design-screen')).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(name);
  }

  async choose(groupTestId: string, label: string | RegExp): Promise<void> {
    await this.page.getByTestId(groupTestId).getByText(label).click();
  }

  prosCons(): Locator {
    return this.page.getByTestId('model-pros-cons');
  }

  proposal(templateKey: string): Locator {
    return this.page.locator(`[data-testid="proposals"] [data-template="${templateKey}"]`);
  }

  functionRow(name: string): Locator {
    return this.page.locator(`[data-testid="function-editor"] [data-function="${name}"]`);
  }
}
