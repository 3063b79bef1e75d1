import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { localToday } from '../../shared/domain/today.js';
import { buildHrOverview, EMPTY_HR_FILTER } from '../../shared/hr/index.js';
import { HrPage } from './pages/HrPage.js';
import { type PlannerFixture, SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

const NOORD = 'Wijkteam Voorbeeldwijk-Noord';

/** The HR overview the screen shows by default (main scenarios, no filter), built from the store's answer. */
async function overviewOf(planner: PlannerFixture) {
  return buildHrOverview(await planner.api('hr.overview', {}), {
    today: localToday(),
    assessmentMonths: 24,
    includeScenarios: false,
    filter: EMPTY_HR_FILTER,
  });
}

test.describe('HR matrix cells that explain themselves', () => {
  test('HR reaches a cell with the keyboard, reads where the gap is and who has the level, and finds it in the XLSX', async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    const overview = await overviewOf(planner);
    const empathy = overview.competencies.findIndex((c) => c.kind === 'competency' && c.key === 'empathy');
    const detail = page.getByTestId('hr-cell-detail');
    await expect(detail).toContainText('Kies een cel');

    // Keyboard only: from Noord's team name, Tab lands on the row's one tab stop, arrows move along the row.
    await hr.row(NOORD).getByTestId('hr-open-team').focus();
    await page.keyboard.press('Tab');
    const first = hr.row(NOORD).getByTestId('hr-cell').first();
    await expect(first).toBeFocused();
    for (let i = 0; i < empathy; i += 1) await page.keyboard.press('ArrowRight');
    const cell = hr.row(NOORD).getByTestId('hr-cell').nth(empathy);
    await expect(cell).toBeFocused();
    await expect(cell).toHaveAttribute('aria-label', /Inlevingsvermogen, Wijkteam Voorbeeldwijk-Noord: ontbreekt/);
    // Only one cell is in the Tab order at a time (roving tab stop).
    await expect(hr.matrix().locator('[data-testid="hr-cell"][tabindex="0"]')).toHaveCount(1);

    await expect(detail.getByRole('heading')).toHaveText(`${NOORD}: Inlevingsvermogen`);
    await expect(detail).toContainText('2 eisen open');
    // One line per requirement, worst first, each opening with the status word.
    await expect(detail.locator('li').first()).toContainText(
      'Ontbreekt in Sociaalpedagogische zorg (0 geschikt, 2 nodig; niveau ≥ 3)',
    );
    await expect(detail).toContainText('Anouk de Vries (3), nu in Maatschappelijke dienstverlening');
    // The same sentence is the cell's tooltip on hover.
    await expect(cell).toHaveAttribute('title', /Sociaalpedagogische zorg.*Anouk de Vries \(3\)/);
    await detail.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-cell-detail.png`, fullPage: true });

    // ArrowDown moves to the same competency in the next team.
    await page.keyboard.press('ArrowDown');
    await expect(detail.getByRole('heading')).toHaveText('Wijkteam Voorbeeldwijk-Zuid: Inlevingsvermogen');

    const download = await hr.export('hr-export-matrix-xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Inlevingsvermogen');
    expect(column).toBeGreaterThan(0);
    let text = '';
    sheet.eachRow((row) => {
      if (row.getCell(1).value === NOORD) text = String(row.getCell(column).value);
    });
    expect(text).toContain('ontbreekt in Sociaalpedagogische zorg (0 geschikt, 2 nodig; niveau ≥ 3)');
    expect(text).toContain('Anouk de Vries (3), nu in Maatschappelijke dienstverlening');
  });

  test('vakkennis only the shell asks reads "in de schil" in the matrix, its legend, the detail and the XLSX', async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    const overview = await overviewOf(planner);
    const crisis = overview.competencies.findIndex((c) => c.kind === 'expertise' && c.key === 'crisis');
    expect(crisis).toBeGreaterThan(0);
    const name = overview.competencies[crisis]!.name.nl;
    const cell = hr.row(NOORD).getByTestId('hr-cell').nth(crisis);
    await expect(cell).toHaveAttribute('aria-label', `${name}, ${NOORD}: in de schil`);
    await expect(page.getByRole('list', { name: 'Legenda' })).toContainText('in de schil');
    await cell.click();
    await expect(page.getByTestId('hr-cell-detail')).toContainText(
      'In de schil · Alleen functies in de schil vragen hierom',
    );
    await page.getByTestId('hr-cell-detail').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-cell-in-shell.png`, fullPage: true });

    const download = await hr.export('hr-export-matrix-xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf(name);
    let text = '';
    sheet.eachRow((row) => {
      if (row.getCell(1).value === NOORD) text = String(row.getCell(column).value);
    });
    expect(text).toBe('Geen eis in het team: in de schil');
  });
});
