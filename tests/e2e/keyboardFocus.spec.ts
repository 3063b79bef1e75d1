import { computeCoverage, hoursAvailable, offeredHours } from '../../shared/engine/index.js';
import { translator } from '../../shared/i18n/translator.js';
import type { Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage.js';
import { HrPage } from './pages/HrPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';
import { pngPixels, type Rgb } from './support/pngPixels.js';

/**
 * Keyboard only: after an action whose control goes away or turns disabled, focus goes on
 * to where the user can continue, never to the page body (renderer/app/focusRequest.ts).
 */

/** What has the keyboard focus, as a short description for the failure message. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}: ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60)}`;
  });
}

/** Presses a control with the keyboard, as a keyboard user does (Tab lands on it, Enter). */
async function pressWithKeyboard(page: Page, control: ReturnType<Page['locator']>): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
}

test.describe('focus after an action, keyboard only', () => {
  test('removing a member: the next member of the function, and after the last one the function', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    // A function with two members: remove the first, then the second.
    const fn = plan.functions.find((f) => plan.assignments.filter((a) => a.functionId === f.id).length === 2)!;
    const lane = board.lane(fn.name);
    const members = lane.getByTestId('member');
    await expect(members).toHaveCount(2);
    const second = (await members.nth(1).getAttribute('data-name'))!;
    await pressWithKeyboard(page, members.first().getByRole('button', { name: / halen$/ }));
    await expect(members).toHaveCount(1);
    await expect(board.member(fn.name, second).locator('.member-handle')).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-remove.png` });

    await pressWithKeyboard(page, members.first().getByRole('button', { name: / halen$/ }));
    await expect(members).toHaveCount(0);
    await expect(lane.getByRole('heading', { level: 3 })).toBeFocused();
    expect(await focused(page)).not.toBe('body');
  });

  test('undoing the last step: redo, as undo turns disabled', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const member = plan.assignments[0]!;
    const fn = plan.functions.find((f) => f.id === member.functionId)!;
    const person = plan.professionals.find((p) => p.id === member.professionalId)!;
    await pressWithKeyboard(page, board.member(fn.name, person.name).getByRole('button', { name: / halen$/ }));
    await expect(board.member(fn.name, person.name)).toHaveCount(0);

    await pressWithKeyboard(page, page.getByTestId('undo'));
    await expect(board.member(fn.name, person.name)).toBeVisible();
    await expect(page.getByTestId('undo')).toBeDisabled();
    await expect(page.getByTestId('redo')).toBeFocused();
  });

  test('"Plaatsen" in "Wie dicht het gat?": the placed member in the function', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const row = page.locator('li.candidate[data-has-room="true"]').first();
    const personId = (await row.getAttribute('data-professional'))!;
    const person = plan.professionals.find((p) => p.id === personId)!;
    const gapFunction = await row.evaluate((el) => el.closest('li.gap')?.getAttribute('data-gap') ?? '');
    const fn = plan.functions.find((f) => gapFunction.startsWith(`${f.id}:`))!;
    await pressWithKeyboard(page, row.getByTestId('gap-insert'));
    const chip = board.member(fn.name, person.name).locator('.member-handle');
    await expect(chip).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-place.png` });
  });

  test('"Team maken": the new team\'s design screen', async ({ page, planner: _planner }) => {
    await pressWithKeyboard(page, page.getByTestId('new-team'));
    await page.getByTestId('new-team-name').fill('Wijkteam Toetsenbord');
    await page.keyboard.press('Enter');
    const heading = page.getByTestId('design-screen').getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Wijkteam Toetsenbord');
    await expect(heading).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-create.png` });
  });

  test('"Team exporteren" keeps the focus; after "Als kopie toevoegen", the message that says what happened', async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressWithKeyboard(page, page.getByTestId('exchange-export-team')),
    ]);
    await expect(hr.messages()).toContainText('geëxporteerd');
    // Unavailable only while it worked (aria-disabled, as HR's exports): it kept the focus.
    await expect(page.getByTestId('exchange-export-team')).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-export.png` });

    // The same file again: its team is here already, so it waits for a choice.
    const content = JSON.stringify(await planner.api('plan.export', await firstMain(planner.api)));
    void download;
    await hr.importFiles([{ name: 'team.json', content }]);
    const copy = page.getByTestId('exchange-conflict').getByRole('button', { name: 'Als kopie toevoegen' });
    await pressWithKeyboard(page, copy);
    await expect(page.getByTestId('exchange-conflict')).toHaveCount(0);
    await expect(hr.messages()).toContainText('kopie');
    await expect(hr.messages()).toBeFocused();
  });
});

