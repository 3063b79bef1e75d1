import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { localToday } from '../../shared/domain/today.js';
import { HrPage } from './pages/HrPage.js';
import { pdfPageCount, pdfPages, pdfToPngs, squash } from './pages/PrintPdf.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { sheetsAsCsv } from './support/libreOffice.js';

const OUT = path.resolve(import.meta.dirname, '../../test-results/development');
mkdirSync(OUT, { recursive: true });
const NOORD = 'Wijkteam Voorbeeldwijk-Noord';

test.describe('development plan', () => {
  test('HR explains a cell by keyboard, makes a plan of 3 steps for the sample, exports and prints it', async ({
    page,
    planner,
  }) => {
    // A PDF printed and read with poppler, and an XLSX read by LibreOffice (a program started
    // for it): on a busy machine more than the default 45 s, like the other long walks.
    test.setTimeout(90_000);
    const hr = new HrPage(page);
    await hr.open();

    // The cell first, by keyboard: Noord's empathy gap names the function and the colleague.
    await hr.row(NOORD).getByTestId('hr-open-team').focus();
    await page.keyboard.press('Tab');
    const input = await planner.api('hr.overview', {});
    expect(input.scenarios.length).toBeGreaterThan(0);
    const detail = page.getByTestId('hr-cell-detail');
    for (let i = 0; i < 12; i += 1) {
      if ((await detail.getByRole('heading').textContent())?.includes('Inlevingsvermogen')) break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(detail.getByRole('heading')).toHaveText(`${NOORD}: Inlevingsvermogen`);
    await expect(detail).toContainText('Anouk de Vries (3), nu in Maatschappelijke dienstverlening');

    // The plan: Noord only, 3 steps, the default rule of one step per person.
    const section = page.getByTestId('development-section');
    await section.scrollIntoViewIfNeeded();
    await expect(section).toContainText('Ontwikkelplan');
    const noord = input.scenarios.find((s) => s.isMain && s.plan.team.name === NOORD)!;
    await page.getByTestId('development-scope').selectOption(noord.scenarioId);
    await page.getByTestId('development-k').fill('3');
    await page.getByTestId('development-make').click();
    const doc = page.getByTestId('development-doc');
    await expect(doc).toBeVisible({ timeout: 30_000 });

    // The same plan as the API gives; three people, each with what it closes in the vocabulary's words.
    const plan = await planner.api('development.plan', {
      scope: { kind: 'scenario', scenarioId: noord.scenarioId },
      k: 3,
      today: localToday(),
    });
    expect(plan.steps).toHaveLength(3);
    await expect(doc.getByTestId('development-step')).toHaveCount(3);
    for (const step of plan.steps) await expect(doc).toContainText(step.personName);
    await expect(doc).toContainText('Inlevingsvermogen van niveau 2 naar 3');
    await expect(doc).toContainText('Maatschappelijke dienstverlening: deels gedekt → gedekt');
    await expect(doc.getByTestId('development-proof')).toHaveText('Bewezen de beste keuze van hoogstens 3 stappen.');
    await expect(doc).toContainText('Dit plan is een advies');
    // A visit to another screen does not lose the plan.
    await page.getByTestId('nav-professionals').click();
    await hr.open();
    await expect(doc.getByTestId('development-step')).toHaveCount(3);
    await doc.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/development-plan.png`, fullPage: true });

    // Export: read back by LibreOffice.
    const download = await hr.export('development-export');
    expect(download.suggestedFilename()).toMatch(/^ontwikkelplan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const xlsxPath = path.join(OUT, download.suggestedFilename());
    await download.saveAs(xlsxPath);
    const sheets = sheetsAsCsv(xlsxPath);
    expect([...sheets.keys()].sort()).toEqual(['Ontwikkelplan', 'Toelichting']);
    const steps = sheets.get('Ontwikkelplan')!;
    expect(steps[0]).toEqual(['Medewerker', 'Ontwikkelen', 'Van niveau', 'Naar niveau', 'Werkt in', 'Wat het sluit']);
    expect(
      steps
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(plan.steps.map((s) => s.personName).sort());
    expect(steps.slice(1).every((row) => Number(row[3]) === Number(row[2]) + 1)).toBe(true);
    expect(sheets.get('Toelichting')!.flat().join(' ')).toContain('Dit plan is een advies');

    // Print: the plan alone on A4, not the HR screen or the open team's overview.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('development-print').click();
    await expect(page.locator('#development-print-doc')).toBeVisible();
    const pdfPath = path.join(OUT, 'ontwikkelplan-noord.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    pdfToPngs(pdfPath, path.join(OUT, 'ontwikkelplan-noord'));
    const printed = squash(pdfPages(pdfPath).join(' '));
    expect(pdfPageCount(pdfPath)).toBeGreaterThanOrEqual(1);
    expect(printed).toContain(`Ontwikkelplan ${NOORD}`);
    for (const step of plan.steps) expect(printed).toContain(step.personName);
    expect(printed).toContain('Dit plan is een advies');
    expect(printed).toMatch(/Pagina 1 van \d/);
    expect(printed).not.toContain('TEAMSAMENSTELLING');
    expect(printed).not.toContain('Maak plan');
    expect(printed).not.toContain('Teams en competenties');
  });

  test("a person's page shows their development advice, and nothing in their ratings changes", async ({
    page,
    planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.select('Fatima El Amrani');
    const advice = page.getByTestId('development-advice');
    await expect(advice.getByRole('heading', { name: 'Ontwikkeladvies' })).toBeVisible();
    await expect(advice.getByTestId('development-advice-step').first()).toBeVisible({ timeout: 30_000 });
    await expect(advice).toContainText('Inlevingsvermogen van niveau 2 naar 3');
    await expect(advice).toContainText('Dit plan is een advies');
    const before = (await planner.api('hr.overview', {})).professionals.find((p) => p.name === 'Fatima El Amrani')!;
    expect(before.ratings.empathy).toBe(2);
    await advice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/development-advice.png`, fullPage: true });
  });
  test('a new level updates the advice without taking the old one away first', async ({ page, planner }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.select('Fatima El Amrani');
    const advice = page.getByTestId('development-advice');
    await expect(advice).toContainText('Inlevingsvermogen van niveau 2 naar 3', { timeout: 30_000 });
    // Watch the advice from here on: while it is asked again the old steps stay, so the
    // first-visit line "wordt berekend" (no advice at all) must never come back.
    await page.evaluate(() => {
      const box = document.querySelector('[data-testid="development-advice"]')!;
      const w = window as unknown as { adviceGone: boolean };
      w.adviceGone = false;
      new MutationObserver(() => {
        if (box.textContent?.includes('wordt berekend')) w.adviceGone = true;
      }).observe(box, { childList: true, subtree: true, characterData: true });
    });
    await page
      .getByTestId('ratings')
      .getByRole('button', { name: /Niveau voor Inlevingsvermogen/ })
      .click();
    await page.getByRole('option', { name: '3 · sterk' }).click();
    await expect
      .poll(
        async () =>
          (await planner.api('professionals.list', {})).find((p) => p.name === 'Fatima El Amrani')?.ratings.empathy,
      )
      .toBe(3);
    await expect(advice).not.toContainText('Inlevingsvermogen van niveau 2 naar 3', { timeout: 30_000 });
    await expect(advice).not.toHaveAttribute('data-updating');
    // At level 3 her empathy closes nothing more; the new advice says so.
    await expect(advice).toContainText('Geen stap voor Fatima El Amrani');
    expect(await page.evaluate(() => (window as unknown as { adviceGone: boolean }).adviceGone)).toBe(false);
  });

  test('the number fields read what is typed: Backspace and 5 is five steps, and "6,5" months is refused, not read as 65', async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    const input = await planner.api('hr.overview', {});
    const noord = input.scenarios.find((s) => s.isMain && s.plan.team.name === NOORD)!;
    const section = page.getByTestId('development-section');
    await section.scrollIntoViewIfNeeded();
    await page.getByTestId('development-scope').selectOption(noord.scenarioId);
    // Correcting the 3 by keyboard: the field was clamped to 1 on the Backspace, and the 5 made 15.
    const k = page.getByTestId('development-k');
    await k.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect(k).toHaveValue('');
    await page.keyboard.type('5');
    await expect(k).toHaveValue('5');
    const perPerson = page.getByTestId('development-per-person');
    await perPerson.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2');
    await expect(perPerson).toHaveValue('2');
    // A Dutch decimal comma in the months is refused with the reason, and no plan is made of it.
    const months = page.getByTestId('development-months');
    await months.click();
    await page.keyboard.type('6,5');
    await expect(months).toHaveValue('6,5');
    await expect(section).toContainText('Typ een heel getal, zonder komma of punt.');
    await expect(page.getByTestId('development-make')).toBeDisabled();
    await section.screenshot({ path: `${SCREENSHOT_DIR}/development-number-refused.png` });
    await months.fill('');
    await page.getByTestId('development-make').click();
    const doc = page.getByTestId('development-doc');
    await expect(doc).toBeVisible({ timeout: 30_000 });
    const plan = await planner.api('development.plan', {
      scope: { kind: 'scenario', scenarioId: noord.scenarioId },
      k: 5,
      today: localToday(),
      rules: { maxStepsPerPerson: 2 },
    });
    expect(plan.steps.length).toBeGreaterThan(3);
    await expect(doc.getByTestId('development-step')).toHaveCount(plan.steps.length);
    await expect(doc).toContainText('hoogstens 2 stappen per persoon per jaar');
  });

  test("HR finds a person by name and leaves them out; the plan is the API's plan without them", async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    const input = await planner.api('hr.overview', {});
    const noord = input.scenarios.find((s) => s.isMain && s.plan.team.name === NOORD)!;
    const fatima = input.professionals.find((p) => p.name === 'Fatima El Amrani')!;
    const section = page.getByTestId('development-section');
    await section.scrollIntoViewIfNeeded();
    // Choosing the team first: another scope starts with nobody left out.
    await page.getByTestId('development-scope').selectOption(noord.scenarioId);
    await page.getByTestId('development-k').fill('3');
    // No list of the whole pool: only what the search finds.
    await expect(page.getByTestId('development-exclude')).toHaveCount(0);
    // Upper or lower case and accents alike, the app's one search rule: "el amrani" and "fâtima" find her.
    await page.getByTestId('development-exclude-search').fill('fâtima el AMRANI');
    await expect(page.getByTestId('development-exclude').locator('option')).toHaveText(['Fatima El Amrani']);
    await page.getByTestId('development-exclude-search').fill('fatima');
    await expect(page.getByTestId('development-exclude').locator('option')).toHaveText(['Fatima El Amrani']);
    await page.getByTestId('development-exclude').selectOption([fatima.id]);
    await expect(page.getByTestId('development-exclude-count')).toHaveText('1 persoon niet meegenomen');
    // Another search keeps her left out, listed first.
    await page.getByTestId('development-exclude-search').fill('bram');
    await expect(page.getByTestId('development-exclude').locator('option')).toHaveText([
      'Fatima El Amrani',
      'Bram Peeters',
    ]);
    await page.getByTestId('development-make').click();
    const doc = page.getByTestId('development-doc');
    await expect(doc).toBeVisible({ timeout: 30_000 });
    const plan = await planner.api('development.plan', {
      scope: { kind: 'scenario', scenarioId: noord.scenarioId },
      k: 3,
      today: localToday(),
      rules: { excludedIds: [fatima.id] },
    });
    expect(plan.steps.map((s) => s.personName)).not.toContain('Fatima El Amrani');
    await expect(doc.getByTestId('development-step')).toHaveCount(plan.steps.length);
    for (const step of plan.steps) await expect(doc).toContainText(step.personName);
    await expect(doc).toContainText('1 persoon niet meegenomen');
    await page.getByTestId('development-exclude-search').fill('');
    await section.screenshot({ path: `${SCREENSHOT_DIR}/development-exclude.png` });
  });
});
