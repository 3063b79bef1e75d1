import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildAreaView } from '../../shared/area/index.js';
import { LIFE_DOMAIN_INFO } from '../../shared/catalogue/lifeDomains.js';
import { AreaPage } from './pages/AreaPage.js';
import { pdfPageCount, pdfPages, pdfToPngs, squash } from './pages/PrintPdf.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { sheetsAsCsv } from './support/libreOffice.js';

const OUT = path.resolve(import.meta.dirname, '../../test-results/area');
mkdirSync(OUT, { recursive: true });

test.describe('area view', () => {
  test('shows every team of Voorbeeldwijk-Noord, the overlap and shared people; prints on A4 and exports XLSX', async ({
    page,
    planner,
  }) => {
    // A PDF printed and read with poppler, and an XLSX read by LibreOffice (a program started
    // for it): on a busy machine more than the default 45 s, like the other long walks.
    test.setTimeout(90_000);
    const area = new AreaPage(page);
    await area.openByKeyboard();
    await area.choose('Voorbeeldwijk-Zuid');
    await expect(area.rows('teams')).toHaveCount(1);
    await area.choose('Voorbeeldwijk-Noord');

    const view = buildAreaView(await planner.api('hr.overview', {}), 'Voorbeeldwijk-Noord');
    expect(view.teams.map((t) => t.name)).toEqual(['Wijkteam Voorbeeldwijk-Noord', 'Zorgteam Jeugd en Gezin Noord']);
    await expect(area.rows('teams')).toHaveCount(2);
    for (const team of view.teams) await expect(area.table('teams')).toContainText(team.name);
    await expect(area.table('teams')).toContainText('Doelgroepspecifiek team');
    await expect(area.table('teams')).toContainText('Jeugd en gezin');

    // Both teams work on parenting for young people: the youth team by mandate, the A1 team (mandate or functions).
    expect(view.overlaps.length).toBeGreaterThanOrEqual(1);
    await expect(area.rows('overlaps')).toHaveCount(view.overlaps.length);
    await expect(area.table('overlaps')).toContainText(LIFE_DOMAIN_INFO.parenting.name.nl);
    await expect(area.table('overlaps')).toContainText('Jeugd');

    expect(view.sharedPeople.length).toBeGreaterThanOrEqual(1);
    await expect(area.rows('shared')).toHaveCount(view.sharedPeople.length);
    for (const person of view.sharedPeople) await expect(area.table('shared')).toContainText(person.name);
    await expect(area.rows('gaps')).toHaveCount(view.gaps.length);
    // The youth team asks expert daring that nobody in the wijk has: a gap of the whole area, listed first.
    const areaGaps = view.gaps.filter((g) => g.coveredBy.length === 0).length;
    expect(areaGaps).toBeGreaterThanOrEqual(1);
    await expect(area.rows('gaps').filter({ hasText: 'Geen team in het gebied' })).toHaveCount(areaGaps);
    await expect(area.rows('gaps').first()).toContainText('Geen team in het gebied');
    await expect(area.rows('functions')).toHaveCount(view.functions.length);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/area.png`, fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    // Print: the area document alone, with its title and tables, not the open team's overview.
    const pdfPath = path.join(OUT, 'voorbeeldwijk-noord.pdf');
    await area.pdf(pdfPath);
    pdfToPngs(pdfPath, path.join(OUT, 'voorbeeldwijk-noord'));
    const printed = squash(pdfPages(pdfPath).join(' '));
    expect(pdfPageCount(pdfPath)).toBeGreaterThanOrEqual(1);
    for (const text of [
      'Gebiedsoverzicht Voorbeeldwijk-Noord',
      'Teams in het gebied',
      'Functies in het gebied',
      'Competenties in het gebied',
      'Vakkennis in het gebied',
      'Gaten',
      'Overlap in terrein',
      'Mensen in meer teams',
      ...view.teams.map((t) => t.name),
      ...view.sharedPeople.map((p) => p.name),
    ])
      expect(printed).toContain(text);
    expect(printed).not.toContain('TEAMSAMENSTELLING');
    expect(printed).not.toContain('Exporteren naar Excel');
    expect(printed).toMatch(/Pagina 1 van \d/);

    // Export: progress is shown while the workbook is built, then the file is read by LibreOffice.
    const download = await area.exportXlsx();
    expect(download.suggestedFilename()).toMatch(/^gebied-voorbeeldwijk-noord-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const xlsxPath = path.join(OUT, download.suggestedFilename());
    await download.saveAs(xlsxPath);
    const sheets = sheetsAsCsv(xlsxPath);
    expect([...sheets.keys()].sort()).toEqual(
      ['Teams', 'Functies', 'Competenties', 'Vakkennis', 'Gaten', 'Overlap', 'Gedeelde mensen'].sort(),
    );
    const teams = sheets.get('Teams')!;
    expect(teams[0]!.slice(0, 3)).toEqual(['Team', 'Teamdekking', 'Uren ingezet / nodig']);
    expect(teams.slice(1).map((row) => row[0])).toEqual(view.teams.map((t) => t.name));
    const shared = sheets.get('Gedeelde mensen')!;
    expect(shared.slice(1).map((row) => row[0])).toEqual(view.sharedPeople.map((p) => p.name));
    expect(shared.slice(1).map((row) => Number(row[6]))).toEqual(view.sharedPeople.map((p) => p.contractHours));
    expect(sheets.get('Overlap')!.length - 1).toBe(view.overlaps.length);
    expect(sheets.get('Gaten')!.length - 1).toBe(view.gaps.length);
    await expect(page.getByTestId('area-progress')).toBeEmpty();
  });
});
