import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';
import { AppShell } from './pages/AppShell.js';
import { PrintPage } from './pages/PrintPage.js';
import { expect, test } from './support/fixtures.js';
import { pdfPageCount, pdfPages, pdfToPngs, squash } from './pages/PrintPdf.js';
import { mainPlan } from './support/planFacts.js';
import { formatCalendarDay } from '../../shared/i18n/dateText.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

const OUT = path.resolve(import.meta.dirname, '../../test-results/print');
mkdirSync(OUT, { recursive: true });

/** Every function row whole on one page: its name and all its members' names on the same page. */
function expectRowsWhole(pages: string[], plan: TeamPlan): void {
  const names = new Map(plan.professionals.map((p) => [p.id, p.name]));
  for (const fn of plan.functions) {
    const members = plan.assignments.filter((a) => a.functionId === fn.id).map((a) => names.get(a.professionalId)!);
    const page = pages.find((text) => squash(text).includes(fn.name) && members.every((m) => squash(text).includes(m)));
    expect(page, `function ${fn.name} with ${members.join(', ')} on one page`).toBeDefined();
  }
}

async function printAndRead(print: PrintPage, name: string) {
  const pdfPath = path.join(OUT, `${name}.pdf`);
  await print.pdf(pdfPath);
  pdfToPngs(pdfPath, path.join(OUT, name));
  return { pages: pdfPages(pdfPath), count: pdfPageCount(pdfPath) };
}

test.describe('printed team composition overview', () => {
  test('the sample team prints to A4 PDF with every member and function, page numbers, and nothing cut', async ({
    page,
    planner,
  }) => {
    const { plan } = await mainPlan(planner.api, 'Wijkteam Voorbeeldwijk-Noord');
    const shell = new AppShell(page);
    await shell.chooseTeam('Voorbeeldwijk-Noord');
    const print = new PrintPage(page);
    await print.open();
    expect(await print.overflowing()).toEqual([]);

    const { pages, count } = await printAndRead(print, 'voorbeeldwijk-noord');
    expect(pages).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(6);
    const all = squash(pages.join(' '));
    for (const text of [
      'TEAMSAMENSTELLING',
      plan.team.name,
      'Voorbeeldwijk-Noord',
      'Integraal team',
      'Kerncijfers',
      'Ontwerpadvies',
      'Gaten en voorgestelde oplossingen',
      'Vaststelling',
      'Niveaus per teamlid',
      'Profiel van het team',
    ]) {
      expect(all).toContain(text);
    }
    // Severities and statuses are the vocabulary's words, the same as on the board; charts have plain Dutch headings.
    expect(all).toMatch(/(Belangrijk|Let op|Tip):/);
    expect(all).toMatch(/(Ontbreekt|Deels gedekt) \(\d geschikt, \d nodig; niveau ≥ \d, beste \d\)/);
    // A gap of people says so, in the board's and the report's words (not "nodig 3, beste 3").
    expect(all).toContain('Deels gedekt (1 geschikt, 2 nodig; niveau ≥ 3, beste 3)');
    for (const foreign of ['Kritiek', 'Waarschuwing', 'Ter info', 'Heatmap', 'heatmap', 'Radar', 'radar'])
      expect(all).not.toContain(foreign);
    const members = new Set(plan.assignments.map((a) => a.professionalId));
    for (const person of plan.professionals.filter((p) => members.has(p.id))) expect(all).toContain(person.name);
    for (const fn of plan.functions) expect(all).toContain(fn.name);
    // Assessment dates are written as every screen writes them ("12 maart 2025"), never as stored ("2025-03-12").
    expect(all).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    const assessed = plan.professionals.find((p) => members.has(p.id) && p.assessedOn)!.assessedOn!;
    expect(all).toContain(squash(formatCalendarDay('nl', assessed)));
    // A candidate from the pool who is not a member appears only as a suggested remedy, never as a member row.
    pages.forEach((text, i) => {
      expect(squash(text)).toContain(`Pagina ${i + 1} van ${count}`);
      expect(squash(text)).toContain(`Wijkteamplanner · ${plan.team.name} · afgedrukt op`);
    });
    expectRowsWhole(pages, plan);
  });

  test('a 25-person team spans pages without cutting a row or a table header loose', async ({ page, planner }) => {
    const big = syntheticHrInput(1, 25).scenarios[0]!.plan;
    const plan: TeamPlan = { ...big, team: { ...big.team, id: 'print-test-team', name: 'Wijkteam Groot' } };
    const result = await planner.api('plan.import', { plan, onConflict: 'ask' });
    expect(result.status).toBe('imported');
    await page.reload();
    await new AppShell(page).chooseTeam('Wijkteam Groot');
    const print = new PrintPage(page);
    await print.open();
    expect(await print.overflowing()).toEqual([]);

    const { pages, count } = await printAndRead(print, 'wijkteam-groot');
    expect(count).toBeGreaterThanOrEqual(3);
    const all = squash(pages.join(' '));
    for (const person of plan.professionals) expect(all).toContain(person.name);
    for (const fn of plan.functions) expect(all).toContain(fn.name);
    expectRowsWhole(pages, plan);
    // Every page with rows of the members table (the only place a binding is printed) repeats its header.
    const memberPages = pages.filter((t) => /functioneel|hiërarchisch/.test(t));
    expect(memberPages.length).toBeGreaterThanOrEqual(1);
    for (const text of memberPages) expect(squash(text)).toContain('Naam Discipline');
    // Likewise the functions table.
    for (const text of pages.filter((t) => /Medewerker 0-\d+ – /.test(t)))
      expect(squash(text)).toContain('Leden (uren per week)');
  });
});

