// The page is readable before its Wasm arrives: index.html (and the caseload page,
// dossiers.html, at the end) carries the first view, rendered at build time from the app's own components (src/bin/prerender.rs), in
// the language the app will choose; a shared link keeps the place of its answers hidden
// rather than show the wrong ones; and the app's first render takes the view's place
// without a shift, keeping what the person already did in it.
import type { Locator, Page, Route } from '@playwright/test';
import { expect, expectNoAxeViolations, shoot, test } from './support';

/** Holds the page's Wasm until `release()` is called: the time a slow network takes. */
async function holdWasm(page: Page, wasm = /delais_bg\.[0-9a-f]{8}\.wasm$/) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(wasm, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

const h1 = (page: Page) => page.locator('#app h1');

test('before the Wasm, the page shows its first view in French, and it passes axe', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(h1(page)).toHaveText(/Quand le ministère de l'Immigration \(MIFI\) vise-t-il à vous répondre/);
  await expect(page.locator('#app[data-prerendered] select#service')).toBeVisible();
  await expect(page.getByLabel('Quelle demande avez-vous faite ?')).toHaveValue('');
  await expect(page.locator('#result .waiting')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  await expectNoAxeViolations(page, 'prerendered, French');
  await shoot(page, 'prerendered-fr');
  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(h1(page)).toHaveCount(1);
});

test('the first view is in English for ?lang=en and for an English browser', async ({ browser }) => {
  for (const [locale, url] of [['fr-CA', '/?lang=en'], ['en-CA', '/']]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(url, { waitUntil: 'commit' });
    await expect(h1(page)).toHaveText(/When does Québec's immigration ministry \(MIFI\) aim to answer/);
    await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    if (locale === 'en-CA') await shoot(page, 'prerendered-en');
    release();
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(h1(page)).toHaveText(/When does Québec's immigration ministry/);
    await context.close();
  }
});

test('a shared link never shows the empty form: its place is kept until its answer is there', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?lang=fr&service=peq&received=2025-01-10', { waitUntil: 'commit' });
  await expect(h1(page)).toBeVisible();
  const columns = page.locator('#app[data-prerendered] .columns');
  await expect(columns).toBeHidden();
  const box = await columns.boundingBox();
  expect(box?.height ?? 0, 'the hidden view keeps its place').toBeGreaterThan(100);
  // The app renders the form, then its answer a task later (src/widget.rs, mount_app):
  // the moment the view is replaced, the answer must already be in the page.
  await page.evaluate(() => {
    const view = document.querySelector('[data-prerendered]')!;
    new MutationObserver((_, observer) => {
      if (view.isConnected) return;
      observer.disconnect();
      (window as unknown as { answerAtSwap: boolean }).answerAtSwap = document.querySelector('#target time') !== null;
    }).observe(document.body, { childList: true, subtree: true });
  });
  release();
  await expect(page.locator('#target time')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { answerAtSwap?: boolean }).answerAtSwap)).toBe(true);
  await expect(page.locator('[data-pending]')).toHaveCount(0);
  await expect(page.getByLabel('Quelle demande avez-vous faite ?')).toHaveValue('peq');
});

test('a situation picked before the Wasm arrives is kept, with the focus', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'commit' });
  const picker = page.getByLabel('Quelle demande avez-vous faite ?');
  await picker.focus();
  await picker.selectOption('peq');
  await expect(picker).toBeFocused();
  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('#received')).toBeVisible();
  await expect(picker).toHaveValue('peq');
  await expect(picker).toBeFocused();
  // In the address too (written a task after the render), so a reload keeps it.
  await expect(page).toHaveURL(/[?&]service=peq(&|$)/);
  await page.reload();
  await expect(page.getByLabel('Quelle demande avez-vous faite ?')).toHaveValue('peq');
});

/** Loads `url` and waits for `ready` (the app in place), then expects no layout shift
 *  to have happened meanwhile. */
async function expectNoLayoutShift(page: Page, url: string, ready: Locator) {
  await page.addInitScript(() => {
    (window as any).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as any).shifts.push((entry as any).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await expect(ready).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shifts: number[] = await page.evaluate(() => (window as any).shifts);
  expect(shifts, 'layout shifts while loading').toEqual([]);
}

test('the app takes the first view\'s place without a layout shift', async ({ page }) => {
  await expectNoLayoutShift(page, '/', page.locator('#service'));
});

// The caseload page (dossiers.html): its first view is the page with no file open. Its
// Wasm is fetched once the view is painted, by when the service worker may control the
// page: its requests would then not pass through `page.route`, so no service worker here.
const caseloadWasm = /caseload_bg\.[0-9a-f]{8}\.wasm$/;

test.describe('the caseload page', () => {
  test.use({ serviceWorkers: 'block' });

  test('before its Wasm: its first view in French, then in English, axe-clean', async ({ browser }) => {
    for (const [locale, url, heading] of [
      ['fr-CA', '/dossiers.html', 'Tableau des dossiers'],
      ['fr-CA', '/dossiers.html?lang=en', 'Caseload table'],
      ['en-CA', '/dossiers.html', 'Caseload table'],
    ]) {
      const context = await browser.newContext({ locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      const release = await holdWasm(page, caseloadWasm);
      await page.goto(url, { waitUntil: 'commit' });
      await expect(page.locator('#app[data-prerendered] h1')).toHaveText(heading);
      await expect(page.locator('#app[data-prerendered] input[type=file]')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(heading === 'Caseload table' ? 'en' : 'fr');
      if (url === '/dossiers.html') {
        await expectNoAxeViolations(page, `caseload prerendered, ${locale}`);
        await shoot(page, `caseload-prerendered-${locale}`);
      }
      release();
      await expect(page.locator('[data-prerendered]')).toHaveCount(0);
      await expect(page.locator('#app h1')).toHaveText(heading);
      await context.close();
    }
  });

  test('the app takes the first view\'s place keeping the text pasted and the focus', async ({ page }) => {
    const release = await holdWasm(page, caseloadWasm);
    await page.goto('/dossiers.html', { waitUntil: 'commit' });
    const paste = page.getByLabel("Ou collez des cellules copiées d'un tableur");
    await paste.fill('service,reçue le\npeq,2025-01-10');
    await expect(paste).toBeFocused();
    release();
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(paste).toHaveValue('service,reçue le\npeq,2025-01-10');
    await expect(paste).toBeFocused();
    await page.getByRole('button', { name: 'Lire les cellules collées' }).click();
    await expect(page.getByRole('status')).toContainText('1 dossier au');
  });

  test('a file chosen before the Wasm arrives is read once the app is there', async ({ page }) => {
    const release = await holdWasm(page, caseloadWasm);
    await page.goto('/dossiers.html', { waitUntil: 'commit' });
    await page.getByLabel('Ouvrir un fichier CSV').setInputFiles('tests/fixtures/caseload-60.csv');
    release();
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('60 dossiers au');
  });

  test('the app takes the first view\'s place without a layout shift', async ({ page }) => {
    await expectNoLayoutShift(page, '/dossiers.html', page.locator('#app h1', { hasText: /^Tableau des dossiers$/ }));
  });
});
