import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AreaPage } from './pages/AreaPage.js';
import { pdfPageCount, pdfPages, pdfToPngs, squash } from './pages/PrintPdf.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';

const OUT = path.resolve(import.meta.dirname, '../../test-results/area-scale');
mkdirSync(OUT, { recursive: true });

/** Eighteen teams in one area, as a region has them: a column per team in two tables. */
const TEAMS = 18;

/** Words of the table's cells that the layout broke over two lines (a word whose text spans more than one line box). */
function brokenWords(table: HTMLElement): string[] {
  const broken: string[] = [];
  for (const cell of table.querySelectorAll('th, td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // A line may end after a hyphen ("18-|64"), as in any text; inside a piece it may not.
      for (const match of text.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

test('an area of eighteen teams: words stay whole, wide tables scroll in their own box, the printout is sensible', async ({
  page,
  planner,
}) => {
  test.setTimeout(120_000);
  for (const entry of syntheticHrInput(TEAMS, 4).scenarios) {
    await planner.api('plan.import', {
      plan: { ...entry.plan, team: { ...entry.plan.team, area: 'Gebied 6' } },
      onConflict: 'ask',
    });
  }
  const area = new AreaPage(page);
  await area.openByKeyboard();
  await area.choose('Gebied 6');
  await expect(area.rows('teams')).toHaveCount(TEAMS);

  for (const id of ['teams', 'competencies', 'expertise', 'functions'] as const) {
    expect(await area.table(id).locator('table').first().evaluate(brokenWords), id).toEqual([]);
  }
  // The competency table is wider than the screen: its own box scrolls, by keyboard too.
  const box = area.table('competencies').getByRole('region', { name: 'Competenties in het gebied' });
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await area.table('competencies').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/area-scale-competencies.png` });

  const pdfPath = path.join(OUT, 'gebied-6.pdf');
  await area.pdf(pdfPath);
  pdfToPngs(pdfPath, path.join(OUT, 'gebied-6'));
  const printed = squash(pdfPages(pdfPath).join(' '));
  // Before, one competency's row was taller than a page; now the wide tables come in parts.
  expect(pdfPageCount(pdfPath)).toBeGreaterThan(1);
  expect(printed).toContain('Competenties in het gebied, deel 1 van 3');
  expect(printed).toContain('Competenties in het gebied, deel 3 van 3');
  expect(printed).toContain('Wijkteamplanner · gebiedsoverzicht Gebied 6 · afgedrukt op');
  for (let t = 0; t < TEAMS; t += 1) expect(printed).toContain(`Wijkteam ${String(t).padStart(3, '0')}`);
});

test('an area of eighteen teams reads as one: named as most teams write it, a line per team, numbers as in Dutch', async ({
  page,
  planner,
}) => {
  test.setTimeout(120_000);
  for (const entry of syntheticHrInput(TEAMS, 4).scenarios) {
    const first = entry.teamId === 'team-0';
    await planner.api('plan.import', {
      plan: {
        ...entry.plan,
        // The team that sorts first types the area in small letters; the other seventeen write it as a name.
        team: { ...entry.plan.team, area: first ? 'gebied 6' : 'Gebied 6' },
        // Medewerker 0-0 works in all eighteen teams: 60 hours in each, 1080 in all.
        assignments: entry.plan.assignments.map((a) => (a.professionalId === 'p-0-0' ? { ...a, hours: 60 } : a)),
      },
      onConflict: 'ask',
    });
  }
  const area = new AreaPage(page);
  await area.openByKeyboard();
  await area.choose('Gebied 6');
  await expect(area.picker().locator('option:checked')).toHaveText('Gebied 6 (18 teams)');
  await expect(page.locator('#area-doc-title')).toHaveText('Gebiedsoverzicht Gebied 6');

  // Which teams fulfil a function: one line per team, not one run-on text of eighteen.
  const fulfilled = area.rows('functions').first().locator('td').first();
  const lines = fulfilled.getByTestId('area-cell-list').locator('li');
  await expect(lines).toHaveCount(TEAMS);
  await expect(lines.first()).toHaveText(/^Wijkteam 000: \d+ (persoon|personen), \d+ uur$/);
  for (const line of await lines.all()) {
    expect(await line.evaluate((li) => li.getClientRects().length)).toBe(1);
  }
  await fulfilled.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/area-scale-functions.png` });

  // The hours of someone in every team: written as the sentence beside them writes numbers.
  const shared = area.rows('shared').filter({ hasText: 'Medewerker 0-0' });
  await expect(shared.getByTestId('area-cell-list').locator('li')).toHaveCount(TEAMS);
  await expect(shared.locator('td.num').nth(1)).toHaveText('1.080');
  await shared.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/area-scale-shared.png` });
});
