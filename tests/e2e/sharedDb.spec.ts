import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { addSharedDbUser } from '../../node/sharedDb/addUser.js';
import { migrateSharedDb } from '../../node/sharedDb/migrate.js';
import { startWebHost, type RunningWebHost } from '../../webhost/startWebHost.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwawayPostgres.js';
import { apiFor } from './support/api.js';
import { expect, SCREENSHOT_DIR } from './support/fixtures.js';
import { BackupsDialog } from './pages/BackupsDialog.js';
import { listedMoments } from '../../shared/i18n/dateText.js';
import { E2E_STATIC_ROOT } from './support/staticRoot.js';
import { teamPlan } from '../integration/sharedDb/sharedDbFixture.js';

/**
 * The shared municipal database through the browser host, against a real PostgreSQL
 * started here: two team leaders (Oost and West), a second laptop of the first, and HR,
 * each on a data folder of their own and a browser host of their own, one server. The
 * passwords come from a pgpass file, as the browser host reads them.
 */
const DATABASE = 'wtp_e2e';
const PEOPLE = {
  anna: { name: 'anna', role: 'team-leader', area: 'Oost', password: 'anna-e2e' },
  carla: { name: 'carla', role: 'team-leader', area: 'West', password: 'carla-e2e' },
  hanna: { name: 'hanna', role: 'hr', password: 'hanna-e2e' },
} as const;
type Person = keyof typeof PEOPLE;

let server: ThrowawayPostgres;
let workDir: string;
const hosts: RunningWebHost[] = [];

const test = base.extend({});
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startThrowawayPostgres();
  await server.createDatabase(DATABASE);
  const admin = new pg.Client({ connectionString: server.adminUrl(DATABASE) });
  await admin.connect();
  try {
    await migrateSharedDb(admin);
    for (const person of Object.values(PEOPLE)) await addSharedDbUser(admin, person);
  } finally {
    await admin.end();
  }
  workDir = mkdtempSync(path.join(tmpdir(), 'wtp-e2e-shared-'));
  // One pgpass file for everyone on this "network": node-postgres picks the line by user.
  const pgpass = path.join(workDir, 'pgpass');
  writeFileSync(
    pgpass,
    Object.values(PEOPLE)
      .map((p) => `127.0.0.1:${server.port}:${DATABASE}:${p.name}:${p.password}\n`)
      .join(''),
  );
  chmodSync(pgpass, 0o600);
  process.env.PGPASSFILE = pgpass;
});

