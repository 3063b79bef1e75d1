import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { buildHrOverview, EMPTY_HR_FILTER } from '../../shared/hr/index.js';
import { localToday } from '../../shared/domain/today.js';
import { formatCalendarDay } from '../../shared/i18n/dateText.js';
import { AppShell } from './pages/AppShell.js';
import { HrPage } from './pages/HrPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

test.describe('HR overview', () => {
  test('shows every team by gap severity as the shared HR code computes it, with the lists HR acts on', async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    await expect(hr.rows()).toHaveCount(3);
    const input = await planner.api('hr.overview', {});
    const overview = buildHrOverview(input, {
      today: localToday(),
      assessmentMonths: 24,
      includeScenarios: false,
      filter: EMPTY_HR_FILTER,
    });
    for (const row of overview.rows) {
      expect(await hr.severities(row.teamName)).toEqual(row.cells.map((c) => c.severity));
      await expect(hr.row(row.teamName).getByTestId('hr-row-coverage')).toHaveText(
        `${Math.round(row.teamCoverage * 100)}%`,
      );
    }
    // The sample's known cases: Fatima works in both teams beyond her contract; two people were never assessed.
    await expect(hr.list('overAllocated').locator('tbody tr')).toHaveCount(1);
    await expect(hr.list('overAllocated').locator('tr[data-person="Fatima El Amrani"]')).toContainText('+8');
    await expect(hr.list('assessments').locator('tr[data-person="Kevin de Boer"]')).toContainText('Nooit beoordeeld');
    await expect(hr.list('assessments').locator('tr[data-person="Wilma Brouwer"]')).toBeVisible();
    await expect(hr.list('singlePerson').locator('tbody tr')).toHaveCount(overview.singlePerson.length);
    await expect(hr.list('advice').locator('tbody tr')).toHaveCount(overview.advice.length);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-overview.png`, fullPage: true });

    const before = await hr.list('assessments').locator('tbody tr').count();
    await hr.setMonths(6);
    await expect(hr.list('assessments').locator('tbody tr')).not.toHaveCount(before);
    const at6 = buildHrOverview(input, {
      today: localToday(),
      assessmentMonths: 6,
      includeScenarios: false,
      filter: EMPTY_HR_FILTER,
    });
    await expect(hr.list('assessments').locator('tbody tr')).toHaveCount(at6.assessments.length);
    // An assessment date the long way, as every screen writes a date: "1 maart 2024", not "2024-03-01".
    const dated = at6.assessments.find((p) => p.assessedOn !== null)!;
    await expect(hr.list('assessments').locator(`tr[data-person="${dated.name}"]`)).toContainText(
      formatCalendarDay('nl', dated.assessedOn!),
    );
  });

  test('filters by model, area and organisation type, and a team name opens that team', async ({
    page,
    planner: _planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    await hr.setFilter('model', 'A2');
    await expect(hr.rows()).toHaveCount(1);
    await expect(hr.row('Wijkteam Voorbeeldwijk-Zuid')).toBeVisible();
    await hr.setFilter('model', '');
    await hr.setFilter('area', 'Voorbeeldwijk-Noord');
    // The A1 team and the sample's youth team share this wijk.
    await expect(hr.rows()).toHaveCount(2);
    await hr.setFilter('type', 'geintegreerd');
    await expect(hr.rows()).toHaveCount(0);
    await hr.setFilter('area', '');
    await expect(hr.rows()).toHaveCount(1);

    await hr.row('Wijkteam Voorbeeldwijk-Zuid').getByTestId('hr-open-team').click();
    await expect(page.getByTestId('nav-board')).toHaveAttribute('aria-current', 'page');
    await expect(new AppShell(page).teamField()).toHaveValue(/Voorbeeldwijk-Zuid/);
  });

  test('shows variants as rows of their own when asked', async ({ page, planner }) => {
    const teams = await planner.api('teams.list', {});
    const zuid = teams.find((t) => t.name === 'Wijkteam Voorbeeldwijk-Zuid')!;
    await planner.api('scenarios.duplicate', { scenarioId: zuid.scenarios[0]!.id, name: 'Zuid met jeugd' });
    const hr = new HrPage(page);
    await hr.open();
    await expect(hr.rows()).toHaveCount(3);
    await page.getByTestId('hr-include-scenarios').check();
    await expect(hr.rows()).toHaveCount(4);
    await expect(hr.row('Wijkteam Voorbeeldwijk-Zuid', 'Zuid met jeugd')).toBeVisible();
  });

  test('exports a list to XLSX and CSV with Dutch column names, as filtered', async ({ page, planner: _planner }) => {
    const hr = new HrPage(page);
    await hr.open();
    const xlsx = await hr.export('hr-export-overAllocated-xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/^hr-te-veel-uren-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Te veel uren');
    expect(sheet.getRow(1).getCell(1).value).toBe('Naam');
    expect(sheet.getRow(1).getCell(6).value).toBe('Uren te veel');
    expect(sheet.getRow(2).getCell(1).value).toBe('Fatima El Amrani');
    expect(sheet.getRow(2).getCell(6).value).toBe(8);

    await hr.setFilter('model', 'A1');
    const csv = await hr.export('hr-export-matrix-csv');
    expect(csv.suggestedFilename()).toMatch(/^hr-competentiematrix-.*\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields!.slice(0, 3)).toEqual(['Team', 'Scenario', 'Teamdekking (%)']);
    expect(parsed.meta.fields).toContain('Aanpassingsvermogen');
    expect(parsed.data.map((r) => r.Team)).toEqual(['Wijkteam Voorbeeldwijk-Noord']);

    const teams = await hr.export('hr-export-teams-xlsx');
    const teamBook = new ExcelJS.Workbook();
    await teamBook.xlsx.load(readFileSync(await teams.path()) as unknown as ArrayBuffer);
    const teamSheet = teamBook.getWorksheet('Teams')!;
    const headers = (teamSheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Fte nodig', 'Fte ingezet', 'Disciplines', 'Moederorganisaties']));
    expect(teamSheet.rowCount).toBe(2);
    expect(teamSheet.getRow(2).getCell(1).value).toBe('Wijkteam Voorbeeldwijk-Noord');
  });

  test('exports in the UI language: English column names, sheet and file name after switching to English', async ({
    page,
    planner: _planner,
  }) => {
    await new AppShell(page).switchLanguage('EN');
    const hr = new HrPage(page);
    await hr.open();
    const xlsx = await hr.export('hr-export-overAllocated-xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/^hr-over-allocated-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Over-allocated');
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    expect(sheet.getRow(1).getCell(6).value).toBe('Hours over contract');
    expect(sheet.getRow(2).getCell(1).value).toBe('Fatima El Amrani');
    expect(sheet.getRow(2).getCell(2).value).toBe('Social worker');
  });
});

test('HR, print and exchange screens have no serious or critical axe violations, in Dutch and English', async ({
  page,
  planner: _planner,
}) => {
  // Axe over six screens in two languages takes about 20 s on a quiet machine: room for a loaded one.
  test.setTimeout(120_000);
  const hr = new HrPage(page);
  const check = async (label: string) => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${label}: ${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  };
  await hr.open();
  await check('hr');
  await page.getByTestId('nav-print').click();
  await expect(page.getByTestId('print-screen')).toBeVisible();
  await check('print');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/print-screen.png`, fullPage: true });
  await new AppShell(page).switchLanguage('EN');
  await hr.open();
  await expect(page.getByRole('heading', { name: 'HR overview' })).toBeVisible();
  await expect(hr.list('overAllocated')).toContainText('Over-allocated across all teams');
  await check('hr (en)');
});
