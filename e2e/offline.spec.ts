// The offline cache is private and release-exact: after shared links were opened (their
// addresses hold a person's dates), Cache Storage holds this release's own files and
// nothing else, never an address with a query string; nothing else is stored either.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { engine, expect, ORIGIN, printedTarget, test } from './support';

const release = JSON.parse(readFileSync('dist/release.json', 'utf8'));

const LINK_1 = '/?lang=fr&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12&decision=2026-03-02&outcome=refusal&from=abroad&asof=2026-03-10';
const LINK_2 = '/?lang=en&service=peq&received=2025-08-31&asof=2026-03-01';

/** Every cache of the origin and the addresses in it. */
async function cacheStorage(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const key of await caches.keys()) out[key] = (await (await caches.open(key)).keys()).map((r) => r.url).sort();
    return out;
  });
}

async function controlled(page: Page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('after two shared links, Cache Storage holds exactly the release\'s files, no query string', async ({ page }) => {
  await page.goto(LINK_1);
  await expect(page.locator('#target time')).toHaveAttribute('datetime', /\d{4}-\d\d-\d\d/);
  await controlled(page);
  await page.goto(LINK_2);
  await expect(page.locator('#target time')).toHaveAttribute('datetime', engine({ service: 'peq', received: '2025-08-31' }).target);
  // Typing changes the address too.
  await page.getByLabel(/Date the request was received/).fill('2025-09-02');
  await page.getByLabel(/Date the request was received/).blur();
  await expect(page).toHaveURL(/received=2025-09-02/);
  await page.goto('/embed.html?lang=fr&service=peq&received=2025-08-31');
  await expect(page.locator('#target time')).toBeVisible();

  const stored = await cacheStorage(page);
  expect(Object.keys(stored)).toEqual([`delais-${release.release}`]);
  const addresses = Object.values(stored).flat();
  expect(addresses.filter((url) => url.includes('?')), 'addresses with a query string').toEqual([]);
  expect(addresses).toEqual(release.precache.map((file: string) => `${ORIGIN}/${file}`).sort());

  // Nothing typed is kept anywhere else in the browser either.
  const elsewhere = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(elsewhere).toEqual({ local: 0, session: 0, cookies: '', databases: [] });
});

test('the caseload page\'s code is kept only once that page is opened, and then works offline', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  const before = Object.values(await cacheStorage(page)).flat();
  expect(before).toEqual(release.precache.map((file: string) => `${ORIGIN}/${file}`).sort());
  await page.goto('/dossiers.html');
  await expect(page.getByLabel(/Ouvrir un fichier CSV/)).toBeVisible();
  const everything = [...release.precache, ...release.on_use].map((file: string) => `${ORIGIN}/${file}`).sort();
  await expect.poll(async () => Object.values(await cacheStorage(page)).flat()).toEqual(everything);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel(/Ouvrir un fichier CSV/)).toBeVisible();
  await context.setOffline(false);
});

test('offline, a shared link opens from the cache by path, whatever its query', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  await context.setOffline(true);
  // Never opened before: the cached page by its path, the state from the address.
  await page.goto(LINK_1);
  expect(await printedTarget(page)).toBe(engine({
    service: 'caq-etudes', received: '2025-12-19', pauses: [{ from: '2026-01-05', to: '2026-01-12' }],
    decision: { date: '2026-03-02', outcome: 'refusal' }, mailing_from: 'abroad', today: '2026-03-10',
  }).target);
  await expect(page.locator('meta[name="delais-release"]')).toHaveAttribute('content', release.release);
  await context.setOffline(false);
  const addresses = Object.values(await cacheStorage(page)).flat();
  expect(addresses.filter((url) => url.includes('?'))).toEqual([]);
});
