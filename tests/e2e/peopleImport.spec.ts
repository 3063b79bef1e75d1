import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BoardPage } from './pages/BoardPage.js';
import { AppShell } from './pages/AppShell.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const VALID_CSV = path.join(FIXTURES, 'professionals-valid.csv');
const ERRORS_CSV = path.join(FIXTURES, 'professionals-errors.csv');
/** As Dutch Excel saves it (byte order mark, semicolons), the name in Voornaam, Tussenvoegsel and Achternaam. */
const NAME_PARTS_CSV = path.join(FIXTURES, 'professionals-name-parts.csv');
/** Made by LibreOffice (`soffice --headless --convert-to xlsx`) of an HR export with columns the planner lacks. */
const HR_EXPORT_XLSX = path.join(FIXTURES, 'professionals-hr-export.xlsx');
const base64 = (file: string) => readFileSync(file).toString('base64');

test.describe('importing professionals from a spreadsheet', () => {
  test('a valid CSV, by keyboard only: the preview counts the people, Toevoegen adds them to the pool and the board', async ({
    page,
    planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    const before = (await planner.api('professionals.list', {})).length;

    await page.getByTestId('people-import-open').focus();
    await page.keyboard.press('Enter');
    await expect(people.importDialog()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(people.importDialog().getByTestId('people-import-template')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(people.importDialog().getByTestId('people-import-choose')).toBeFocused();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(VALID_CSV);

    await expect(people.summary()).toHaveText('Er worden 3 professionals toegevoegd.');
    await expect(people.importDialog().getByTestId('people-import-errors')).toHaveCount(0);
    await expect(people.commitButton()).toBeEnabled();
    // Nothing is written by the preview.
    expect(await planner.api('professionals.list', {})).toHaveLength(before);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/people-import-preview.png` });

    await people.commitButton().focus();
    await page.keyboard.press('Enter');
    await expect(people.importDialog()).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: '3 professionals zijn toegevoegd aan de pool.' }),
    ).toBeVisible();
    for (const name of ['Eva de Wit', 'Tom Kuipers', 'Lieke Postma']) await expect(people.poolItem(name)).toBeVisible();
    await expect(people.poolItems()).toHaveCount(before + 3);
    const stored = (await planner.api('professionals.list', {})).find((p) => p.name === 'Tom Kuipers');
    expect(stored).toMatchObject({
      discipline: 'districtNurse',
      binding: 'hierarchical',
      contractHours: 24,
      // "Ouderen:3, Somatiek en verpleging": a level after a colon, otherwise 2; dated with the row.
      expertise: [
        { key: 'elderly', level: 3, assessedOn: '2024-11-30' },
        { key: 'somatic', level: 2, assessedOn: '2024-11-30' },
      ],
    });
    expect(stored?.ratings).toEqual({ empathy: 2, networking: 4 });

    // The open plan was read again: the board's pool has them too.
    await new AppShell(page).open('board');
    await expect(new BoardPage(page).poolCard('Eva de Wit')).toBeVisible();

    // Escape closes the dialog.
    await people.open();
    await people.openImport();
    await page.keyboard.press('Escape');
    await expect(people.importDialog()).toHaveCount(0);
  });

  test('a CSV with errors: every row error is shown in Dutch, Toevoegen stays disabled and nothing is written', async ({
    page,
    planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    const before = await people.poolItems().count();
    expect((await planner.api('professionals.list', {})).length).toBe(before);

    await people.openImport();
    await people.chooseFile(ERRORS_CSV);
    await expect(people.importDialog().getByTestId('people-import-blocked')).toContainText(
      'Er wordt niets opgeslagen zolang het bestand fouten bevat.',
    );
    await expect(people.summary()).toHaveText(
      '1 rij is in orde, maar wordt pas toegevoegd als het hele bestand klopt.',
    );
    await expect(people.commitButton()).toBeDisabled();

    // Every error the store found is a row of the table: row, column, and the message without them.
    const preview = await planner.api('professionalsImport.preview', {
      fileName: 'professionals-errors.csv',
      format: 'csv',
      dataBase64: base64(ERRORS_CSV),
    });
    expect(preview.errors).toHaveLength(6);
    const shown = await people.rowErrors();
    expect(shown.map(([row, column]) => [Number(row), column])).toEqual(preview.errors.map((e) => [e.row, e.column]));
    expect(shown).toContainEqual(['3', 'Naam', '‘Anouk de Vries’ staat al in de lijst met professionals']);
    expect(shown).toContainEqual(['4', 'Discipline', 'discipline is verplicht']);
    expect(shown).toContainEqual(['5', 'Inlevingsvermogen', 'waarde ‘veel’ is geen niveau 0-4']);
    expect(shown).toContainEqual(['6', 'Naam', 'naam is verplicht']);
    await people.importDialog().screenshot({ path: `${SCREENSHOT_DIR}/people-import-errors.png` });
    const axe = await new AxeBuilder({ page }).include('[data-testid="people-import-dialog"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    // In English the same table speaks English.
    await people.importDialog().getByRole('button', { name: 'Annuleren' }).click();
    await new AppShell(page).switchLanguage('EN');
    await people.openImport();
    await people.chooseFile(ERRORS_CSV);
    await expect(people.importDialog().getByTestId('people-import-blocked')).toContainText(
      'Nothing is saved while the file has errors.',
    );
    expect(await people.rowErrors()).toContainEqual(['4', 'Discipline', 'discipline is required']);
    await expect(people.commitButton()).toBeDisabled();
    await page.keyboard.press('Escape');

    await expect(people.poolItems()).toHaveCount(before);
    expect((await planner.api('professionals.list', {})).length).toBe(before);
    expect((await planner.api('professionals.list', {})).some((p) => p.name === 'Karin Dekker')).toBe(false);
  });

  test('a file without the discipline and name columns: the table names them as the template does, in the reader’s language', async ({
    page,
    planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    const before = (await planner.api('professionals.list', {})).length;
    await people.openImport();
    // The intro says a name may come in one column or in its three parts, in the template's words.
    await expect(people.importDialog().getByTestId('people-import-intro')).toContainText(
      'De naam mag in één kolom staan (Naam) of in drie (Voornaam, Tussenvoegsel en Achternaam)',
    );
    // As Dutch Excel saves a sheet with only an organisation and a level: no name, no discipline.
    const file = {
      name: 'zonder-discipline.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFOrganisatie;Samenwerken\r\nWijkteam Oost;3\r\n'),
    };
    await people.chooseFile(file);
    await expect(people.commitButton()).toBeDisabled();
    await expect
      .poll(() => people.rowErrors())
      .toEqual([
        [
          '1',
          'Naam',
          'deze kolom ontbreekt; de naam mag ook in twee kolommen staan, Voornaam en Achternaam (eventueel met Tussenvoegsel): die voegt de planner samen',
        ],
        ['1', 'Discipline', 'deze kolom ontbreekt'],
      ]);
    await people.importDialog().screenshot({ path: `${SCREENSHOT_DIR}/people-import-missing-columns.png` });

    // In English the missing columns are the English template's.
    await people.importDialog().getByRole('button', { name: 'Annuleren' }).click();
    await new AppShell(page).switchLanguage('EN');
    await people.openImport();
    await expect(people.importDialog().getByTestId('people-import-intro')).toContainText(
      'The name may be in one column (Name) or in three (First name, Infix and Last name)',
    );
    await people.chooseFile(file);
    await expect
      .poll(async () => (await people.rowErrors()).map(([row, column]) => [row, column]))
      .toEqual([
        ['1', 'Name'],
        ['1', 'Discipline'],
      ]);
    await page.keyboard.press('Escape');
    expect((await planner.api('professionals.list', {})).length).toBe(before);
  });

  test('an XLSX file made by a spreadsheet program imports like a CSV', async ({ page, planner }) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Professionals');
    sheet.addRow(['Naam', 'Discipline', 'Contracturen', 'Beoordeeld op', 'Samenwerken']);
    sheet.addRow(['Hanna Koster', 'Jongerenwerker', 20, new Date(Date.UTC(2025, 4, 6)), 3]);
    sheet.addRow(['Omar Haddad', 'Schuldhulpverlener', 32.5, null, 2]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const people = new ProfessionalsPage(page);
    await people.open();
    await people.openImport();
    await people.chooseFile({
      name: 'team-oost.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await expect(people.importDialog().getByTestId('people-import-file')).toHaveText('Bestand: team-oost.xlsx');
    await expect(people.summary()).toHaveText('Er worden 2 professionals toegevoegd.');
    await people.commitButton().click();
    await expect(people.poolItem('Hanna Koster')).toBeVisible();
    await expect(people.poolItem('Omar Haddad')).toBeVisible();
    const stored = (await planner.api('professionals.list', {})).find((p) => p.name === 'Omar Haddad');
    expect(stored).toMatchObject({ discipline: 'debtCounsellor', contractHours: 32.5, assessedOn: null });
  });

  test('while the store checks a file the dialog shows progress and waits, then shows the result', async ({
    page,
    planner: _planner,
  }) => {
    // The store's preview is held back, as with a large file on a slow computer.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/professionalsImport.preview', async (route) => {
      await held;
      await route.continue();
    });
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.openImport();
    await people.chooseFile(VALID_CSV);
    await expect(
      people.importDialog().getByRole('progressbar', { name: 'Het bestand wordt gecontroleerd…' }),
    ).toBeVisible();
    await expect(people.importDialog().getByTestId('people-import-choose')).toBeDisabled();
    await expect(people.commitButton()).toBeDisabled();
    release();
    await expect(people.summary()).toHaveText('Er worden 3 professionals toegevoegd.');
    await expect(people.importDialog().getByRole('progressbar')).toHaveCount(0);
  });

  test('a file in which no row is in order says what is wrong without counting zero good rows', async ({
    page,
    planner: _planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.openImport();
    const csv = 'Naam;Discipline;Contracturen\r\nJan Jansen;;24\r\n';
    await people.chooseFile({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(people.importDialog().getByTestId('people-import-blocked')).toContainText(
      'Er wordt niets opgeslagen zolang het bestand fouten bevat.',
    );
    // "0 rijen zijn in orde, maar worden pas toegevoegd ..." said nothing and read oddly.
    await expect(people.summary()).toHaveCount(0);
    await expect(people.commitButton()).toBeDisabled();
  });

  test('a file that is no spreadsheet is refused before it is read, with a way out', async ({
    page,
    planner: _planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.openImport();
    await people.chooseFile({ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('geen tabel') });
    await expect(people.importDialog().getByTestId('people-import-failed')).toHaveText(
      'notities.txt is geen CSV- of Excel-bestand. Kies een bestand dat eindigt op .csv of .xlsx.',
    );
    await expect(people.commitButton()).toBeDisabled();
  });

  test("the template has the importer's columns and imports without errors (round trip)", async ({ page, planner }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.openImport();
    const download = await people.downloadTemplate();
    expect(download.suggestedFilename()).toBe('professionals-voorbeeld.csv');
    const file = await download.path();
    const [header] = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const competencies = (await planner.api('catalogue.get', {})).competencies;
    expect(header!.split(';')).toEqual([
      'Naam',
      'Discipline',
      'Organisatie',
      'Binding',
      'Contracturen',
      'Vakkennis',
      'Beoordeeld op',
      ...competencies.map((c) => c.name.nl),
    ]);

    await people.chooseFile({ name: 'professionals-voorbeeld.csv', mimeType: 'text/csv', buffer: readFileSync(file) });
    await expect(people.summary()).toHaveText('Er wordt 1 professional toegevoegd.');
    await expect(people.importDialog().getByTestId('people-import-errors')).toHaveCount(0);
    await people.commitButton().click();
    await expect(people.poolItem('Sam Voorbeeld')).toBeVisible();
    const sam = (await planner.api('professionals.list', {})).find((p) => p.name === 'Sam Voorbeeld');
    expect(Object.keys(sam?.ratings ?? {})).toHaveLength(competencies.length);
  });

  test('a CSV with Voornaam, Tussenvoegsel and Achternaam: the preview says the names are put together, and they are', async ({
    page,
    planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.openImport();
    await people.chooseFile(NAME_PARTS_CSV);
    await expect(people.summary()).toHaveText('Er worden 3 professionals toegevoegd.');
    await expect(people.importDialog().getByTestId('people-import-note')).toHaveText(
      'De namen zijn samengesteld uit de kolommen Voornaam, Tussenvoegsel en Achternaam, bijvoorbeeld ‘Jan van den Berg’.',
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/people-import-name-parts.png` });
    await people.commitButton().click();
    await expect(people.importDialog()).toHaveCount(0);
    for (const name of ['Jan van den Berg', 'Fatma Yıldız', 'Ruud de Boer'])
      await expect(people.poolItem(name)).toBeVisible();
    const names = (await planner.api('professionals.list', {})).map((p) => p.name);
    expect(names).toContain('Jan van den Berg');
  });

  test('an XLSX from LibreOffice with an unknown column: the error names the columns the planner knows, nothing is added', async ({
    page,
    planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    const before = await planner.api('professionals.list', {});
    await people.openImport();
    await people.chooseFile(HR_EXPORT_XLSX);
    await expect(people.importDialog().getByTestId('people-import-blocked')).toBeVisible();
    await expect(people.commitButton()).toBeDisabled();
    const [first, second] = await people.rowErrors();
    expect(first!.slice(0, 2)).toEqual(['1', 'Personeelsnummer']);
    expect(first![2]).toMatch(
      /^onbekende kolom; de planner kent de kolommen Naam, Discipline, Organisatie, Binding, Contracturen, Vakkennis en Beoordeeld op \(de naam mag ook in Voornaam, Tussenvoegsel en Achternaam\) en de competenties .*Inlevingsvermogen/,
    );
    expect(second).toEqual(['1', 'Inlevingsvermogn', 'onbekende kolom (geen veld of competentie)']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/people-import-unknown-column.png` });

    expect(await planner.api('professionals.list', {})).toEqual(before);
  });
});
