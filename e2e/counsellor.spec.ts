// A counsellor in a client meeting: keyboard only, share a link, reload, Back,
// switch language, copy, add to calendar, print, and keep working offline.
import { readFileSync } from 'node:fs';
import { engine, expect, expectNoAxeViolations, printedTarget, reexamination, shoot, test } from './support';

const FULL = '/?lang=fr&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12&decision=2026-03-02&outcome=refusal&from=abroad&asof=2026-03-10';
const FULL_REQUEST = {
  service: 'caq-etudes', received: '2025-12-19', pauses: [{ from: '2026-01-05', to: '2026-01-12' }],
  decision: { date: '2026-03-02', outcome: 'refusal' }, mailing_from: 'abroad', today: '2026-03-10',
};

test('keyboard only: choose a situation, type the date, reach the answer', async ({ page }) => {
  await page.goto('/');
  // Tab from the top: skip link, language switch, then the situation.
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== 'service'; i++) {
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('service');
  await page.keyboard.type('Parrainage');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('received');
  await page.keyboard.type('2026-02-16');
  await page.keyboard.press('Tab');
  expect(await printedTarget(page)).toBe(engine({ service: 'regroupement-familial', received: '2026-02-16' }).target);
  // Every control is reachable and shows where the focus is.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a shared link restores everything; reload and Back restore it exactly', async ({ page, context }) => {
  await page.goto(FULL);
  const expected = engine(FULL_REQUEST);
  expect(await printedTarget(page)).toBe(expected.target);
  await expect(page.locator('#mail-by')).toHaveAttribute('data-date', reexamination(expected).mail_by);
  await expect(page.locator('#status')).toContainText('Décision rendue le 2\u00a0mars 2026'.replace('\u00a0', ' '));
  await expectNoAxeViolations(page, 'full state');

  // The same link in a fresh tab gives the same page.
  const other = await context.newPage();
  await other.goto(FULL);
  expect(await printedTarget(other)).toBe(expected.target);
  await expect(other.getByLabel(/Date de la demande de documents/)).toHaveValue('2026-01-05');

  // Change the situation, then go Back: the first one returns, with its dates.
  await page.getByLabel(/Quelle demande avez-vous faite/).selectOption('peq');
  await expect(page).toHaveURL(/service=peq/);
  await page.goBack();
  await expect(page).toHaveURL(/service=caq-etudes/);
  await expect(page.getByLabel(/Quelle demande avez-vous faite/)).toHaveValue('caq-etudes');
  expect(await printedTarget(page)).toBe(expected.target);

  await page.reload();
  expect(await printedTarget(page)).toBe(expected.target);
  await expect(page.getByLabel(/Date de la décision/)).toHaveValue('2026-03-02');
});

test('switching language keeps every input and the URL says so', async ({ page }) => {
  await page.goto(FULL);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#target')).toHaveText(/The Ministry aims to decide by Monday, February 2, 2026/);
  await expect(page.getByLabel('Date of the decision')).toHaveValue('2026-03-02');
  await expect(page.getByLabel('Date documents were requested')).toHaveValue('2026-01-05');
  await expectNoAxeViolations(page, 'english full state');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the calendar file parses and carries the engine dates', async ({ page }) => {
  await page.goto(FULL);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Ajouter au calendrier/ }).click();
  const file = await (await download).path();
  const ics = readFileSync(file, 'utf8');
  const expected = engine(FULL_REQUEST);
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  // Unfold (RFC 5545 §3.1) and read the events.
  const unfolded = ics.replace(/\r\n /g, '');
  const starts = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((m) => m[1]);
  const compact = (iso: string) => iso.replaceAll('-', '');
  expect(starts).toEqual([expected.target, reexamination(expected).mail_by, reexamination(expected).deadline].map(compact));
  expect(unfolded.match(/BEGIN:VALARM/g)?.length).toBe(3);
  expect(unfolded).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/m);
  expect(unfolded).toMatch(/^UID:target-caq-etudes-2025-12-19-\d{8}@delais$/m);
});

test('copy the summary and the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(FULL);
  await page.getByRole('button', { name: 'Copier le résumé' }).click();
  await expect(page.locator('.flash')).toHaveText('Résumé copié.');
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain("Le Ministère vise à rendre sa décision d'ici le");
  expect(summary).toContain('C\'est une cible, pas une promesse.');
  expect(summary).toContain('Lendemain de Noël');
  expect(summary).toContain('service=caq-etudes');
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.locator('.flash')).toHaveText('Lien copié.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('received=2025-12-19');
});

test('print: one clean page with the dates, the reasons and the sources', async ({ page }) => {
  await page.goto(FULL);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.inputs')).toBeHidden();
  await expect(page.locator('.actions')).toBeHidden();
  await expect(page.locator('.skipped')).toBeVisible();
  await expect(page.locator('.sources')).toBeVisible();
  await shoot(page, 'counsellor-print');
});

test('start over clears the form and the URL', async ({ page }) => {
  await page.goto(FULL);
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expect(page).toHaveURL(/\?lang=fr$/);
  await expect(page.getByLabel(/Quelle demande avez-vous faite/)).toHaveValue('');
});

test('works offline after the first visit', async ({ page, context }) => {
  await page.goto(FULL);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload(); // now controlled by the service worker
  await context.setOffline(true);
  await page.reload();
  expect(await printedTarget(page)).toBe(engine(FULL_REQUEST).target);
  await context.setOffline(false);
});

// 320 px is WCAG's reflow width; a 1280 px window at 200 % zoom is 640 CSS px.
for (const width of [320, 360, 640, 768, 1280]) {
  test(`a full result at ${width} px: no horizontal scroll, axe, screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(FULL);
    await page.getByText(/jours non comptés/).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `full state at ${width}px`);
    await shoot(page, `full-${width}`);
  });
}
