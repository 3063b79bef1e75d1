import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * The catalogue's own entries: each list (competencies, functions, team roles) holds one
 * name once, in either language, and a name field shows what is stored after a refusal.
 */
test.describe('catalogue names', () => {
  test('a long competency name is not taken because another starts the same; a built-in name is', async ({
    page,
    planner,
  }) => {
    await page.getByTestId('nav-catalogue').click();
    const screen = page.getByTestId('catalogue-screen');
    const competencies = screen.locator('section[aria-labelledby=cat-comp-title]');
    const name = page.getByTestId('new-competency-nl');
    const add = competencies.getByRole('button', { name: 'Competentie toevoegen' });
    const start = 'Samenwerken met informele netwerken in de wijk en ';
    await name.fill(`${start}vrijwilligers`);
    await add.click();
    await expect(competencies.getByText(`${start}vrijwilligers`, { exact: true })).toBeVisible();
    // The same first 40 characters made the same key, refused as "a competency with this name".
    await name.fill(`${start}mantelzorgers`);
    await expect(page.getByTestId('competency-name-taken')).toHaveCount(0);
    await add.click();
    await expect(competencies.getByText(`${start}mantelzorgers`, { exact: true })).toBeVisible();
    const own = (await planner.api('catalogue.get', {})).competencies.filter((c) => c.name.nl.startsWith(start));
    expect(own).toHaveLength(2);

    // A second "Coachen" beside the built-in one would take its ratings in an import.
    await name.fill('coachen');
    await expect(page.getByTestId('competency-name-taken')).toHaveText('Er bestaat al een competentie met deze naam.');
    await expect(add).toBeDisabled();
    await competencies.screenshot({ path: `${SCREENSHOT_DIR}/catalogue-competency-name-taken.png` });

    const functions = screen.locator('section[aria-labelledby=cat-fn-title]');
    await functions.getByLabel('Naam (Nederlands)').fill('Casusregie');
    await expect(page.getByTestId('template-name-taken')).toHaveText('Er bestaat al een functie met deze naam.');
    await expect(functions.getByRole('button', { name: 'Functie toevoegen' })).toBeDisabled();
    const templates = (await planner.api('catalogue.get', {})).functionTemplates;
    expect(templates.filter((f) => f.name.nl === 'Casusregie')).toHaveLength(1);
  });

  test('a team role keeps one name: a taken or empty name goes back to the stored one', async ({ page, planner }) => {
    await page.getByTestId('nav-catalogue').click();
    const roles = page.getByTestId('team-role-set');
    const [first, second] = (await planner.api('catalogue.get', {})).teamRoles;
    await page.getByTestId('new-team-role-nl').fill(second!.name.nl.toLowerCase());
    await expect(page.getByTestId('team-role-name-taken')).toHaveText('Er bestaat al een teamrol met deze naam.');
    await expect(roles.getByRole('button', { name: 'Teamrol toevoegen' })).toBeDisabled();

    // Emptied: the store keeps the name, and now so does the field.
    const field = roles.getByLabel(`Nederlandse naam van ${first!.name.nl}`);
    await field.fill('');
    await page.keyboard.press('Tab');
    await expect(field).toHaveValue(first!.name.nl);
    // Another role's name: refused with the reason, and the field shows the stored name again.
    await field.fill(second!.name.nl);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('alert').filter({ hasText: 'Er bestaat al een teamrol met de naam' })).toBeVisible();
    await expect(field).toHaveValue(first!.name.nl);
    await roles.screenshot({ path: `${SCREENSHOT_DIR}/catalogue-team-role-name-taken.png` });
    const after = (await planner.api('catalogue.get', {})).teamRoles;
    expect(after[0]!.name).toEqual(first!.name);
    expect(after.filter((r) => r.name.nl === second!.name.nl)).toHaveLength(1);
  });
});
