import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppShell } from './pages/AppShell.js';
import { HrPage } from './pages/HrPage.js';
import { PrintPage } from './pages/PrintPage.js';
import { plainTeamInput } from '../support/teamInput.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * A new team asks nothing yet: no functions, or functions without requirements. Its
 * coverage is "Nog niets gevraagd", never "100%" (nothing asked is not everything
 * covered), on the board, in HR and its Excel file and on paper (shared/engine/shownCoverage.ts).
 */
const TEAM = 'Wijkteam Nieuwbouw';
const FUNCTION = 'Opbouwwerk';

test.beforeEach(async ({ page, planner }) => {
  const team = await planner.api('teams.create', { ...plainTeamInput(TEAM, 'Nieuwbouw'), functionTemplateKeys: [] });
  await planner.api('functions.create', {
    scenarioId: team.scenarios[0]!.id,
    name: FUNCTION,
    templateKey: null,
    placement: 'team',
    hoursRequired: 16,
    requirements: [],
    expertise: [],
    lifeDomains: [],
    consultation: null,
    escalation: '',
  });
  await page.reload();
  await new AppShell(page).chooseTeam(TEAM);
});

test('the board says nothing is asked yet, for the team and its function, instead of 100%', async ({ page }) => {
  const coverage = page.getByTestId('team-coverage');
  await expect(coverage).toHaveText('Nog niets gevraagd');
  await expect(coverage).not.toHaveAttribute('data-value');
  const lane = page.locator(`[data-testid="function-lane"][data-function="${FUNCTION}"]`);
  await expect(lane.getByTestId('lane-coverage')).toHaveText('Nog niets gevraagd');
  await expect(page.getByTestId('function-coverage-value')).toHaveText('Nog niets gevraagd');
  await expect(page.getByTestId('coverage-summary')).not.toContainText('100%');
  await expect(page.getByTestId('gaps-none')).toHaveText(/^Nog geen gaten: het team vraagt nog niets\./);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/board-nothing-asked.png` });

  await new AppShell(page).switchLanguage('EN');
  await expect(coverage).toHaveText('Nothing asked yet');
});

test('HR and its teams sheet say nothing is asked yet for the new team', async ({ page }) => {
  const hr = new HrPage(page);
  await hr.open();
  await expect(hr.row(TEAM).getByTestId('hr-row-coverage')).toHaveText('Nog niets gevraagd');
  // A team that asks something still reads as a percentage.
  await expect(hr.row('Wijkteam Voorbeeldwijk-Noord').getByTestId('hr-row-coverage')).toHaveText(/^\d+%$/);
  await hr.row(TEAM).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-nothing-asked.png` });

  const teams = await hr.export('hr-export-teams-xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await teams.path()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Teams')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = headers.indexOf('Teamdekking (%)') + 1;
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
  const row = rows.find((r) => r.getCell(1).value === TEAM)!;
  expect(row.getCell(column).value).toBe('Nog niets gevraagd');
  const sample = rows.find((r) => r.getCell(1).value === 'Wijkteam Voorbeeldwijk-Noord')!;
  expect(typeof sample.getCell(column).value).toBe('number');
});

test('the printout says nothing is asked yet, for the team and its function', async ({ page }) => {
  const print = new PrintPage(page);
  await print.open();
  const printed = print.printed();
  await expect(printed.getByTestId('print-team-coverage')).toHaveText('Nog niets gevraagd');
  const fnRow = printed.locator(`tr[data-function="${FUNCTION}"]`);
  await expect(fnRow).toContainText('Nog niets gevraagd');
  await expect(fnRow).not.toContainText('100%');
});
