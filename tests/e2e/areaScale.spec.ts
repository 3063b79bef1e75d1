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
