import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { DesignPage } from './pages/DesignPage.js';
import { expect, test } from './support/fixtures.js';

/**
 * Records every text that appears in the announcer's live regions, as a screen reader
 * reads it: new text in a region is read, the same text left standing is not.
 */
async function listenToAnnouncer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const announcer = document.querySelector('[data-testid="announcer"]');
    if (!announcer) throw new Error('no announcer on the page');
    const heard: string[] = [];
    const shown = new Map<Element, string>();
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      for (const region of announcer.querySelectorAll('[aria-live]')) {
        const text = region.textContent ?? '';
        if (text && text !== shown.get(region)) heard.push(text);
        shown.set(region, text);
      }
    }).observe(announcer, { subtree: true, childList: true, characterData: true });
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard);

test('a screen reader hears what removing, undo, redo and changing hours did, the same words twice too', async ({
  page,
  planner: _planner,
}) => {
  const board = new BoardPage(page);
  const shell = new AppShell(page);
  const fn = 'Toegang / frontoffice';
  await expect(board.member(fn, 'Bram Peeters')).toBeVisible();
  await listenToAnnouncer(page);

  await page.getByRole('button', { name: `Bram Peeters uit ${fn} halen` }).click();
  await expect(board.member(fn, 'Bram Peeters')).toHaveCount(0);
  await expect.poll(() => heard(page)).toEqual([`Opgeslagen: Bram Peeters uit ${fn}`]);

  await page.keyboard.press('Control+z');
  await expect.poll(() => heard(page)).toContain(`Ongedaan gemaakt: Bram Peeters uit ${fn}`);
  await shell.redoButton().click();
  await expect.poll(() => heard(page)).toContain(`Opnieuw gedaan: Bram Peeters uit ${fn}`);
  await shell.undoButton().click();
  await expect(board.member(fn, 'Henk Willems')).toBeVisible();

  // Two changes with the same label: the second is heard as well as the first.
  const hours = `Uren van Henk Willems in ${fn}`;
  await board
    .member(fn, 'Henk Willems')
    .getByRole('button', { name: /Uren van Henk Willems wijzigen/ })
    .click();
  await board.confirmHours(12);
  await expect.poll(() => heard(page)).toContain(`Opgeslagen: ${hours}`);
  await board
    .member(fn, 'Henk Willems')
    .getByRole('button', { name: /Uren van Henk Willems wijzigen/ })
    .click();
  await board.confirmHours(10);
  await expect
    .poll(() => heard(page))
    .toEqual([
      `Opgeslagen: Bram Peeters uit ${fn}`,
      `Ongedaan gemaakt: Bram Peeters uit ${fn}`,
      `Opnieuw gedaan: Bram Peeters uit ${fn}`,
      `Ongedaan gemaakt: Bram Peeters uit ${fn}`,
      `Opgeslagen: ${hours}`,
      `Opgeslagen: ${hours}`,
    ]);
});

test('a field’s own edit is not announced while the user types on, its undo and redo are', async ({
  page,
  planner: _planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('design');
  await listenToAnnouncer(page);
  const area = page.getByRole('textbox', { name: 'Wijk of gebied' });
  await area.fill('Noordkwartier');
  await page.keyboard.press('Tab');
  // Saved: undo names it. The field said its own value; the announcer kept quiet.
  await expect(shell.undoButton()).toHaveAccessibleName(/Ontwerp van/);
  await expect(area).toHaveValue('Noordkwartier');
  expect(await heard(page)).toEqual([]);

  await shell.undoButton().click();
  await expect(area).not.toHaveValue('Noordkwartier');
  await shell.redoButton().click();
  await expect(area).toHaveValue('Noordkwartier');
  // A button's edit is still heard in full.
  await new DesignPage(page).choose('team-model', 'Domeinspecifiek team');
  await expect
    .poll(() => heard(page))
    .toEqual([
      expect.stringMatching(/^Ongedaan gemaakt: Ontwerp van /),
      expect.stringMatching(/^Opnieuw gedaan: Ontwerp van /),
      expect.stringMatching(/^Opgeslagen: Ontwerp van /),
    ]);
  await page.screenshot({ path: 'test-results/screenshots/field-edit-not-announced.png' });
});
