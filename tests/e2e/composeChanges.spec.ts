import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import type { Api } from './support/api.js';
import { mainPlan } from './support/planFacts.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

/**
 * "Stel samen" says what it would change before the result is opened: per function who
 * joins, leaves or gets other hours, in the scenario comparison's words; and with "Huidige
 * leden houden" it names kept members who stay over contract.
 */

/** A number of hours as the Dutch screen writes it. */
const hoursText = (hours: number) => String(hours).replace('.', ',');

/**
 * The lines the dialog must show, read from the two stored scenarios after opening: the
 * test's own account of who differs, by function name (every scenario has its own ids).
 */
function expectedLines(current: TeamPlan, composed: TeamPlan): string[] {
  const hoursBy = (plan: TeamPlan) => {
    const names = new Map(plan.functions.map((f) => [f.id, f.name]));
    return new Map(plan.assignments.map((a) => [`${names.get(a.functionId)}\u0000${a.professionalId}`, a.hours]));
  };
  const before = hoursBy(current);
  const after = hoursBy(composed);
  const people = new Map(composed.professionals.map((p) => [p.id, p.name]));
  const lines: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const [fn, id] = key.split('\u0000') as [string, string];
    const [b, a] = [before.get(key), after.get(key)];
    const name = people.get(id)!;
    if (b === undefined) lines.push(`${fn}: ${name} komt erbij, ${hoursText(a!)} uur`);
    else if (a === undefined) lines.push(`${fn}: ${name} gaat eruit (${hoursText(b)} uur)`);
    else if (a !== b) lines.push(`${fn}: ${name}: ${hoursText(b)} → ${hoursText(a)} uur`);
  }
  return lines.sort();
}

async function compose(page: Page, keep: boolean): Promise<void> {
  await page.getByTestId('compose-open').click();
  const dialog = page.getByTestId('compose-dialog');
  await dialog.getByText(keep ? 'Huidige leden houden' : 'Opnieuw beginnen', { exact: true }).click();
  await page.getByTestId('compose-time-limit').fill('5');
  await page.getByTestId('compose-run').click();
  await expect(page.getByTestId('compose-result')).toBeVisible({ timeout: 30_000 });
}

/** Every line of the dialog's list of changes, "Toon nog" pressed when the list is cut. */
async function changeLines(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Wat verandert er' });
  await expect(list.getByRole('heading', { name: 'Wat verandert er' })).toBeVisible();
  const more = page.getByTestId('compose-changes-show-more');
  if (await more.isVisible()) {
    const shown = await list.getByRole('listitem').count();
    await more.press('Enter');
    // The button is gone; the focus goes on to the first line it added.
    await expect(list.getByRole('listitem').nth(shown)).toBeFocused();
  }
  return (await list.getByRole('listitem').allTextContents()).sort();
}

/** Opens the answer as a scenario and reads the composed plan as stored. */
async function openComposed(page: Page, api: Api): Promise<TeamPlan> {
  await page.getByTestId('compose-open-scenario').click();
  await expect(page.locator('[data-scenario="Samengesteld"]')).toBeVisible();
  const composed = (await api('teams.list', {})).flatMap((t) => t.scenarios).find((s) => s.name === 'Samengesteld')!;
  return (await api('plan.get', { scenarioId: composed.id })).plan;
}

test('Stel samen with the members kept lists who joins and with how many hours before it is opened', async ({
  page,
  planner,
}) => {
  // A solver run and a scenario opened: on a busy machine more than the default 45 s.
  test.setTimeout(90_000);
  const shell = new AppShell(page);
  const { plan: current } = await mainPlan(planner.api);
  await shell.open('board');
  await compose(page, true);
  const lines = await changeLines(page);
  // Someone named, with hours: the team leader sees what the composition does before opening it.
  expect(lines.some((line) => / komt erbij, [\d,]+ uur$/.test(line))).toBe(true);
  const axe = await new AxeBuilder({ page }).include('[data-testid="compose-dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByRole('region', { name: 'Wat verandert er' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/compose-changes-kept.png` });
  // Kept members stay as they are: nobody of the current team leaves or changes hours.
  expect(lines.filter((line) => / gaat eruit | → /.test(line))).toEqual([]);
  expect(lines).toEqual(expectedLines(current, await openComposed(page, planner.api)));
});

test('a kept member over contract gets a note beside the proven answer, and starting afresh lists the changes', async ({
  page,
  planner,
}) => {
  // Two solver runs: on a busy machine more than the default 45 s.
  test.setTimeout(90_000);
  const shell = new AppShell(page);
  const { plan: current, scenarioId } = await mainPlan(planner.api);
  // A member of the team placed in a second function for their whole contract: over contract.
  const member = current.professionals.find((p) => current.assignments.some((a) => a.professionalId === p.id))!;
  const fn = current.functions.find(
    (f) => !current.assignments.some((a) => a.functionId === f.id && a.professionalId === member.id),
  )!;
  await planner.api('assignments.set', { functionId: fn.id, professionalId: member.id, hours: member.contractHours });
  const { plan: overPlan } = await planner.api('plan.get', { scenarioId });
  await shell.open('board');

  await compose(page, true);
  const note = page.getByTestId('compose-over-contract');
  // Named among the kept members over contract (the sample may have others over contract already).
  await expect(note).toContainText(/^Let op: .*(werkt meer uren dan het contract|werken meer uren dan hun contract)/);
  await expect(note).toContainText(member.name);
  await expect(note).toContainText('Stel samen verandert gehouden leden niet');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/compose-over-contract.png` });

  // Starting afresh from the note composes at once without keeping anyone: no note, and the
  // list says everything that differs from the current team, as the comparison will.
  await page.getByTestId('compose-start-fresh').click();
  await expect(page.getByTestId('compose-result')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('compose-over-contract')).toHaveCount(0);
  const lines = await changeLines(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/compose-changes-fresh.png` });
  expect(lines).toEqual(expectedLines(overPlan, await openComposed(page, planner.api)));
});
