import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The editors of plan format 2's fields: a function's vakkennis and route (on the design
 * screen), a person's vakkennis and team roles (professionals screen), the team-role set
 * (catalogue). Choices are made with the keyboard: focus, open with Enter, type, Enter.
 */
export class VakkennisEditors {
  constructor(readonly page: Page) {}

  /** A select by its (possibly hidden) label: opened and chosen from with the keyboard only. */
  async chooseWithKeyboard(scope: Locator, label: string | RegExp, option: string): Promise<void> {
    const trigger = scope.getByRole('button', { name: label });
    await trigger.focus();
    await this.page.keyboard.press('Enter');
    const listbox = this.page.getByRole('listbox');
    await expect(listbox).toBeVisible();
    await this.page.keyboard.type(option);
    await expect(listbox.getByRole('option', { name: option, exact: true })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(listbox).toHaveCount(0);
  }

  functionRow(name: string): Locator {
    return this.page.locator(`[data-testid="function-editor"] [data-function="${name}"]`);
  }

  async openFunction(name: string): Promise<Locator> {
    const row = this.functionRow(name);
    await row.getByRole('button', { name: /Eisen \(/ }).click();
    await expect(row.getByTestId('expertise-requirements')).toBeVisible();
    return row;
  }

  expertiseRequirements(row: Locator): Locator {
    return row.getByTestId('expertise-requirements');
  }

  consultation(row: Locator): Locator {
    return row.getByTestId('consultation');
  }

  personEditor(): Locator {
    return this.page.getByTestId('professional-editor');
  }

  heldExpertise(): Locator {
    return this.personEditor().getByTestId('held-expertise');
  }

  teamRoleRatings(): Locator {
    return this.personEditor().getByTestId('team-role-ratings');
  }
}
