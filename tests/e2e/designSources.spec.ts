import { AppShell } from './pages/AppShell.js';
import { DesignSetupPage } from './pages/DesignSetupPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

test('the design screen shows every model statement with its source, own notes, the question axis and the set-up, and keeps them', async ({
  page,
  planner,
}) => {
  // About 20 edits on the design screen, each re-rendering the whole form: 15-25 s on a quiet
  // machine, up to 50 s when its two cores carry a load of 10, above the default 45 s.
  test.setTimeout(90_000);
  const shell = new AppShell(page);
  const design = new DesignSetupPage(page);
  await shell.chooseTeam('Voorbeeldwijk-Zuid');
  await shell.open('design');

  // A2: the voorliggend veld's referral route, cited to the news item's A2 section.
  await expect(page.getByTestId('front-field').getByText(/^In model A2/)).toContainText(
    'Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A2’',
  );
  // A2: three pros and three cons, each followed by its source; the reservation on one pro.
  await expect(design.statements()).toHaveCount(6);
  for (const statement of await design.statements().all()) {
    await expect(statement).toContainText('Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A2’');
  }
  await expect(design.prosCons()).toContainText(
    'kwam niet uitdrukkelijk naar voren bij de gemeenten die werden geïnterviewd',
  );
  await expect(design.prosCons()).toContainText('Een vijfde van de gemeenten koos voor dit model.');
  // The sample's own notes are marked as the team's own.
  await expect(design.ownNotes('cons').first()).toContainText('Eigen notitie');
  // The statements and their sources. Sections, not the full page: a full-page capture lays out
  // and paints this long screen at its whole height, 2-6 s on a loaded machine; a section a fraction.
  await design.prosCons().screenshot({ path: `${SCREENSHOT_DIR}/design-sources.png` });

  // A domain team: the sources give no pros and cons, and the planner says so.
  await design.choose('team-model', 'Domeinspecifiek team');
  await expect(design.noneInSources()).toContainText('De bronnen geven voor dit model geen voor- en nadelen');
  await expect(design.noneInSources()).toContainText('Bron: Integraal werken in de wijk (2017)');
  await expect(design.statements()).toHaveCount(0);
  // The source describes the voorliggend veld's referral route for A2 only: a domain team gets
  // the planner's own plain sentence, without that source.
  const frontField = page.getByTestId('front-field');
  await expect(frontField.getByText(/^In model A2/)).toHaveCount(0);
  await expect(frontField.getByText(/^Hier legt u de partners vast/)).toBeVisible();
  await expect(frontField.getByText(/^Hier legt u de partners vast/)).not.toContainText('Bron:');
  await design.addOwnNote('pros', 'Korte lijnen met de huisartsen in de wijk');
  await expect(design.ownNotes('pros').filter({ hasText: 'Korte lijnen' })).toContainText('Eigen notitie');

  // The age bands are marked as the planner's own division.
  await expect(page.getByText(/^Deze drie leeftijdsgroepen/)).toContainText('eigen indeling van de planner');

  // The schil is cited to De Waal e.a.'s three questions, for every model.
  await expect(frontField.getByText(/^De schil is iets anders/)).toContainText(
    'Bron: De Waal e.a. (Hogeschool Utrecht), ‘Inleiding: de drie vragen',
  );

  // The question axis, a voorliggend veld partner and a leader.
  await design.choose('question-reach', 'Alle hulpvragen');
  await design.choose('question-arrival', 'Beide: rechtstreeks en via aanmelding');
  await design.addPartner('Buurthuis De Brug', 'De beheerder meldt aan via de wijkcoach, binnen een week.');
  // Its kinds (huisarts, school, ...) are the planner's own list, and say so.
  await expect(frontField.getByTestId('front-field-own-kinds')).toContainText('eigen indeling van de planner');
  // Every edit is one undo step: undoing the route and the partner removes it, redo brings both back.
  await shell.undoButton().click();
  await expect(design.partner('Buurthuis De Brug').getByTestId('partner-route')).toHaveValue('');
  await shell.undoButton().click();
  await expect(design.partner('Buurthuis De Brug')).toHaveCount(0);
  await shell.redoButton().click();
  await shell.redoButton().click();
  await expect(design.partner('Buurthuis De Brug').getByTestId('partner-route')).toHaveValue(/wijkcoach/);
  await design.setLeader('Karin Smit', 'Gemeente en consortium');
  await page.locator('.design-setup').screenshot({ path: `${SCREENSHOT_DIR}/design-setup.png` });

  // What the store holds.
  const teams = await planner.api('teams.list', {});
  const team = teams.find((t) => t.name === 'Wijkteam Voorbeeldwijk-Zuid')!;
  expect(team.model).toBe('domain');
  expect(team.ownModelNotes.pros).toContain('Korte lijnen met de huisartsen in de wijk');
  expect(team.design.questions).toMatchObject({ reach: 'all', arrival: 'both' });
  expect(team.frontField.find((p) => p.name === 'Buurthuis De Brug')?.referralRoute).toMatch(/wijkcoach/);
  expect(team.leader).toMatchObject({ name: 'Karin Smit', accountableTo: 'both', spanLimitPeople: 10 });

  // After a reload everything is still there, and the planner reopens where the user was:
  // this team's design screen (no need to choose them again).
  await page.reload();
  await expect(shell.teamField()).toHaveValue(/^Wijkteam Voorbeeldwijk-Zuid/);
  await expect(shell.nav('design')).toHaveAttribute('aria-current', 'page');
  await expect(design.checked('team-model', 'Domeinspecifiek team')).toBeChecked();
  await expect(design.noneInSources()).toBeVisible();
  await expect(design.ownNotes('pros').filter({ hasText: 'Korte lijnen' })).toHaveCount(1);
  await expect(design.checked('question-reach', 'Alle hulpvragen')).toBeChecked();
  await expect(design.checked('question-arrival', 'Beide: rechtstreeks en via aanmelding')).toBeChecked();
  await expect(design.partner('Buurthuis De Brug').getByTestId('partner-route')).toHaveValue(/wijkcoach/);
  await expect(design.leader().getByTestId('leader-name')).toHaveValue('Karin Smit');
  await expect(design.leader().getByTestId('leader-accountable')).toContainText('Gemeente en consortium');
});
