import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppShell } from './pages/AppShell.js';
import { PrintPage } from './pages/PrintPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';
import type { Api } from './support/api.js';

/**
 * A name as long as real Dutch names get (a tester's): wherever the planner shows a name in a
 * fixed width, its start stays in view; a name too long is shortened at its end, and the
 * full name stays available.
 */
const LONG_NAME = 'Maria Theresia Johanna van den Berg-Oude Wesselink-Schimmelpenninck van der Oye';
const LONG_ORGANISATION =
  'Jeugdgezondheidszorg De Vecht, afdeling Wijkgerichte Ondersteuning en Preventie Zwolle-Noord';
/**
 * A word of 20 letters starting the organisation: a PDF's text must hold it whole where it fits
 * on its line (the functions table's members), to be found and copied.
 */
const LONG_WORD = 'Jeugdgezondheidszorg';
const OUT = path.resolve(import.meta.dirname, '../../test-results/print');
mkdirSync(OUT, { recursive: true });

/** Gives a member of the sample team's busiest in-team function the long name; returns the function's name. */
async function renameAMember(api: Api): Promise<string> {
  const { plan } = await mainPlan(api, 'Wijkteam Voorbeeldwijk-Noord');
  const inTeam = plan.functions.filter((f) => f.placement === 'team');
  const fn = inTeam
    .map((f) => ({ f, members: plan.assignments.filter((a) => a.functionId === f.id) }))
    .sort((a, b) => b.members.length - a.members.length)[0]!;
  await api('professionals.update', {
    id: fn.members[0]!.professionalId,
    name: LONG_NAME,
    organisation: LONG_ORGANISATION,
  });
  return fn.f.name;
}

/**
 * Where the name's first characters ("Maria") are drawn, and the box that shows the name (the
 * svg, and the label's own box when it clips): browser-side code as a string, as the node
 * tsconfig has no DOM.
 */
