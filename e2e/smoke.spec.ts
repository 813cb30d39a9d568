import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Generic smoke test: the page loads under the production CSP, the app mounts
// (an <h1> becomes visible in #app), no error reaches the console, and axe finds
// no WCAG 2.2 AA violation.
test('home page mounts, has no console errors and no axe violations', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });

  await page.goto('/');
  // The prerendered first view (index.html), then the app in its place.
  await expect(page.locator('#app h1').first()).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page).toHaveTitle(/Délais/);

  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = axe.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);

  await page.screenshot({ path: 'e2e/artifacts/home.png', fullPage: true });
  expect(errors, 'console errors').toEqual([]);
});
