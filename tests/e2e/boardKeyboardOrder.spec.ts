import { BoardPage } from './pages/BoardPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

// A laptop screen: the board is taller than the window, so each step of a keyboard drag scrolls the page.
test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(90_000);

interface Heard {
  text: string;
  /** The lane that showed itself as hovered when the text came. */
  lane: string | null;
}

/**
 * Every text dnd-kit's live region takes, in order (a poll would miss one that is soon
 * replaced), with the lane then marked as hovered.
 */
async function recordAnnouncements(board: BoardPage): Promise<void> {
  await board.liveRegion().evaluate((region) => {
    const heard: Heard[] = [];
    (window as unknown as { heard: Heard[] }).heard = heard;
    new MutationObserver(() => {
      const over = document.querySelectorAll('[data-testid="function-lane"].is-over .lane-header h3');
      const lane = over.length === 1 ? over[0]!.textContent : over.length === 0 ? null : 'several';
      heard.push({ text: region.textContent ?? '', lane });
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

function heard(board: BoardPage): Promise<Heard[]> {
  return board.page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
}

test('keyboard drag visits the pool and every function once, in the order the lanes are shown', async ({
  page,
  planner,
}) => {
  void planner;
  const board = new BoardPage(page);
  const name = 'Marieke Jansen';
  const pool = `${name} hangt boven de pool (niet plaatsen).`;
  await expect(board.handle(name)).toBeVisible({ timeout: 30_000 }); // the first frame, on a busy machine
  // The lanes as the page shows them: the in-team lane, then the shell lane.
  const lanes = await page.locator('[data-testid="function-lane"] .lane-header h3').allTextContents();
  expect(lanes.length).toBeGreaterThan(4);
  await page.evaluate(() => window.scrollTo(0, 0));

  await recordAnnouncements(board);
  await board.handle(name).focus();
  await page.keyboard.press('Space');
  await expect(board.liveRegion()).toHaveText(pool);
  // Only the texts of hovering: the pool, each function in turn, the pool again; no "niet boven" between.
  const steps = async () => (await heard(board)).filter((h) => h.text.includes('hangt'));
  // Arrow down once per function and once more back to the pool, each press as soon as the
  // last one was heard (as a screen-reader user goes on), while the page still scrolls to
  // that zone. Waiting for each text keeps two presses from landing in one frame on a busy
  // machine, where dnd-kit would say only the second.
  for (let i = 0; i <= lanes.length; i += 1) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await steps()).length).toBeGreaterThanOrEqual(i + 2);
    if (i === 2) await page.screenshot({ path: `${SCREENSHOT_DIR}/board-keyboard-order.png` });
  }
  await expect
    .poll(steps)
    .toEqual([
      { text: pool, lane: null },
      ...lanes.map((lane) => ({ text: `${name} hangt boven ${lane}.`, lane })),
      { text: pool, lane: null },
    ]);
  await page.keyboard.press('Escape');
  await expect(board.liveRegion()).toHaveText(`Slepen van ${name} is geannuleerd.`);
});

test('what the team loses without a member is a live region there from the start, said once per member', async ({
  page,
  planner,
}) => {
  void planner;
  const region = page.getByTestId('leaving-impact-region');
  const members = page.locator('[data-testid="function-lane"]').first().getByTestId('member');
  await expect(members.nth(1)).toBeVisible({ timeout: 30_000 }); // the first frame, on a busy machine
  const [first, second] = [
    await members.nth(0).getAttribute('data-name'),
    await members.nth(1).getAttribute('data-name'),
  ];
  // Before any member has focus the region is on the page, empty, waiting for its text.
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveText('');

  await members.nth(0).locator('.member-handle').focus();
  await expect(region.getByRole('heading')).toHaveText(`Zonder ${first}`);
  // The text now shown, and every change the region takes from here on.
  await region.evaluate((node) => {
    const seen = window as unknown as { leavingText: Node; leavingChanges: number };
    seen.leavingText = node.querySelector('h3')!.firstChild!;
    seen.leavingChanges = 0;
    new MutationObserver((changes) => (seen.leavingChanges += changes.length)).observe(node, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const unchanged = () =>
    region.evaluate((node) => {
      const seen = window as unknown as { leavingText: Node; leavingChanges: number };
      return seen.leavingChanges === 0 && node.querySelector('h3')?.firstChild === seen.leavingText;
    });

  // The member's own hours and × buttons: the same member, so the same text, not said again.
  await page.keyboard.press('Tab');
  await expect(members.nth(0).locator('.hours-button')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(members.nth(0).getByRole('button', { name: /uit .* halen/ })).toBeFocused();
  expect(await unchanged()).toBe(true);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/board-leaving-impact.png` });

  // The next member brings their own text into the same region.
  await page.keyboard.press('Tab');
  await expect(region.getByRole('heading')).toHaveText(`Zonder ${second}`);
});
