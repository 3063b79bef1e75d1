import { functionNameIn } from '../../shared/catalogue/functionName.js';
import { computeCoverage } from '../../shared/engine/index.js';
import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

test('the scenario comparison names a catalogue function in English after switching, as the board does', async ({
  page,
  planner,
}) => {
  const { plan } = await mainPlan(planner.api);
  // A catalogue function (stored under its Dutch name) with a gap, so the comparison lists it.
  const report = computeCoverage(plan);
  const withGap = plan.functions.find(
    (f) =>
      f.templateKey !== null &&
      functionNameIn(f, 'en') !== f.name &&
      report.functions.some((c) => c.id === f.id && !c.inShell && c.requirements.some((r) => r.status !== 'covered')),
  )!;
  const english = functionNameIn(withGap, 'en');

  const shell = new AppShell(page);
  await shell.open('scenarios');
  await page.getByTestId('scenario-name').fill('Kopie');
  await page.getByTestId('scenario-duplicate').click();
  await expect(page.getByTestId('scenario-compare')).toBeVisible();
  await shell.switchLanguage('EN');
  const sideA = page.getByTestId('compare-side-a');
  await expect(sideA).toContainText(`${english}:`);
  await expect(sideA).not.toContainText(withGap.name);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-in-english.png`, fullPage: true });
});
