import net from 'node:net';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { teamPlan } from '../integration/sharedDb/sharedDbFixture.js';

/**
 * "Opslaan en verbinden" in Gedeelde database, without a server: empty fields are named,
 * and a connection that fails says so in the dialog and why, keeps what was typed and
 * offers to save anyway. (A working connection: tests/e2e/sharedDb.spec.ts.)
 */

/** A loopback port nobody listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

test('empty required fields each get an error, and nothing is saved', async ({ page, planner }) => {
  await page.getByTestId('open-sharing').click();
  const dialog = page.getByTestId('sharing-dialog');
  await dialog.getByTestId('settings-port').fill('');
  await dialog.getByRole('button', { name: 'Opslaan en verbinden' }).click();
  for (const field of ['Server', 'Poort', 'Database', 'Gebruikersnaam']) {
    const input = dialog.getByRole('textbox', { name: field, exact: true });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Vul dit veld in.');
  }
  // The first field to fix has the focus.
  await expect(dialog.getByTestId('settings-server')).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shared-settings-empty.png` });
  expect((await planner.api('shared.settings', {})).settings).toBeNull();
});

test('a connection that fails says why in the dialog, keeps the typed settings and can be saved anyway', async ({
  page,
  planner,
}) => {
  const port = await closedPort();
  await page.getByTestId('open-sharing').click();
  const dialog = page.getByTestId('sharing-dialog');
  await dialog.getByTestId('settings-server').fill('127.0.0.1');
  await dialog.getByTestId('settings-port').fill(String(port));
  await dialog.getByTestId('settings-database').fill('wtp');
  await dialog.getByTestId('settings-user').fill('anna');
  await dialog.getByRole('button', { name: 'Opslaan en verbinden' }).click();

  const failed = dialog.getByRole('alert').filter({ hasText: 'De verbinding lukt niet' });
  await expect(failed).toContainText(
    `De verbinding lukt niet: de server 127.0.0.1 neemt op poort ${port} geen verbinding aan: controleer het poortnummer (meestal 5432) en vraag of de database aanstaat.`,
  );
  // Below the form, which is taller than the dialog: scrolled into view, with its button.
  await expect(failed).toBeInViewport({ ratio: 0.95 });
  const saveAnyway = (await failed.getByRole('button', { name: 'Toch opslaan' }).boundingBox())!;
  const closeBar = (await dialog.locator('.dialog-actions').last().boundingBox())!;
  expect(saveAnyway.y + saveAnyway.height).toBeLessThanOrEqual(closeBar.y);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shared-settings-failed.png` });
  // Nothing saved yet, and nothing typed is lost.
  expect((await planner.api('shared.settings', {})).settings).toBeNull();
  await expect(dialog.getByTestId('settings-server')).toHaveValue('127.0.0.1');
  await expect(dialog.getByTestId('settings-port')).toHaveValue(String(port));
  await expect(dialog.getByTestId('settings-user')).toHaveValue('anna');

  await failed.getByRole('button', { name: 'Toch opslaan' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen' })).toContainText(
    'maar er is nog geen verbinding',
  );
  expect((await planner.api('shared.settings', {})).settings).toMatchObject({
    server: '127.0.0.1',
    port,
    database: 'wtp',
    user: 'anna',
  });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shared-settings-saved-anyway.png` });
});

test('removing the connection while publications wait: the wachtrij says they stay and go nowhere until one is set', async ({
  page,
  planner,
}) => {
  // A real team (the Voorbeeldwijk is never published), queued for a server that is away.
  const imported = await planner.api('plan.import', {
    plan: teamPlan('e2e-settings-team', 'Wijkteam Noord'),
    onConflict: 'ask',
  });
  if (imported.status !== 'imported') throw new Error('the team did not import');
  await planner.api('shared.saveSettings', {
    server: '127.0.0.1',
    port: await closedPort(),
    database: 'wtp',
    user: 'anna',
  });
  await planner.api('shared.publish', { scenarioId: imported.scenarioId });

  await page.getByTestId('open-sharing').click();
  const dialog = page.getByTestId('sharing-dialog');
  await expect(dialog.getByTestId('outbox-waiting')).toHaveText('1 publicatie wacht op verzending');
  const forget = dialog.getByRole('button', { name: 'Verbinding verwijderen' });
  await forget.click();

  // It asks first, says what stays, and the safe choice has the focus: Escape keeps everything.
  const question = page.getByRole('alertdialog', { name: 'Verbinding met de gedeelde database verwijderen?' });
  await expect(question).toContainText('Uw teams, plannen en mensen op deze computer blijven staan');
  await expect(question.getByTestId('settings-forget-note')).toHaveText(
    '1 publicatie wacht nog op verzending. Die blijft in de wachtrij op deze computer en wordt verstuurd naar de database die u hierna instelt.',
  );
  await expect(question.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shared-settings-forget-confirm.png` });
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(forget).toBeFocused();
  expect((await planner.api('shared.settings', {})).settings).not.toBeNull();

  // By keyboard: open again, Tab to the removal and press Enter.
  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  expect((await planner.api('shared.settings', {})).settings).toBeNull();
  // The pressed button is gone with the connection: the focus waits in the empty form.
  await expect(dialog.getByTestId('settings-server')).toBeFocused();

  await expect(
    dialog.getByText('Er is geen verbinding met een gedeelde database ingesteld.', { exact: false }),
  ).toHaveText(
    'Er is geen verbinding met een gedeelde database ingesteld. Wat in de wachtrij staat, blijft bewaard en wordt verstuurd zodra u hieronder weer een verbinding instelt.',
  );
  await expect(dialog.getByTestId('outbox-waiting')).toHaveText('1 publicatie wacht op verzending');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shared-settings-removed-with-waiting.png` });
});
