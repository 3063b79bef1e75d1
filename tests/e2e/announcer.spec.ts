import type { Locator, Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { DesignPage } from './pages/DesignPage.js';
import { DesignSetupPage } from './pages/DesignSetupPage.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { VakkennisEditors } from './pages/VakkennisEditors.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * Records every text that appears in the announcer's live regions, as a screen reader
 * reads it: new text in a region is read, the same text left standing is not.
 */
async function listenToAnnouncer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const announcer = document.querySelector('[data-testid="announcer"]');
    if (!announcer) throw new Error('no announcer on the page');
    const heard: string[] = [];
    const shown = new Map<Element, string>();
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      for (const region of announcer.querySelectorAll('[aria-live]')) {
        const text = region.textContent ?? '';
        if (text && text !== shown.get(region)) heard.push(text);
        shown.set(region, text);
      }
    }).observe(announcer, { subtree: true, childList: true, characterData: true });
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard);

test('a screen reader hears what removing, undo, redo and changing hours did, the same words twice too', async ({
  page,
  planner: _planner,
}) => {
  const board = new BoardPage(page);
  const shell = new AppShell(page);
  const fn = 'Toegang / frontoffice';
  await expect(board.member(fn, 'Bram Peeters')).toBeVisible();
  await listenToAnnouncer(page);

  await page.getByRole('button', { name: `Bram Peeters uit ${fn} halen` }).click();
  await expect(board.member(fn, 'Bram Peeters')).toHaveCount(0);
  await expect.poll(() => heard(page)).toEqual([`Opgeslagen: Bram Peeters uit ${fn}`]);

  await page.keyboard.press('Control+z');
  await expect.poll(() => heard(page)).toContain(`Ongedaan gemaakt: Bram Peeters uit ${fn}`);
  await shell.redoButton().click();
  await expect.poll(() => heard(page)).toContain(`Opnieuw gedaan: Bram Peeters uit ${fn}`);
  await shell.undoButton().click();
  await expect(board.member(fn, 'Henk Willems')).toBeVisible();

  // Two changes with the same label: the second is heard as well as the first.
  const hours = `Uren van Henk Willems in ${fn}`;
  await board
    .member(fn, 'Henk Willems')
    .getByRole('button', { name: /Uren van Henk Willems wijzigen/ })
    .click();
  await board.confirmHours(12);
  await expect.poll(() => heard(page)).toContain(`Opgeslagen: ${hours}`);
  await board
    .member(fn, 'Henk Willems')
    .getByRole('button', { name: /Uren van Henk Willems wijzigen/ })
    .click();
  await board.confirmHours(10);
  await expect
    .poll(() => heard(page))
    .toEqual([
      `Opgeslagen: Bram Peeters uit ${fn}`,
      `Ongedaan gemaakt: Bram Peeters uit ${fn}`,
      `Opnieuw gedaan: Bram Peeters uit ${fn}`,
      `Ongedaan gemaakt: Bram Peeters uit ${fn}`,
      `Opgeslagen: ${hours}`,
      `Opgeslagen: ${hours}`,
    ]);
});