test.afterAll(async () => {
  await Promise.allSettled(hosts.splice(0).map((h) => h.close()));
  server?.destroy();
  delete process.env.PGPASSFILE;
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/**
 * A browser host on a fresh data folder with one real team (imported from a plan file, as
 * a team leader would; the Voorbeeldwijk's fictional teams are never published) and a
 * page on it, opened on that team (the planner reopens the last scenario).
 */
async function computer(
  browser: Browser,
  label: string,
  team: { id: string; name: string },
): Promise<{ host: RunningWebHost; page: Page }> {
  const dataDir = mkdtempSync(path.join(workDir, `${label}-`));
  const host = await startWebHost({
    dataDir,
    port: 0,
    open: false,
    staticRoot: E2E_STATIC_ROOT,
    seedSample: false,
    log: () => undefined,
  });
  hosts.push(host);
  const imported = await apiFor(host.url)('plan.import', { plan: teamPlan(team.id, team.name), onConflict: 'ask' });
  if (imported.status !== 'imported') throw new Error(`${team.name} did not import`);
  const scenarioId = imported.scenarioId;
  const page = await browser.newPage();
  await page.addInitScript((last) => {
    window.localStorage.setItem('wtp.tourSeen', '1');
    window.localStorage.setItem('wtp.lastScenario', last);
  }, scenarioId);
  await page.goto(host.url);
  return { host, page };
}

/** Sets the connection the way a team leader does: the shared-database dialog's form. */
async function connectThroughSettings(page: Page, person: Person): Promise<void> {
  await page.getByTestId('open-sharing').click();
  const dialog = page.getByTestId('sharing-dialog');
  await expect(dialog.getByText('Het wachtwoord staat niet in de planner')).toBeVisible();
  await dialog.getByTestId('settings-server').fill('127.0.0.1');
  await dialog.getByTestId('settings-port').fill(String(server.port));
  await dialog.getByTestId('settings-database').fill(DATABASE);
  await dialog.getByTestId('settings-user').fill(PEOPLE[person].name);
  await dialog.getByRole('button', { name: 'Opslaan en verbinden' }).click();
  await expect(dialog.getByText('De verbinding werkt en is opgeslagen.')).toBeVisible();
  await closeSharingDialog(page);
}

async function closeSharingDialog(page: Page): Promise<void> {
  const dialog = page.getByTestId('sharing-dialog');
  await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function connectThroughApi(host: RunningWebHost, person: Person): Promise<void> {
  await apiFor(host.url)('shared.saveSettings', {
    server: '127.0.0.1',
    port: server.port,
    database: DATABASE,
    user: PEOPLE[person].name,
  });
}

/** Publishes the open team from the team design's header, by keyboard. */
async function publishOpenTeam(page: Page): Promise<void> {
  await page.getByTestId('nav-design').click();
  const button = page.getByTestId('publish-team-button');
  await button.focus();
  await page.keyboard.press('Enter');
}

const state = (page: Page) => page.getByTestId('publish-team-state');
const OOST = { id: 'e2e-oost', name: 'Wijkteam Oost' };

test('two team leaders publish, HR sees both teams from the shared database with how fresh it is', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const anna = await computer(browser, 'anna', OOST);
  await connectThroughSettings(anna.page, 'anna');
  await publishOpenTeam(anna.page);
  await expect(state(anna.page)).toHaveText('Gepubliceerd als versie 1', { timeout: 20_000 });
  const annaTeam = (await apiFor(anna.host.url)('plan.get', { scenarioId: await openScenario(anna.host) })).plan.team;

  // Carla (West) publishes a team of her own.
  const carla = await computer(browser, 'carla', { id: 'e2e-west', name: 'Wijkteam West' });
  await connectThroughApi(carla.host, 'carla');
  const carlaApi = apiFor(carla.host.url);
  const carlaTeam = (await carlaApi('teams.list', {}))[0]!;
  await carlaApi('shared.publish', { scenarioId: carlaTeam.scenarios[0]!.id });
  await expect
    .poll(async () => (await carlaApi('shared.status', {})).teams.map((t) => t.sharedVersion), { timeout: 20_000 })
    .toEqual([1]);

  const hr = await computer(browser, 'hanna', { id: 'e2e-hr-local', name: 'Wijkteam van HR' });
  await connectThroughApi(hr.host, 'hanna');
  await hr.page.getByTestId('nav-hr').click();
  await hr.page.getByTestId('hr-source-shared').check();
  await expect(hr.page.getByTestId('hr-freshness')).toHaveText('Bijgewerkt zojuist');
  const screen = hr.page.getByTestId('hr-screen');
  await expect(screen.getByText(annaTeam.name).first()).toBeVisible();
  await expect(screen.getByText(carlaTeam.name).first()).toBeVisible();
  await hr.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shared-db-hr.png'), fullPage: true });
});

test('a conflict between two laptops of one team leader is shown and resolved; nothing is overwritten', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // The first test's laptop published the team as version 1; this second laptop of anna's
  // has the same team, renamed, and publishes from base 0.
  const laptop = await computer(browser, 'anna-laptop-2', { ...OOST, name: 'Wijkteam Oost (laptop 2)' });
  await connectThroughApi(laptop.host, 'anna');
  await publishOpenTeam(laptop.page);
  await expect(state(laptop.page)).toContainText('wacht op uw keuze', { timeout: 20_000 });

  await laptop.page.getByTestId('open-outbox').click();
  await laptop.page.getByTestId('outbox-compare').click();
  const conflict = laptop.page.getByTestId('sharing-conflict');
  // Anna meets her own earlier publication: worded as hers, not as someone else's, and
  // not "since your last publication" (this laptop never published the team).
  await expect(conflict).toContainText(
    'U heeft eerder versie 1 van dit team gepubliceerd, vanaf een andere stand (bijvoorbeeld voor het terugzetten van een reservekopie).',
  );
  await expect(conflict).not.toContainText('Sinds uw laatste publicatie');
  await expect(conflict.getByRole('button', { name: 'Hun versie overnemen' })).toHaveCount(0);
  await expect(conflict.getByRole('button', { name: 'Gedeelde versie overnemen' })).toBeVisible();
  // Keeping both copies the team with the same people, as a plan file's "Als kopie toevoegen".
  await expect(conflict.getByTestId('conflict-copy-note')).toHaveText(
    'Een kopie krijgt dezelfde professionals als het bestaande team. Hun uren tellen dan in beide teams mee, en wie in beide teams staat kan boven zijn contract uitkomen.',
  );
  await expect(conflict.getByRole('columnheader', { name: 'Versie 1 in de gedeelde database' })).toBeVisible();
  // Hours carry their unit, on both sides.
  await expect(conflict.getByRole('row', { name: /^Uren per week/ }).getByRole('cell')).toHaveText([
    /^\d+ uur$/,
    /^\d+ uur$/,
  ]);
  await laptop.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shared-db-conflict.png') });
  // By keyboard: the box goes away with the pressed button; the focus stays in the dialog.
  await conflict.getByTestId('conflict-keep-mine').focus();
  await laptop.page.keyboard.press('Enter');
  // Said in the dialog, where the user is, not in a toast behind it.
  await expect(
    laptop.page
      .getByTestId('sharing-dialog')
      .getByRole('status')
      .filter({ hasText: 'Uw versie staat weer in de wachtrij' }),
  ).toBeVisible();
  await expect(laptop.page.getByTestId('sharing-conflict')).toHaveCount(0);
  await expect(laptop.page.getByRole('heading', { name: 'Wachtrij' })).toBeFocused();
  await closeSharingDialog(laptop.page);
  await expect(state(laptop.page)).toHaveText('Gepubliceerd als versie 2', { timeout: 20_000 });
  expect(await serverVersions()).toContainEqual(expect.objectContaining({ version: 2, published_by: 'anna' }));
});

test('publishing while the server is down waits in the outbox and is sent, once, when it is back', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // A team nobody has published yet.
  const anna = await computer(browser, 'anna-offline', { id: 'e2e-oost-2', name: 'Wijkteam Oost 2' });
  await connectThroughApi(anna.host, 'anna');
  const api = apiFor(anna.host.url);
  await expect.poll(async () => (await api('shared.status', {})).configured).toBe(true);
  const before = await serverVersions();

  server.stop();
  try {
    await publishOpenTeam(anna.page);
    await expect(state(anna.page)).toHaveText('Wacht op verzending');
    await anna.page.getByTestId('open-outbox').click();
    await expect(anna.page.getByTestId('outbox-unreachable')).toContainText('De server is sinds ', {
      timeout: 20_000,
    });
    await expect(anna.page.getByTestId('outbox-waiting')).toHaveText('1 publicatie wacht op verzending');
    await anna.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shared-db-outbox-offline.png') });
    await closeSharingDialog(anna.page);
  } finally {
    server.start();
  }
  // The drain tries again on its own (with back-off) and sends it.
  await expect(state(anna.page)).toHaveText(/^Gepubliceerd als versie \d+$/, { timeout: 90_000 });
  const after = await serverVersions();
  expect(after.length).toBe(before.length + 1);
  expect((await api('shared.status', {})).outbox).toEqual([]);
  // Nothing left to send: said in words, not as "0 publicaties".
  await anna.page.getByTestId('open-outbox').click();
  await expect(anna.page.getByTestId('outbox-waiting')).toHaveText('Er wacht niets op verzending');
  await closeSharingDialog(anna.page);
});

