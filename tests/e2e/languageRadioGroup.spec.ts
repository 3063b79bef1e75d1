import { expect, test } from './support/fixtures.js';

test('the language switch is one radio group: one Tab stop, the arrow keys change the language', async ({
  page,
  planner: _planner,
}) => {
  const dutch = page.getByRole('radio', { name: 'Nederlands' });
  const english = page.getByRole('radio', { name: 'English' });
  await expect(dutch).toBeChecked();
  await page.getByTestId('open-tour').focus();
  await page.keyboard.press('Tab');
  await expect(dutch).toBeFocused();
  // One Tab stop: the next Tab leaves the group.
  await page.keyboard.press('Tab');
  await expect(english).not.toBeFocused();
  await expect(dutch).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dutch).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(english).toBeChecked();
  await expect(english).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('nav-board')).toContainText('Composition');
});
