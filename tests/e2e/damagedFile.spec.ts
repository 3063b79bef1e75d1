import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { databasePath } from '../../db/index.js';
import { startWebHost } from '../../webhost/startWebHost.js';
import { apiFor } from './support/api.js';
import { expect, SCREENSHOT_DIR } from './support/fixtures.js';
import { E2E_STATIC_ROOT } from './support/staticRoot.js';

/**
 * A data file damaged between two sessions: the planner starts a fresh, empty file and
 * names the last good backup. In Reservekopieën that backup is marked, below the start
 * backup of the empty file, so the user does not bring back the empty one by mistake.
 */
test('after a damaged file, the backups dialog marks the backup the notice names', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-e2e-damaged-'));
  const first = await startWebHost({
    dataDir,
    port: 0,
    open: false,
    staticRoot: E2E_STATIC_ROOT,
    log: () => undefined,
  });
  const good = await apiFor(first.url)('backups.create', {});
  await first.close();
  writeFileSync(databasePath(dataDir), Buffer.from('geen database '.repeat(500)));

  const host = await startWebHost({ dataDir, port: 0, open: false, staticRoot: E2E_STATIC_ROOT, log: () => undefined });
  try {
    await page.addInitScript(() => window.localStorage.setItem('wtp.tourSeen', '1'));
    await page.goto(host.url);
    const notice = page.getByTestId('startup-notice');
    await expect(notice).toContainText('apart gezet');
    await notice.getByRole('button', { name: 'Reservekopie kiezen' }).click();
    const dialog = page.getByTestId('backups-dialog');
    const marked = dialog.locator('tr.backup-recommended');
    await expect(marked).toHaveCount(1);
    await expect(marked.getByTestId('backup-recommended')).toHaveText(
      'De laatste goede reservekopie van vóór de beschadiging: deze terugzetten.',
    );
    await expect(marked.getByRole('button', { name: /terugzetten/ })).toBeVisible();
    // The empty file's start backup is newer, so it is listed above; it is not the marked one.
    const rows = dialog.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(rows.first()).not.toHaveClass(/backup-recommended/);
    expect(await apiFor(host.url)('app.info', {}).then((i) => i.notice?.latestBackupId)).toBe(good.id);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-after-damage.png` });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
