// The answer in view on a phone: a compact summary stays at the bottom of
// the screen while the form is filled in, links to the full answer, and is read once
// by screen readers, not at every keystroke. Also: a link that would flood the page,
// and the timeline's labels. Screenshots at 320, 360, 768 and 1280 px.
import { engine, expect, expectNoAxeViolations, printedTarget, reexamination, shoot, test } from './support';

const REFUSED = '/?lang=fr&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12&decision=2026-03-02&outcome=refusal&from=abroad&asof=2026-03-10';
const REFUSED_REQUEST = {
  service: 'caq-etudes', received: '2025-12-19', pauses: [{ from: '2026-01-05', to: '2026-01-12' }],
  decision: { date: '2026-03-02', outcome: 'refusal' }, mailing_from: 'abroad', today: '2026-03-10',
};

function bar(page: any) {
  return page.getByRole('region', { name: 'Résumé du résultat' });
}

test.describe('at 360 × 780', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('choosing a situation and typing the received date puts the target date in view', async ({ page }) => {
    await page.goto('/');
    await expect(bar(page)).toHaveCount(0);
    await page.getByLabel(/Quelle demande avez-vous faite/).selectOption('caq-etudes');
    await page.getByLabel(/Date de réception de la demande/).fill('2025-12-19');
    const expected = engine({ service: 'caq-etudes', received: '2025-12-19' });
    await expect(bar(page).locator('time')).toHaveAttribute('datetime', expected.target);
    await expect(bar(page).getByText('Date cible : 26 janvier 2026')).toBeInViewport({ ratio: 1 });
    // The full answer is below the form, out of sight: the summary is what shows the date.
    await expect(page.locator('#target')).not.toBeInViewport();
    await expectNoAxeViolations(page, 'phone: summary bar while typing');
    await page.screenshot({ path: 'e2e/artifacts/phone-summary-360.png' });

    // Its link goes to the full answer, which takes the focus.
    await bar(page).getByRole('link', { name: 'Voir la réponse complète' }).click();
    await expect(page.locator('#target')).toBeInViewport();
    await expect(page.locator('#result')).toBeFocused();
  });

  test('the summary says the days left, and the re-examination deadline once there is a refusal', async ({ page }) => {
    await page.goto('/?lang=fr&service=caq-etudes&received=2026-02-02&asof=2026-02-16');
    const counting = engine({ service: 'caq-etudes', received: '2026-02-02', today: '2026-02-16' });
    const left = Math.round((Date.parse(counting.target) - Date.parse('2026-02-16')) / 86_400_000);
    await expect(bar(page)).toContainText(`Encore ${left} jours`);
    await page.goto(REFUSED);
    const refused = engine(REFUSED_REQUEST);
    await expect(bar(page).locator('time')).toHaveAttribute('datetime', refused.target);
    await expect(bar(page)).toContainText(/Date limite pour demander un réexamen\s:\s31\smai 2026/);
    expect(reexamination(refused).deadline).toBe('2026-05-31');
    await expectNoAxeViolations(page, 'phone: summary bar with a refusal');
  });

  test('screen readers hear the answer once the date is typed, not at every keystroke', async ({ page }) => {
    await page.goto('/?lang=fr&service=caq-etudes');
    await page.locator('[aria-live="polite"]').evaluate((region) => {
      (window as any).heard = [];
      new MutationObserver(() => (window as any).heard.push(region.textContent)).observe(region, { childList: true, subtree: true, characterData: true });
    });
    const received = page.getByLabel(/Date de réception de la demande/);
    // Typed key by key, then corrected three times: each complete date changes the answer.
    await received.pressSequentially('2025-12-19', { delay: 30 });
    for (const day of ['18', '17', '16']) await received.fill(`2025-12-${day}`);
    await expect(bar(page).locator('time')).toHaveAttribute('datetime', '2026-01-21');
    const heard = async () => (await page.evaluate(() => (window as any).heard)).filter((t: string) => t);
    expect(await heard(), 'nothing while typing').toEqual([]);
    // Leaving the field: the answer, once.
    await received.blur();
    await expect.poll(heard).toHaveLength(1);
    expect(engine({ service: 'caq-etudes', received: '2025-12-16' }).target).toBe('2026-01-21');
    expect((await heard())[0]).toMatch(/^Date cible\s:\s21 janvier 2026\./);
  });
});