async function firstMain(api: Parameters<typeof mainPlan>[0]): Promise<{ scenarioId: string; includePool: false }> {
  const { scenarioId } = await mainPlan(api);
  return { scenarioId, includePool: false };
}

test.describe('the pool card focus ring', () => {
  test('is drawn whole inside the card, not clipped by content-visibility', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const handle = board.handle(plan.professionals[1]!.name);
    // Tab onto the card from the one before it, as the tour did.
    await board.handle(plan.professionals[0]!.name).focus();
    await page.keyboard.press('Tab');
    await expect(handle).toBeFocused();
    await page.mouse.move(0, 0);
    const shot = pngPixels(await handle.screenshot({ path: `${SCREENSHOT_DIR}/focus-pool-card.png` }));
    const focusYellow = (c: Rgb) => c.r > 220 && c.g > 160 && c.g < 220 && c.b < 120;
    const middleX = Math.floor(shot.width / 2);
    const middleY = Math.floor(shot.height / 2);
    // The ring runs along all four edges (before, only its corners showed outside the card).
    expect(focusYellow(shot.at(middleX, 1)), 'top edge').toBe(true);
    expect(focusYellow(shot.at(middleX, shot.height - 2)), 'bottom edge').toBe(true);
    expect(focusYellow(shot.at(1, middleY)), 'left edge').toBe(true);
    expect(focusYellow(shot.at(shot.width - 2, middleY)), 'right edge').toBe(true);
  });
});

test.describe('the board behind the hours dialog', () => {
  test('shows the hours the dialog offers, and then the hours typed in it', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const view = await planner.api('plan.get', { scenarioId: (await mainPlan(planner.api)).scenarioId });
    const report = computeCoverage(plan);
    const free = hoursAvailable(report, view.hoursElsewhere);
    // Someone with more hours free than the function lacks (as Sanne Mulder in Casusregie).
    const pair = plan.functions
      .filter((f) => f.placement === 'team')
      .flatMap((fn) => report.professionals.map((load, i) => ({ fn, load, free: free[i]! })))
      .find(({ fn, load, free: hours }) => {
        const coverage = report.functions.find((f) => f.id === fn.id)!;
        const inFn = plan.assignments.some((a) => a.functionId === fn.id && a.professionalId === load.id);
        return !inFn && hours > offeredHours(hours, coverage.hoursRequired - coverage.hoursAllocated);
      })!;
    const { fn } = pair;
    const person = plan.professionals.find((p) => p.id === pair.load.id)!;
    const coverage = report.functions.find((f) => f.id === fn.id)!;
    const offered = offeredHours(pair.free, coverage.hoursRequired - coverage.hoursAllocated);
    const nl = translator('nl');
    const laneHours = (allocated: number) => nl.t('lane.hours', { allocated, required: fn.hoursRequired });

    await board.dragWithKeyboard(board.handle(person.name), fn.name);
    const input = board.hoursDialog().getByTestId('hours-input');
    await expect(input).toHaveValue(nl.number(offered));
    await expect(board.lane(fn.name).getByTestId('lane-hours')).toHaveText(
      laneHours(coverage.hoursAllocated + offered),
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hours-dialog-preview.png` });

    await input.fill('2,5');
    await expect(board.lane(fn.name).getByTestId('lane-hours')).toHaveText(laneHours(coverage.hoursAllocated + 2.5));
  });
});