test('a field’s own edit is not announced while the user types on, its undo and redo are', async ({
  page,
  planner: _planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('design');
  await listenToAnnouncer(page);
  const area = page.getByRole('textbox', { name: 'Wijk of gebied' });
  await area.fill('Noordkwartier');
  await page.keyboard.press('Tab');
  // Saved: undo names it. The field said its own value; the announcer kept quiet.
  await expect(shell.undoButton()).toHaveAccessibleName(/Ontwerp van/);
  await expect(area).toHaveValue('Noordkwartier');
  expect(await heard(page)).toEqual([]);

  await shell.undoButton().click();
  await expect(area).not.toHaveValue('Noordkwartier');
  await shell.redoButton().click();
  await expect(area).toHaveValue('Noordkwartier');
  // A button's edit is still heard in full.
  await new DesignPage(page).choose('team-model', 'Domeinspecifiek team');
  await expect
    .poll(() => heard(page))
    .toEqual([
      expect.stringMatching(/^Ongedaan gemaakt: Ontwerp van /),
      expect.stringMatching(/^Opnieuw gedaan: Ontwerp van /),
      expect.stringMatching(/^Opgeslagen: Ontwerp van /),
    ]);
  await page.screenshot({ path: 'test-results/screenshots/field-edit-not-announced.png' });
});

/** Types over a field's value and leaves it with Tab, as a person does; the field saves when left. */
async function typeAndLeave(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

test('the set-up editors, a function’s route and a vakkennis date save quietly; adding, choosing and removing are heard', async ({
  page,
  planner,
}) => {
  // A walk through two screens and five editors; like the other long walks it needs more than 45 s on a busy machine.
  test.setTimeout(90_000);
  const shell = new AppShell(page);
  const design = new DesignSetupPage(page);
  const editors = new VakkennisEditors(page);
  await shell.chooseTeam('Voorbeeldwijk-Noord');
  await shell.open('design');
  await listenToAnnouncer(page);
  const saved = /^Opgeslagen: Ontwerp van Wijkteam Voorbeeldwijk-Noord$/;

  // Voorliggend veld: adding a partner is a button and heard; its name and route are typed and quiet.
  await page.getByTestId('partner-new-name').fill('Buurthuis De Brug');
  await page.getByTestId('partner-add').click();
  await typeAndLeave(design.partner('Buurthuis De Brug').getByTestId('partner-route'), 'Via de wijkcoach.');
  await typeAndLeave(design.partner('Buurthuis De Brug').getByLabel('Partner', { exact: true }), 'Buurthuis De Kade');
  await expect(design.partner('Buurthuis De Kade')).toBeVisible();

  // The leader of the sample: the typed name and span are quiet.
  await typeAndLeave(design.leader().getByTestId('leader-name'), 'Karin Smit');
  await typeAndLeave(design.leader().getByTestId('leader-span-people'), '12');

  // A consultation arrangement: "Afspraak toevoegen" is heard, its organisation typed is not.
  await page.getByTestId('consult-add').click();
  await typeAndLeave(page.getByTestId('consultations').getByLabel('Organisatie'), 'Veilig Thuis Middenland');

  // A function's route: the escalation of an in-team function, whom a schil function consults.
  const teamRow = await editors.openFunction('Maatschappelijke dienstverlening');
  await typeAndLeave(teamRow.getByLabel('Hoe gaat zwaardere problematiek naar de schil?'), 'De casusregisseur belt.');
  const consultation = editors.consultation(await editors.openFunction('Crisisinterventie'));
  await consultation.getByLabel('Organisatie').fill('GGZ Crisisdienst Middenland');
  // The record saves when the focus leaves the whole group, from its last field.
  await typeAndLeave(consultation.getByLabel('Afspraak'), 'Bellen via het crisisnummer.');

  await page.locator('.design-setup').screenshot({ path: `${SCREENSHOT_DIR}/quiet-field-saves-design.png` });
  // Removing the partner again is a button: heard.
  await page.getByRole('button', { name: 'Buurthuis De Kade verwijderen' }).click();
  await expect(design.partner('Buurthuis De Kade')).toHaveCount(0);

  // A person's vakkennis: the choice that adds it is heard, its date typed is not, its removal is.
  const people = new ProfessionalsPage(page);
  await people.open();
  await people.select('Noor Hendriks');
  const held = editors.heldExpertise();
  await editors.chooseWithKeyboard(held, /Vakkennis toevoegen/, 'Crisisinterventie');
  const date = held.getByRole('group', { name: 'Crisisinterventie: beoordeeld op' });
  await date.getByRole('spinbutton', { name: /dag/i }).focus();
  await page.keyboard.type('16022026');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await noor(planner.api))?.expertise.find((e) => e.key === 'crisis')?.assessedOn)
    .toBe('2026-02-16');
  await held.getByRole('button', { name: 'Vakkennis Crisisinterventie verwijderen' }).click();

  // Only the deliberate actions were heard, each once, in order: none of the typed saves.
  const vakkennis = 'Opgeslagen: Vakkennis van Noor Hendriks';
  await expect
    .poll(() => heard(page))
    .toEqual([
      expect.stringMatching(saved),
      expect.stringMatching(saved),
      expect.stringMatching(saved),
      vakkennis,
      vakkennis,
    ]);
  // And the quiet edits were saved all the same.
  const teams = await planner.api('teams.list', {});
  const team = teams.find((t) => t.name === 'Wijkteam Voorbeeldwijk-Noord')!;
  expect(team.leader).toMatchObject({ name: 'Karin Smit', spanPeople: 12 });
  expect(team.consultations.map((c) => c.organisation)).toEqual(['Veilig Thuis Middenland']);
  const view = await planner.api('plan.get', { scenarioId: team.scenarios.find((s) => s.isMain)!.id });
  const fn = (name: string) => view.plan.functions.find((f) => f.name === name);
  expect(fn('Maatschappelijke dienstverlening')?.escalation).toBe('De casusregisseur belt.');
  expect(fn('Crisisinterventie')?.consultation).toMatchObject({
    organisation: 'GGZ Crisisdienst Middenland',
    arrangement: 'Bellen via het crisisnummer.',
  });

  // Undo of a quiet edit is heard: the user is no longer in that field.
  await shell.undoButton().click();
  await shell.undoButton().click();
  await expect
    .poll(async () => (await heard(page)).slice(5))
    .toEqual([`Ongedaan gemaakt: Vakkennis van Noor Hendriks`, `Ongedaan gemaakt: Vakkennis van Noor Hendriks`]);
});

type Api = Parameters<Parameters<typeof test>[2]>[0]['planner']['api'];

async function noor(api: Api) {
  return (await api('professionals.list', {})).find((p) => p.name === 'Noor Hendriks');
}
