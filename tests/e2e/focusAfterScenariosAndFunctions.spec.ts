import type { Locator, Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { DesignPage } from './pages/DesignPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/**
 * Keyboard only, on the scenarios screen and Teamontwerp: after an action whose control
 * goes away or turns disabled, the focus goes on to where the user can continue, never to
 * the page body (renderer/app/focusRequest.ts); a refused name stays in its field.
 */

/** Presses a control with the keyboard, as a keyboard user does (the focus on it, Enter). */
async function pressWithKeyboard(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
}

/** Whether the page body has the focus (where it falls when the focused control goes). */
function focusOnBody(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
}

function scenarioRow(page: Page, name: string): Locator {
  return page.locator(`[data-scenario="${name}"]`);
}

/** Makes a copy of the open scenario with the keyboard: the name typed, then "Kopie maken" pressed. */
async function copyAs(page: Page, name: string): Promise<void> {
  await page.getByTestId('scenario-name').focus();
  await page.keyboard.insertText(name);
  await pressWithKeyboard(page, page.getByTestId('scenario-duplicate'));
}

test.describe('scenarios, keyboard only', () => {
  test('"Kopie maken" and "Openen" leave the focus on the scenario\'s row', async ({ page, planner: _planner }) => {
    const shell = new AppShell(page);
    await shell.open('scenarios');

    await copyAs(page, 'Plan B');
    const planB = scenarioRow(page, 'Plan B').getByRole('rowheader');
    await expect(planB).toBeFocused();
    await expect(page.getByTestId('scenario-name')).toHaveValue('');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-copy.png` });

    await pressWithKeyboard(page, scenarioRow(page, 'Plan B').getByRole('button', { name: 'Openen' }));
    await expect(scenarioRow(page, 'Plan B')).toContainText('geopend');
    await expect(planB).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-open.png` });
  });

  test('"Hernoemen" leaves the focus on the renamed scenario\'s row', async ({ page, planner: _planner }) => {
    const shell = new AppShell(page);
    await shell.open('scenarios');
    await page.getByTestId('scenario-rename').focus();
    await page.keyboard.insertText('Plan C');
    await pressWithKeyboard(page, page.getByTestId('scenario-rename-submit'));
    const planC = scenarioRow(page, 'Plan C').getByRole('rowheader');
    await expect(planC).toBeFocused();
    await expect(page.getByTestId('scenario-rename')).toHaveValue('');
    expect(await focusOnBody(page)).toBe(false);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-rename.png` });
  });

  test('a name that is taken stays in its field, with the error, and the field takes the focus', async ({
    page,
    planner: _planner,
  }) => {
    const shell = new AppShell(page);
    await shell.open('scenarios');
    await copyAs(page, 'Plan B');
    await expect(scenarioRow(page, 'Plan B')).toBeVisible();

    await copyAs(page, 'Plan B');
    const refusal = page.getByText('Dit team heeft al een scenario met de naam ‘Plan B’. Kies een andere naam.');
    await expect(refusal).toBeVisible();
    await expect(page.getByTestId('scenario-name')).toHaveValue('Plan B');
    await expect(page.getByTestId('scenario-name')).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/copy-name-taken.png` });

    await page.getByTestId('scenario-rename').focus();
    await page.keyboard.insertText('Plan B');
    await pressWithKeyboard(page, page.getByTestId('scenario-rename-submit'));
    // Each field says it beside itself.
    await expect(refusal).toHaveCount(2);
    await expect(page.getByTestId('scenario-rename')).toHaveValue('Plan B');
    await expect(page.getByTestId('scenario-rename')).toBeFocused();
  });
});

test.describe("Teamontwerp's functions, keyboard only", () => {
  test('"Toevoegen" of a proposal: the added function in the team\'s list', async ({ page, planner: _planner }) => {
    const shell = new AppShell(page);
    const design = new DesignPage(page);
    await shell.open('design');
    const proposal = page.getByTestId('proposals').locator('li[data-template]').first();
    const templateKey = (await proposal.getAttribute('data-template'))!;
    const name = (await proposal.locator('strong').innerText()).trim();
    await pressWithKeyboard(page, proposal.getByRole('button'));
    await expect(design.proposal(templateKey)).toHaveCount(0);
    await expect(design.functionRow(name).locator('.function-edit-name')).toBeFocused();
    expect(await focusOnBody(page)).toBe(false);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-proposal.png` });
  });

  test('"Verwijderen": the next function\'s remove button; undo: the function that came back', async ({
    page,
    planner,
  }) => {
    const shell = new AppShell(page);
    const design = new DesignPage(page);
    const { plan } = await mainPlan(planner.api);
    await shell.open('design');
    const rows = page.getByTestId('function-editor').locator('li.function-edit');
    const names = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-function')!));
    expect(names.length).toBeGreaterThan(2);
    const [first, second] = names as [string, string];
    expect(plan.functions.map((f) => f.name)).toContain(first);

    await pressWithKeyboard(page, design.functionRow(first).getByRole('button', { name: /verwijderen$/ }));
    await expect(design.functionRow(first)).toHaveCount(0);
    await expect(design.functionRow(second).getByRole('button', { name: /verwijderen$/ })).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-function-remove.png` });

    await page.keyboard.press('Control+z');
    await expect(design.functionRow(first).locator('.function-edit-name')).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-after-function-undo.png` });
  });

  test("removing the last function: the list's heading", async ({ page, planner: _planner }) => {
    const shell = new AppShell(page);
    await shell.open('design');
    const editor = page.getByTestId('function-editor');
    const rows = editor.locator('li.function-edit');
    while ((await rows.count()) > 0) {
      await pressWithKeyboard(page, rows.first().getByRole('button', { name: /verwijderen$/ }));
      expect(await focusOnBody(page)).toBe(false);
    }
    await expect(editor.getByRole('heading', { level: 2, name: 'Functies van dit team' })).toBeFocused();
  });

  test("each function's controls say whose they are", async ({ page, planner }) => {
    const shell = new AppShell(page);
    const { plan } = await mainPlan(planner.api);
    const fn = plan.functions[0]!;
    await shell.open('design');
    const editor = page.getByTestId('function-editor');
    await expect(editor.getByRole('textbox', { name: `Uren nodig voor ${fn.name}`, exact: true })).toHaveCount(1);
    await expect(editor.getByRole('button', { name: new RegExp(`Plaatsing van ${fn.name}$`) })).toHaveCount(1);
    const requirements = editor.getByRole('button', { name: `Eisen (${fn.requirements.length}) van ${fn.name}` });
    await expect(requirements).toHaveCount(1);
    // The visible labels stay short (the rest is for screen readers only).
    const labels = editor.locator(`[data-function="${fn.name}"] :is(label, .field-label) > [aria-hidden="true"]`);
    await expect(labels).toHaveText(['Plaatsing', 'Uren nodig']);
    await pressWithKeyboard(page, requirements);
    await expect(editor.getByRole('button', { name: `Eisen verbergen van ${fn.name}`, exact: true })).toBeFocused();
  });
});