test('on a wide screen the two columns stay and there is no summary bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(REFUSED);
  expect(await printedTarget(page)).toBe(engine(REFUSED_REQUEST).target);
  await expect(bar(page)).toBeHidden();
  await expect(page.locator('#target')).toBeInViewport();
});

for (const width of [320, 360, 768, 1280]) {
  test(`screenshots at ${width} px: the form with the summary in view, then the whole page`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 700 ? 780 : 900 });
    await page.goto(REFUSED);
    await expect(page.locator('#target')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    await page.getByLabel(/Date de réception de la demande/).focus();
    await page.screenshot({ path: `e2e/artifacts/phone-view-${width}.png` });
    await page.locator('.timeline').scrollIntoViewIfNeeded();
    await page.locator('.timeline').screenshot({ path: `e2e/artifacts/timeline-${width}.png` });
    await shoot(page, `phone-page-${width}`);
  });
}

test.describe('the timeline at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('a time axis with months, today marked, and labels that do not overlap', async ({ page }) => {
    await page.goto(REFUSED);
    const svg = page.locator('.timeline-svg');
    await expect(svg).toBeVisible();
    // Month names on the axis, the year under the first one.
    const ticks = await svg.locator('.tick text').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['janv.', 'févr.', 'mars', 'avr.', 'mai', '2026']));
    // Today (as of 10 March 2026), the target and the deadlines are named on the picture.
    const labels = await svg.locator('text.label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["Aujourd'hui", 'Date cible', 'Dernier envoi', 'Limite (réexamen)', 'Décision', 'Réception']));
    const boxes = await svg.locator('text.label, text.label-date, .tick text').evaluateAll((all) =>
      all.map((el) => { const r = el.getBoundingClientRect(); return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom }; }));
    const svgBox = await svg.boundingBox();
    for (const [i, a] of boxes.entries()) {
      expect(a.left, `${a.text} inside the picture`).toBeGreaterThanOrEqual(svgBox!.x - 1);
      expect(a.right, `${a.text} inside the picture`).toBeLessThanOrEqual(svgBox!.x + svgBox!.width + 1);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
        expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true);
      }
    }
    // The list under it says the same in words.
    await expect(page.locator('.timeline-list li')).toHaveCount(7);
    await expect(page.locator('.timeline-list')).toContainText("Aujourd'hui — mardi 10 mars 2026");
  });
});

test('a link with 5,000 unreadable parts renders in under a second and names about ten of them', async ({ page }) => {
  const query = '?lang=fr&service=caq-etudes&received=2025-12-19&' + Array.from({ length: 5000 }, (_, i) => `x${i}=${i}`).join('&');
  // Opened as a link: everything that can be read is used, ten parts are named.
  await page.goto('/' + query);
  const summary = page.locator('.error-summary');
  await expect(summary.locator('li')).toHaveCount(11);
  await expect(summary.locator('li').first()).toHaveText(/x0=0/);
  await expect(summary.locator('li').last()).toHaveText(/… et 4990\sautres parties du lien, ignorées aussi\./);
  expect(await printedTarget(page)).toBe(engine({ service: 'caq-etudes', received: '2025-12-19' }).target);
  await expectNoAxeViolations(page, 'a link with 5,000 unreadable parts');

  // The app's own time for such a link (decode, compute, render), apart from the download
  // and compilation of the Wasm, which a busy test machine makes vary: reached by Back.
  await page.goto('/?lang=fr');
  await expect(page.getByLabel(/Quelle demande avez-vous faite/)).toHaveValue('');
  const ms = await page.evaluate(async (link) => {
    history.pushState(null, '', link);
    const start = performance.now();
    window.dispatchEvent(new PopStateEvent('popstate'));
    while (document.querySelectorAll('.error-summary li').length < 11) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  }, query);
  expect(ms, 'milliseconds from the address to the page').toBeLessThan(1000);
});

test('stops beyond the 20th are named once', async ({ page }) => {
  const stops = Array.from({ length: 25 }, () => 'stop=2026-01-05..2026-01-06').join('&');
  await page.goto(`/?lang=fr&service=caq-etudes&received=2025-12-19&${stops}`);
  await expect(page.locator('.error-summary li')).toHaveCount(1);
  await expect(page.locator('.error-summary li')).toHaveText(/5\sdemandes de documents de plus que les 20/);
  await expect(page.getByRole('group', { name: /^Suspension \d+$/ })).toHaveCount(20);
});
