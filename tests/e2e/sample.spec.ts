import { AppShell } from './pages/AppShell.js';
import { DesignPage } from './pages/DesignPage.js';
import { expect, test } from './support/fixtures.js';

test('remove the sample after creating an own team: only the own team stays', async ({ page, planner }) => {
  const shell = new AppShell(page);
  await new DesignPage(page).createTeam('Eigen team');
  await shell.chooseTeam('Voorbeeldwijk-Noord');
  await shell.open('design');
  await page.getByTestId('sample-note').getByRole('button', { name: 'Voorbeeldwijk verwijderen' }).click();
  await page.getByTestId('sample-remove-confirm').click();
  await expect(new AppShell(page).teamField()).toHaveValue(/Eigen team/);
  await expect(page.getByTestId('sample-note')).toHaveCount(0);
  const teams = await planner.api('teams.list', {});
  expect(teams.map((t) => t.name)).toEqual(['Eigen team']);
});
