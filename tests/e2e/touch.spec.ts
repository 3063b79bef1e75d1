import { BoardPage } from './pages/BoardPage.js';
import { expect, test } from './support/fixtures.js';
import { freePair, mainPlan } from './support/planFacts.js';

test.use({ hasTouch: true });

test('drag with a finger: a long press picks the person up, lifting the finger drops', async ({ page, planner }) => {
  const board = new BoardPage(page);
  const { plan } = await mainPlan(planner.api);
  const { fn, person } = freePair(plan);
  const target = board.lane(fn.name);
  await target.scrollIntoViewIfNeeded();
  const from = (await board.handle(person.name).boundingBox())!;
  const to = (await target.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await touch('touchStart', start.x, start.y);
  await page.waitForTimeout(350); // longer than the sensor's 200 ms hold
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(30, to.height / 2) };
  for (let i = 1; i <= 10; i += 1) {
    await touch('touchMove', start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  }
  await touch('touchEnd', end.x, end.y);
  await board.confirmHours(3);
  await expect(board.member(fn.name, person.name)).toBeVisible();
});