test('after the server was away, "Nu opnieuw proberen" sends the wachtrij when the user knows it is back', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const anna = await computer(browser, 'anna-try-now', { id: 'e2e-oost-now', name: 'Wijkteam Oost Nu' });
  await connectThroughApi(anna.host, 'anna');
  const api = apiFor(anna.host.url);
  await expect.poll(async () => (await api('shared.status', {})).configured).toBe(true);
  const dialog = anna.page.getByTestId('sharing-dialog');
  server.stop();
  try {
    await publishOpenTeam(anna.page);
    await anna.page.getByTestId('open-outbox').click();
    await expect(dialog.getByTestId('outbox-unreachable')).toBeVisible({ timeout: 20_000 });
  } finally {
    server.start();
  }
  // The drain's next try may be minutes away: the user need not wait for it.
  const tryNow = dialog.getByRole('button', { name: 'Nu opnieuw proberen' });
  await tryNow.focus();
  await anna.page.keyboard.press('Enter');
  await expect(dialog.getByTestId('outbox-waiting')).toHaveText('Er wacht niets op verzending');
  await expect(dialog.getByTestId('outbox-unreachable')).toHaveCount(0);
  await expect(tryNow).toHaveCount(0);
  // The button went away with the focus: it lands on the wachtrij, where the outcome shows.
  await expect(dialog.getByRole('heading', { name: 'Wachtrij' })).toBeFocused();
  await anna.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shared-db-try-now.png') });
  expect((await serverVersions()).filter((row) => row.team_id === 'e2e-oost-now')).toHaveLength(1);
});

