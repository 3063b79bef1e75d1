import { type Locator, type Page, expect } from '@playwright/test';

/** The composition board: pool, function lanes and the coverage panel. */
export class BoardPage {
  constructor(readonly page: Page) {}

  poolCard(name: string): Locator {
    return this.page
      .getByTestId('pool-card')
      .filter({ has: this.page.locator(`[data-name="${name}"]`) })
      .or(this.page.locator(`[data-testid="pool-card"][data-name="${name}"]`))
      .first();
  }

  handle(name: string): Locator {
    return this.page.locator(`[data-testid="pool-card"][data-name="${name}"] .pool-card-handle`);
  }

  lane(functionName: string): Locator {
    return this.page.locator(`[data-testid="function-lane"][data-function="${functionName}"]`);
  }

  member(functionName: string, person: string): Locator {
    return this.lane(functionName).locator(`[data-testid="member"][data-name="${person}"]`);
  }

  teamCoverage(): Locator {
    return this.page.getByTestId('team-coverage');
  }

  async teamCoveragePercent(): Promise<number> {
    return Number(await this.teamCoverage().getAttribute('data-value'));
  }

  async laneCoveragePercent(functionName: string): Promise<number> {
    return Number(await this.lane(functionName).getByTestId('lane-coverage').getAttribute('data-value'));
  }

  /**
   * Drags with the mouse in small steps, as a person would (dnd-kit needs real pointer
   * moves). The function is scrolled into view first, then the card within the pool's
   * own list, so neither scroll moves the other end away.
   */
  async dragWithMouse(source: Locator, target: Locator): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    await revealInPool(source);
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(30, to.height / 2), { steps: 12 });
    // The page may have auto-scrolled on the way: aim again at where the function is now.
    const now = (await target.boundingBox())!;
    await this.page.mouse.move(now.x + now.width / 2, now.y + Math.min(30, now.height / 2), { steps: 2 });
    await this.page.mouse.up();
  }

  /**
   * Keyboard drag: focus the card, Space to pick up, arrow down zone by zone until the
   * screen-reader announcement says it is over the target, Space to drop. Each step
   * waits for its own announcement, so a late one is never mistaken for the next.
   */
  async dragWithKeyboard(source: Locator, functionName: string): Promise<void> {
    await this.pickUpAndMoveTo(source, functionName);
    await this.page.keyboard.press('Space');
  }

  async pickUpAndMoveTo(source: Locator, functionName: string): Promise<void> {
    await source.focus();
    await this.page.keyboard.press('Space');
    const live = this.liveRegion();
    // dnd-kit announces the pick-up and, at once, the zone it starts over (the pool).
    await expect(live).toHaveText(/opgepakt|boven/);
    for (let i = 0; i < 40; i += 1) {
      const before = (await live.textContent()) ?? '';
      await this.page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await live.textContent()) ?? '').not.toBe(before);
      if (((await live.textContent()) ?? '').includes(`boven ${functionName}.`)) return;
    }
    throw new Error(`keyboard drag never reached ${functionName}`);
  }

  liveRegion(): Locator {
    return this.page.locator('[id^="DndLiveRegion"]');
  }

  hoursDialog(): Locator {
    return this.page.getByTestId('hours-dialog');
  }

  async confirmHours(hours?: number): Promise<void> {
    const dialog = this.hoursDialog();
    await expect(dialog).toBeVisible();
    if (hours !== undefined) {
      await dialog.getByTestId('hours-input').fill(String(hours).replace('.', ','));
    }
    await dialog.getByTestId('hours-confirm').click();
    await expect(dialog).toBeHidden();
  }
}

/** The little DOM the helper below uses, typed here so node-side callers (the UI bench) need no DOM lib. */
interface Box {
  top: number;
  bottom: number;
}
interface Scrollable {
  scrollTop: number;
  getBoundingClientRect(): Box;
}
interface CardElement {
  closest(selector: string): Scrollable | null;
  getBoundingClientRect(): Box;
}

/** Scrolls only the pool's own list so the card is on screen, leaving the page (and the target) where it is. */
export async function revealInPool(card: Locator): Promise<void> {
  await card.evaluate((node) => {
    const el = node as unknown as CardElement;
    const pool = el.closest('.pool');
    if (!pool) return;
    const box = el.getBoundingClientRect();
    const area = pool.getBoundingClientRect();
    const viewportHeight = (globalThis as unknown as { innerHeight: number }).innerHeight;
    const top = Math.max(area.top, 0);
    const bottom = Math.min(area.bottom, viewportHeight);
    if (box.top < top || box.bottom > bottom) pool.scrollTop += box.top - top - 16;
  });
}