test('the printout follows the UI language: English when the user chose English', async ({ page, planner }) => {
  const { plan } = await mainPlan(planner.api, 'Wijkteam Voorbeeldwijk-Noord');
  const shell = new AppShell(page);
  await shell.chooseTeam('Voorbeeldwijk-Noord');
  await shell.switchLanguage('EN');
  const print = new PrintPage(page);
  await print.open();
  expect(await print.overflowing()).toEqual([]);
  const { pages, count } = await printAndRead(print, 'voorbeeldwijk-noord-en');
  const all = squash(pages.join(' '));
  for (const text of [
    'TEAM COMPOSITION',
    plan.team.name,
    'Integral team',
    'Key figures',
    'Functions in the team',
    'Design advice',
    'Gaps and proposed remedies',
    'Approval',
  ]) {
    expect(all).toContain(text);
  }
  expect(all).toMatch(/(Important|Warning|Tip):/);
  for (const dutch of ['Kerncijfers', 'Teamleden', 'Vaststelling', 'Ontbreekt']) expect(all).not.toContain(dutch);
  pages.forEach((text, i) => {
    expect(squash(text)).toContain(`Page ${i + 1} of ${count}`);
    expect(squash(text)).toContain(`Neighbourhood Team Planner · ${plan.team.name} · printed on`);
  });
  expect(count).toBeGreaterThanOrEqual(2);
});

test('printing from another screen prints the overview of the open team, not the screen', async ({ page, planner }) => {
  const { plan } = await mainPlan(planner.api);
  await expect(page.getByTestId('nav-board')).toHaveAttribute('aria-current', 'page');
  // Not rendered while nobody prints: the board's drag-and-drop never pays for it.
  await expect(page.locator('.print-root')).toHaveCount(0);
  const pdfPath = path.join(OUT, 'from-board.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  const text = squash(pdfPages(pdfPath).join(' '));
  expect(text).toContain('TEAMSAMENSTELLING');
  expect(text).toContain(plan.team.name);
  expect(text).toContain('Vaststelling');
  await expect(page.locator('.print-root')).toHaveCount(0);
});
