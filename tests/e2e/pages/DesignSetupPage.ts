import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The design screen's sourced model statements, the team's own notes, the question axis
 * and the set-up editors (voorliggend veld, leidinggevende).
 */
export class DesignSetupPage {
  constructor(readonly page: Page) {}

  prosCons(): Locator {
    return this.page.getByTestId('model-pros-cons');
  }

  /** Every sourced pro or con statement shown for the model. */
  statements(): Locator {
    return this.prosCons().locator('[data-testid="model-pros"] > li, [data-testid="model-cons"] > li');
  }

  noneInSources(): Locator {
    return this.page.getByTestId('none-in-sources');
  }

  ownNotes(side: 'pros' | 'cons'): Locator {
    return this.page.getByTestId(`own-${side}`).locator('.own-note');
  }

  async addOwnNote(side: 'pros' | 'cons', text: string): Promise<void> {
    await this.page.getByTestId(`own-${side}-new`).fill(text);
    await this.page.getByTestId(`own-${side}-new`).press('Enter');
    await expect(this.ownNotes(side).filter({ hasText: text })).toHaveCount(1);
  }

  /** Clicks a choice by its visible label (the radio input itself is visually hidden). */
  async choose(groupTestId: string, label: string): Promise<void> {
    await this.page.getByTestId(groupTestId).getByText(label, { exact: true }).click();
    await expect(this.checked(groupTestId, label)).toBeChecked();
  }

  checked(groupTestId: string, label: string | RegExp): Locator {
    return this.page.getByTestId(groupTestId).getByRole('radio', { name: label });
  }

  partner(name: string): Locator {
    return this.page.locator(`[data-testid="front-field"] [data-partner="${name}"]`);
  }

  async addPartner(name: string, route: string): Promise<void> {
    await this.page.getByTestId('partner-new-name').fill(name);
    await this.page.getByTestId('partner-add').click();
    const route_ = this.partner(name).getByTestId('partner-route');
    await route_.fill(route);
    await route_.press('Tab');
    await expect(this.partner(name).getByTestId('partner-route')).toHaveValue(route);
  }

  leader(): Locator {
    return this.page.getByTestId('leader');
  }

  async setLeader(name: string, accountableTo: string): Promise<void> {
    const leader = this.leader();
    if (await leader.getByTestId('leader-add').isVisible()) await leader.getByTestId('leader-add').click();
    await leader.getByTestId('leader-name').fill(name);
    await leader.getByTestId('leader-name').press('Tab');
    await expect(leader.getByTestId('leader-name')).toHaveValue(name);
    await leader.getByTestId('leader-accountable').getByRole('button').click();
    await this.page.getByRole('option', { name: accountableTo }).click();
    await leader.getByTestId('leader-span-limit').fill('10');
    await leader.getByTestId('leader-span-limit').press('Tab');
  }
}