async function heatMapNameStart(
  page: Page,
  scope: string,
): Promise<{ start: DOMRectLike; svg: DOMRectLike; clip: DOMRectLike | null; firstCell: DOMRectLike }> {
  return page.evaluate(`(() => {
    const svg = document.querySelector(${JSON.stringify(scope)} + ' [data-testid="heatmap"]');
    const row = [...svg.querySelectorAll('g[data-row]')].find((g) => g.getAttribute('data-row') === ${JSON.stringify(LONG_NAME)});
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.data.startsWith('Maria')) node = walker.nextNode();
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 5);
    const box = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const holder = node.parentElement;
    const clips = getComputedStyle(holder).overflow !== 'visible' && holder.namespaceURI !== 'http://www.w3.org/2000/svg';
    return {
      start: box(range.getBoundingClientRect()),
      svg: box(svg.getBoundingClientRect()),
      clip: clips ? box(holder.getBoundingClientRect()) : null,
      firstCell: box(row.querySelector('rect').getBoundingClientRect()),
    };
  })()`);
}
interface DOMRectLike {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

test('a long name keeps its start in the heat map and its hours on one line in the member chip', async ({
  page,
  planner,
}) => {
  const functionName = await renameAMember(planner.api);
  await page.reload();
  await new AppShell(page).chooseTeam('Voorbeeldwijk-Noord');

  // The member chip: the hours stay on one line, as short-named members' do; so does the name.
  const lane = page
    .getByTestId('function-lane')
    .filter({ has: page.getByRole('heading', { name: functionName, exact: true }) });
  const chip = lane.locator(`[data-testid="member"][data-name="${LONG_NAME}"]`);
  const other = lane.locator(`[data-testid="member"]:not([data-name="${LONG_NAME}"])`).first();
  await chip.scrollIntoViewIfNeeded();
  const hours = await chip.locator('.hours-button').boundingBox();
  const otherHours = await other.locator('.hours-button').boundingBox();
  expect(hours!.height).toBe(otherHours!.height);
  expect((await chip.boundingBox())!.height).toBe((await other.boundingBox())!.height);
  // The chip stays within its lane, and the shortened name still says who it is.
  const laneBox = (await lane.boundingBox())!;
  const chipBox = (await chip.boundingBox())!;
  expect(chipBox.x + chipBox.width).toBeLessThanOrEqual(laneBox.x + laneBox.width);
  await expect(chip.locator('.member-name')).toHaveAttribute('title', LONG_NAME);
  await expect(chip.getByRole('button', { name: LONG_NAME }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/long-name-board.png` });

  // The heat map on the board: "Maria" is drawn inside the chart, left of the cells.
  const heatmap = page.locator('[data-testid="coverage-panel"] [data-testid="heatmap"]');
  await heatmap.scrollIntoViewIfNeeded();
  const board = await heatMapNameStart(page, '[data-testid="coverage-panel"]');
  expect(board.start.left).toBeGreaterThanOrEqual(board.svg.left);
  if (board.clip) expect(board.start.left).toBeGreaterThanOrEqual(board.clip.left);
  expect(board.start.right).toBeLessThanOrEqual(board.firstCell.left);
  // The full name is the label's tooltip.
  await expect(heatmap.locator(`g[data-row="${LONG_NAME}"] [title="${LONG_NAME}"]`)).toHaveCount(1);
  await heatmap.screenshot({ path: `${SCREENSHOT_DIR}/long-name-heatmap.png` });
});

test('on paper a long name starts its heat-map row, breaks between syllables in the members table, and the PDF text holds whole words', async ({
  page,
  planner,
}) => {
  await renameAMember(planner.api);
  await page.reload();
  await new AppShell(page).chooseTeam('Voorbeeldwijk-Noord');
  const print = new PrintPage(page);
  await print.open();
  const pdfPath = path.join(OUT, 'long-name.pdf');
  await print.pdf(pdfPath);
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdfPath, path.join(OUT, 'long-name')]);

  // Every word's place on its page (pdftotext's bounding boxes, in points).
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' });
  const pages = html.split('<page ').slice(1);
  const words = (pageText: string) =>
    [
      ...pageText.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[5]! }));
  const heatPage = pages.find((p) => words(p).some((w) => w.text === 'Vereist'))!;
  expect(heatPage).toBeDefined();
  const onHeatPage = words(heatPage);
  const vereist = onHeatPage.find((w) => w.text === 'Vereist')!;
  // The heat map's rows are below "Vereist"; the long one starts with "Maria Theresia", inside the page's margins.
  const maria = onHeatPage.filter((w) => w.text === 'Maria' && w.y > vereist.y);
  expect(maria).toHaveLength(1);
  const next = onHeatPage[onHeatPage.indexOf(maria[0]!) + 1]!;
  expect(next.text).toBe('Theresia');
  const A4_MARGIN_PT = (15 / 25.4) * 72;
  expect(maria[0]!.x).toBeGreaterThanOrEqual(A4_MARGIN_PT - 1);

  // The PDF's text has whole words: no invisible soft hyphen in any of them, so searching or copying
  // a long word finds it as typed (where it fits on its line).
  const all = pages.flatMap(words).map((w) => w.text);
  expect(all.filter((w) => w.includes('\u00ad'))).toEqual([]);
  expect(all.filter((w) => w.replace(/\W+$/, '') === LONG_WORD).length).toBeGreaterThan(0);

  // In the tables the long word breaks between syllables ("Schimmel" / "penninck"), never as
  // "Schimmelpenni" / "nck": where it does not fit whole, its first part is a syllable boundary.
  const starts = all.filter((w) => /^(Wesselink-)?Schim/.test(w)).map((w) => w.replace(/^Wesselink-/, ''));
  const broken = starts.filter((w) => w !== 'Schimmelpenninck');
  expect(broken.length).toBeGreaterThan(0);
  for (const first of broken) expect(['Schim', 'Schimmel', 'Schimmelpen']).toContain(first);
});
