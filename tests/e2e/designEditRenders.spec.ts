import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { DesignPage } from './pages/DesignPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * An edit on the team design screen renders the parts it changes, not the whole screen
 * (docs/performance.md, "Team design: one edit, one part"). What React rendered is read
 * from the page: React gives a DOM element a new props object (`__reactProps$…`) exactly
 * when the component that returns it rendered again, so a part whose element keeps its
 * props object was not rendered. The parts that must change (the model's choice and its
 * pros and cons) are checked the same way, so the probe is seen to work.
 */
const PARTS = {
  functionList: '[data-testid="function-editor"]',
  firstFunction: '[data-testid="function-editor"] [data-function-id]',
  basics: 'fieldset.design-basics',
  questions: 'fieldset.design-questions',
  organisationType: '[data-testid="organisation-type"]',
  model: '[data-testid="team-model"]',
  prosCons: '[data-testid="model-pros-cons"]',
  focus: '[data-testid="focus"]',
  frontField: '[data-testid="front-field"]',
  leader: '[data-testid="leader"]',
  consultations: '[data-testid="consultations"]',
  ageGroups: '[data-testid="age-groups-probe"]',
} as const;
type Part = keyof typeof PARTS;

/** Keeps each part's current props object in the page, to compare after the edit. */
async function remember(page: Page): Promise<void> {
  // The age groups' group has no test id of its own: mark it by its label, in both builds.
  await page
    .getByRole('group', { name: 'Leeftijdsgroepen' })
    .evaluate((el) => el.setAttribute('data-testid', 'age-groups-probe'));
  await page.evaluate((parts) => {
    const props = (el: Element | null) => {
      const key = el && Object.keys(el).find((k) => k.startsWith('__reactProps$'));
      return key ? (el as unknown as Record<string, unknown>)[key] : undefined;
    };
    const kept = new Map<string, unknown>();
    for (const [name, selector] of Object.entries(parts)) {
      const value = props(document.querySelector(selector));
      if (value === undefined) throw new Error(`no React element for ${name} (${selector})`);
      kept.set(name, value);
    }
    (window as unknown as { __parts: Map<string, unknown> }).__parts = kept;
  }, PARTS);
}

/** The parts React rendered again since `remember`. */
async function rendered(page: Page): Promise<Part[]> {
  return page.evaluate((parts) => {
    const kept = (window as unknown as { __parts: Map<string, unknown> }).__parts;
    return Object.entries(parts)
      .filter(([name, selector]) => {
        const el = document.querySelector(selector);
        const key = el && Object.keys(el).find((k) => k.startsWith('__reactProps$'));
        return !key || (el as unknown as Record<string, unknown>)[key] !== kept.get(name);
      })
      .map(([name]) => name);
  }, PARTS) as Promise<Part[]>;
}

/** How many "Opgeslagen: …" the announcer has said: an announced edit is saved and settled after it. */
async function listenForSaves(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __saves: number };
    w.__saves = 0;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? '';
      if (text.startsWith('Opgeslagen')) w.__saves += 1;
    }).observe(document.querySelector('[data-testid="announcer"]')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}
const saves = (page: Page) => page.evaluate(() => (window as unknown as { __saves: number }).__saves);

test('choosing a model or an age group renders that choice and what depends on it, not the function editors', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  const design = new DesignPage(page);
  await shell.open('design');
  await expect(page.locator(PARTS.firstFunction).first()).toBeVisible();
  await listenForSaves(page);
  // The open team, by the name its heading shows.
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const team = async () => (await planner.api('teams.list', {})).find((t) => heading.endsWith(t.name))!;
  expect((await team()).model).toBe('A1');
  const ageGroupsBefore = (await team()).ageGroups;

  // The model: its choice and its pros and cons render again, nothing else of the design.
  await remember(page);
  await design.choose('team-model', /^A2/);
  await expect(design.prosCons()).toContainText('Geen directe voordeur voor inwoners');
  await expect.poll(() => saves(page)).toBe(1);
  const afterModel = await rendered(page);
  expect(afterModel).toContain('model');
  expect(afterModel).toContain('prosCons');
  expect(afterModel).not.toContain('functionList');
  expect(afterModel).not.toContain('firstFunction');
  for (const part of [
    'basics',
    'questions',
    'organisationType',
    'ageGroups',
    'focus',
    'leader',
    'consultations',
  ] as const)
    expect(afterModel, part).not.toContain(part);
  expect((await team()).model).toBe('A2');

  // An age group: that group only.
  await remember(page);
  await page.getByRole('group', { name: 'Leeftijdsgroepen' }).locator('label').first().click();
  await expect.poll(() => saves(page)).toBe(2);
  expect(await rendered(page)).toEqual(['ageGroups']);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/design-edit-renders.png` });

  // Undo brings the age groups and then the model back, on screen and in the store.
  expect((await team()).ageGroups).not.toEqual(ageGroupsBefore);
  await shell.undoButton().click();
  await expect.poll(async () => (await team()).ageGroups).toEqual(ageGroupsBefore);
  await shell.undoButton().click();
  await expect.poll(async () => (await team()).model).toBe('A1');
  await expect(page.getByTestId('team-model').getByRole('radio', { name: /^A1/ })).toBeChecked();
});

test('a committed area renders the basics, not the choices or the function editors', async ({ page, planner }) => {
  const shell = new AppShell(page);
  await shell.open('design');
  await expect(page.locator(PARTS.firstFunction).first()).toBeVisible();
  await remember(page);
  const area = page.getByLabel('Wijk of gebied');
  await area.fill('Noordoost');
  await area.press('Tab');
  await expect.poll(async () => (await planner.api('teams.list', {})).some((t) => t.area === 'Noordoost')).toBe(true);
  // The save's answer renews the teams: give its render a moment to land before looking.
  await page.waitForTimeout(300);
  expect(await rendered(page)).toEqual(['basics']);
  await expect(area).toHaveValue('Noordoost');
});
