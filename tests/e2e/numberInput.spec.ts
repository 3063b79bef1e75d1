import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { DesignSetupPage } from './pages/DesignSetupPage.js';
import type { Api } from './support/api.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/** A member of the sample's team whose contract is below 40 hours, in the first function they sit in. */
async function aMember(api: Api) {
  const { plan } = await mainPlan(api);
  const assignment = plan.assignments.find((a) => {
    const person = plan.professionals.find((p) => p.id === a.professionalId)!;
    return person.contractHours < 40 && plan.assignments.filter((b) => b.professionalId === person.id).length === 1;
  })!;
  const person = plan.professionals.find((p) => p.id === assignment.professionalId)!;
  const fn = plan.functions.find((f) => f.id === assignment.functionId)!;
  return { person, fn };
}

async function storedHours(api: Api, functionId: string, professionalId: string): Promise<number | undefined> {
  const { plan } = await mainPlan(api);
  return plan.assignments.find((a) => a.functionId === functionId && a.professionalId === professionalId)?.hours;
}

/** Opens the hours dialog of a member with their hours button ("Uren van … wijzigen"). */
async function openHours(page: Page, fnName: string, personName: string) {
  const board = new BoardPage(page);
  await board.member(fnName, personName).locator('.hours-button').click();
  await expect(board.hoursDialog()).toBeVisible();
  return { dialog: board.hoursDialog(), input: board.hoursDialog().getByTestId('hours-input') };
}

test.describe('hours typed in a Dutch browser', () => {
  test('"7.5" and "7,5" both mean seven and a half; above 60 is refused with the reason, not clamped', async ({
    page,
    planner,
  }) => {
    const { person, fn } = await aMember(planner.api);

    let { dialog, input } = await openHours(page, fn.name, person.name);
    await input.fill('7.5');
    await dialog.getByTestId('hours-confirm').click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => storedHours(planner.api, fn.id, person.id)).toBe(7.5);

    // Shown the Dutch way when the dialog opens again; a comma is read the same.
    ({ dialog, input } = await openHours(page, fn.name, person.name));
    await expect(input).toHaveValue('7,5');
    // The arrow keys and the − and + buttons step by half an hour, written the Dutch way.
    await input.press('ArrowUp');
    await expect(input).toHaveValue('8');
    await dialog.getByRole('button', { name: 'Uren per week verlagen' }).click();
    await dialog.getByRole('button', { name: 'Uren per week verlagen' }).click();
    await expect(input).toHaveValue('7');
    await input.fill('6,5');
    await input.press('Enter');
    await expect(dialog).toBeHidden();
    await expect.poll(() => storedHours(planner.api, fn.id, person.id)).toBe(6.5);

    // 75 is not turned into 60 behind the person's back: it stays, with the reason beside it.
    ({ dialog, input } = await openHours(page, fn.name, person.name));
    await input.fill('75');
    await expect(dialog.getByText('Dat is meer dan 60. Vul hoogstens 60 in.')).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveValue('75');
    await expect(dialog.getByTestId('hours-confirm')).toBeDisabled();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hours-above-maximum.png` });
    await input.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(() => storedHours(planner.api, fn.id, person.id)).toBe(6.5);
  });

  test('says what the function can have: never more than the contract, also when over-allocated', async ({
    page,
    planner,
  }) => {
    const { person, fn } = await aMember(planner.api);
    const contract = person.contractHours;
    const first = await openHours(page, fn.name, person.name);
    // Their only function: all of the contract is available to it.
    // The second number is the contract, and says so: not the function's hours.
    await expect(first.dialog).toContainText(
      `Vrij voor deze functie: ${contract} van ${contract} contracturen per week.`,
    );
    await first.input.fill('40');
    await first.input.press('Enter');
    await expect.poll(() => storedHours(planner.api, fn.id, person.id)).toBe(40);

    // 40 hours on a smaller contract: still the contract, not "40 van 24".
    const { dialog } = await openHours(page, fn.name, person.name);
    await expect(dialog).toContainText(`Vrij voor deze functie: ${contract} van ${contract} contracturen per week.`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hours-available.png` });
  });

  test('the leidinggevende’s fte is written with a decimal comma', async ({ page, planner }) => {
    const shell = new AppShell(page);
    const design = new DesignSetupPage(page);
    await shell.open('design');
    const leader = design.leader();
    if (await leader.getByTestId('leader-add').isVisible()) await leader.getByTestId('leader-add').click();
    const fte = leader.getByTestId('leader-span-fte');
    await fte.fill('9.5');
    await fte.press('Tab');
    await expect(fte).toHaveValue('9,5');
    const stored = async () => (await planner.api('teams.list', {}))[0]!.leader?.spanFte;
    await expect.poll(stored).toBe(9.5);
    await page.reload();
    await shell.open('design');
    await expect(design.leader().getByTestId('leader-span-fte')).toHaveValue('9,5');
  });
});

test.describe('hours typed in an English (US) browser', () => {
  test.use({ locale: 'en-US' });

  test('the field follows the app language, not the browser: "7,5" is seven and a half in Dutch', async ({
    page,
    planner,
  }) => {
    const { person, fn } = await aMember(planner.api);
    const first = await openHours(page, fn.name, person.name);
    await first.input.fill('7,5');
    await first.dialog.getByTestId('hours-confirm').click();
    await expect.poll(() => storedHours(planner.api, fn.id, person.id)).toBe(7.5);
    // The locators stay valid for each opening of the dialog.
    const { dialog, input } = await openHours(page, fn.name, person.name);
    await expect(input).toHaveValue('7,5');
    await page.keyboard.press('Escape');

    // In English the app writes a point, and still reads both.
    await new AppShell(page).switchLanguage('EN');
    await openHours(page, fn.name, person.name);
    await expect(input).toHaveValue('7.5');
    await input.fill('8,5');
    await input.press('Enter');
    await expect.poll(() => storedHours(planner.api, fn.id, person.id)).toBe(8.5);
    await openHours(page, fn.name, person.name);
    await input.fill('61');
    await expect(dialog.getByText('That is more than 60. Enter at most 60.')).toBeVisible();
  });
});