async function openScenario(host: RunningWebHost): Promise<string> {
  const teams = await apiFor(host.url)('teams.list', {});
  return teams[0]!.scenarios[0]!.id;
}

async function serverVersions(): Promise<{ team_id: string; version: number; published_by: string }[]> {
  const admin = new pg.Client({ connectionString: server.adminUrl(DATABASE) });
  await admin.connect();
  try {
    const result = await admin.query('SELECT team_id, version, published_by FROM wtp.team_snapshots ORDER BY 1, 2');
    return result.rows;
  } finally {
    await admin.end();
  }
}

test('HR keeps the last read of the shared database when a refresh cannot reach it, and the focus stays', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const hr = await computer(browser, 'hanna-refresh', { id: 'e2e-hr-refresh', name: 'Wijkteam van HR 2' });
  await connectThroughApi(hr.host, 'hanna');
  await hr.page.getByTestId('nav-hr').click();
  await hr.page.getByTestId('hr-source-shared').check();
  const screen = hr.page.getByTestId('hr-screen');
  await expect(hr.page.getByTestId('hr-freshness')).toHaveText('Bijgewerkt zojuist');
  await expect(screen.getByText(OOST.name).first()).toBeVisible();

  server.stop();
  try {
    const refresh = hr.page.getByTestId('hr-refresh');
    await refresh.focus();
    await hr.page.keyboard.press('Enter');
    await expect(hr.page.getByTestId('hr-error')).toHaveText(
      'De gedeelde database is nu niet bereikbaar, dus het overzicht is niet vernieuwd. Probeer het later opnieuw met Vernieuwen. Hieronder staat de laatste stand die wel is gelezen.',
      { timeout: 20_000 },
    );
    // The earlier read stays, with its time; nothing claims to be still reading.
    await expect(screen.getByText(OOST.name).first()).toBeVisible();
    await expect(hr.page.getByTestId('hr-freshness')).toBeVisible();
    await expect(screen.getByText('Alle teams worden gelezen…')).toHaveCount(0);
    await expect(refresh).toBeFocused();
    await hr.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shared-db-hr-refresh-down.png'), fullPage: true });

    // Never read in this visit (the local source in between): no old time, no overview.
    await hr.page.getByRole('radio', { name: 'Teams op deze computer' }).check();
    await hr.page.getByTestId('hr-source-shared').check();
    await expect(hr.page.getByTestId('hr-error')).toContainText('niet bereikbaar', { timeout: 20_000 });
    await expect(hr.page.getByTestId('hr-freshness')).toHaveCount(0);
    await expect(screen.getByText('Alle teams worden gelezen…')).toHaveCount(0);
    await expect(screen.getByRole('heading', { name: /Teams en competenties/ })).toHaveCount(0);
  } finally {
    server.start();
  }
});

