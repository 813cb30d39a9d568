import { expect, expectNoAxeViolations, shoot, test } from './support';

// Generic smoke test: the page loads under the production CSP, the app mounts
// (an <h1> becomes visible in #app), no error reaches the console (support.ts's guard
// fails the test on one), and axe finds no WCAG 2.2 AA violation.
test('home page mounts, has no console errors and no axe violations', async ({ page }) => {
  // 'commit': from the prerendered first view on, not once the app has replaced it.
  await page.goto('/', { waitUntil: 'commit' });
  // The prerendered first view (index.html), then the app in its place.
  await expect(page.locator('#app h1').first()).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page).toHaveTitle(/Délais/);

  await expectNoAxeViolations(page, 'home');
  await shoot(page, 'home');
});