/** A backup's moment as the dialog writes it: to the second when another listed backup shares its minute. */
async function listedMoment(api: ReturnType<typeof apiFor>, createdAt: string): Promise<string> {
  return listedMoments(
    'nl',
    (await api('backups.list', {})).map((b) => b.createdAt),
  )(createdAt);
}

test('restoring a backup while connected says the shared database keeps what was published, and so it does', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const anna = await computer(browser, 'anna-restore', { id: 'e2e-restore', name: 'Wijkteam Oost-Zuid' });
  await connectThroughApi(anna.host, 'anna');
  const api = apiFor(anna.host.url);
  // A backup from before the team was published, then the publication.
  const backup = await api('backups.create', {});
  await api('shared.publish', { scenarioId: await openScenario(anna.host) });
  await expect
    .poll(async () => (await api('shared.status', {})).teams.map((t) => t.sharedVersion), { timeout: 20_000 })
    .toEqual([1]);

  const backups = new BackupsDialog(anna.page);
  await backups.open();
  await backups.restoreButton(backup.createdAt, 'handmatig').click();
  const when = await listedMoment(api, backup.createdAt);
  await expect(backups.confirm.getByTestId('restore-backup-note')).toHaveText(
    `De gedeelde database verandert niet: wat u na ${when} hebt gepubliceerd, blijft daar staan, en publiceert u een team opnieuw, dan ziet u uw teruggezette versie naast de gedeelde en kiest u wat er gebeurt.`,
  );
  await anna.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shared-db-restore-confirm.png') });
  await backups.confirm.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await expect(anna.page.getByTestId('restored-notice')).toBeVisible({ timeout: 20_000 });

  // What the question said: the published version stayed, and publishing the team again
  // meets it as her own earlier publication, to choose what happens.
  expect(await serverVersions()).toContainEqual({ team_id: 'e2e-restore', version: 1, published_by: 'anna' });
  await publishOpenTeam(anna.page);
  await expect(state(anna.page)).toContainText('wacht op uw keuze', { timeout: 20_000 });
  await anna.page.getByTestId('open-outbox').click();
  await anna.page.getByTestId('outbox-compare').click();
  await expect(anna.page.getByTestId('sharing-conflict')).toContainText(
    'U heeft eerder versie 1 van dit team gepubliceerd, vanaf een andere stand',
  );
  expect((await serverVersions()).filter((row) => row.team_id === 'e2e-restore')).toHaveLength(1);
});

test('the restore question says that a publication still waiting in the wachtrij goes back with the data', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const anna = await computer(browser, 'anna-restore-waiting', { id: 'e2e-restore-wait', name: 'Wijkteam West' });
  await connectThroughApi(anna.host, 'anna');
  const api = apiFor(anna.host.url);
  await expect.poll(async () => (await api('shared.status', {})).configured).toBe(true);
  const backup = await api('backups.create', {});

  server.stop();
  try {
    await publishOpenTeam(anna.page);
    await expect(state(anna.page)).toHaveText('Wacht op verzending');
    const backups = new BackupsDialog(anna.page);
    await backups.open();
    await backups.restoreButton(backup.createdAt, 'handmatig').click();
    const when = await listedMoment(api, backup.createdAt);
    // The shared database's sentence first, then the wachtrij's: the restore would drop what waits.
    await expect(backups.confirm.getByTestId('restore-backup-note')).toHaveText(
      new RegExp(
        `^De gedeelde database verandert niet: .* Er wacht nu 1 publicatie op verzending\\. De wachtrij gaat mee terug naar ${when}: kwam die publicatie daarna, dan wordt ze niet verstuurd\\. Publiceer het team na het terugzetten dan opnieuw\\.$`,
      ),
    );
    await anna.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'shared-db-restore-confirm-waiting.png') });
  } finally {
    server.start();
  }
});
