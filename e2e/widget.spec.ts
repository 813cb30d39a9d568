// A widget that keeps its data and says what happened: an unknown `service`
// attribute, a widget moved or taken out and put back by the host page, « Recommencer »
// and its undo (in a widget and on the page), and a failed download that can be retried.
import { test as base } from '@playwright/test';
import { engine, expect, expectNoAxeViolations, printedTarget, test } from './support';

const DEMO = '/examples/partner.html';

test('an unknown service shows the picker and names the value, in the widget’s language', async ({ page }) => {
  await page.goto(DEMO);
  await expect(page.locator('#widget-caq #received')).toBeVisible();
  await page.evaluate(() => {
    for (const [id, lang] of [['typo-en', 'en'], ['typo-fr', 'fr']]) {
      const widget = document.createElement('delais-estimateur');
      widget.id = id;
      widget.setAttribute('lang', lang);
      widget.setAttribute('service', 'caq-etude');
      document.querySelector('main')!.append(widget);
    }
  });
  const english = page.locator('#typo-en');
  await expect(english.getByText('This tool was set up for the situation “caq-etude”, which Délais does not know.', { exact: false })).toBeVisible();
  await expect(page.locator('#typo-fr').getByText(/la situation «\scaq-etude\s», que Délais ne connaît pas/)).toBeVisible();
  await page.locator('#typo-fr').screenshot({ path: 'e2e/artifacts/widget-unknown-service.png' });
  await expectNoAxeViolations(page, 'widgets with an unknown service');
  // The person picks the situation: the widget works.
  await english.getByLabel('What did you apply for?').selectOption('caq-etudes');
  await english.getByLabel(/Date the request was received/).fill('2025-12-19');
  await expect(english.locator('#target time')).toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2025-12-19' }).target);
  // Fixing the attribute fixes the situation and hides the picker and the message.
  await english.evaluate((el) => el.setAttribute('service', 'peq'));
  await expect(english.getByLabel('What did you apply for?')).toHaveCount(0);
  await expect(english.getByText(/does not know/)).toHaveCount(0);
});

test('a widget moved in the page, or taken out and put back, keeps what was entered', async ({ page }) => {
  await page.goto(DEMO);
  const widget = page.locator('#widget-themed');
  await widget.getByLabel('What did you apply for?').selectOption('peq');
  await widget.getByLabel(/Date the request was received/).fill('2025-08-31');
  await widget.getByRole('button', { name: 'Français' }).click();
  const expected = engine({ service: 'peq', received: '2025-08-31' }).target;
  const kept = async (step: string) => {
    await expect(widget.getByLabel(/Quelle demande avez-vous faite/), step).toHaveValue('peq');
    await expect(widget.getByLabel(/Date de réception de la demande/), step).toHaveValue('2025-08-31');
    await expect(widget.locator('#target time'), step).toHaveAttribute('datetime', expected);
  };
  await kept('before');

  // Moved: taken out and put back in one go.
  await widget.evaluate((el) => document.querySelector('main')!.prepend(el));
  await kept('moved to the top of the page');

  // Taken out for a while (a host that re-renders its page), then put back.
  const whileOut = await widget.evaluate(async (el) => {
    el.remove();
    await new Promise((r) => setTimeout(r, 200));
    const mounted = !!el.shadowRoot!.querySelector('.delais');
    document.querySelector('main')!.append(el);
    return mounted;
  });
  expect(whileOut, 'the app is freed while the element is out of the page').toBe(false);
  await kept('taken out and put back');
  await expectNoAxeViolations(page, 'widget put back');
});

test('« Recommencer » in a widget offers an undo, and keeps the widget’s situation', async ({ page }) => {
  await page.goto(DEMO);
  const widget = page.locator('#widget-caq');
  const received = widget.getByLabel(/Date de réception de la demande/);
  await received.fill('2025-12-19');
  await received.blur();
  await widget.getByRole('button', { name: 'Recommencer' }).click();
  await expect(received).toHaveValue('');
  await expect(widget.locator('#undo')).toContainText('Le formulaire a été vidé.');
  const undo = widget.getByRole('button', { name: 'Annuler et retrouver mes réponses' });
  await expect(undo).toBeFocused();
  await expectNoAxeViolations(page, 'widget after start over');
  await undo.click();
  await expect(received).toHaveValue('2025-12-19');
  await expect(widget.locator('#target time')).toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2025-12-19' }).target);
  await expect(undo).toHaveCount(0);
});

test('« Recommencer » on the page offers an undo too, and Back still works', async ({ page }) => {
  const link = '/?lang=fr&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12&decision=2026-03-02&outcome=refusal&from=abroad&asof=2026-03-10';
  await page.goto(link);
  const target = await printedTarget(page);
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expect(page).toHaveURL(/\?lang=fr$/);
  const undo = page.getByRole('button', { name: 'Annuler et retrouver mes réponses' });
  await expect(undo).toBeFocused();
  await expectNoAxeViolations(page, 'page after start over');
  await undo.click();
  await expect(page).toHaveURL(/service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12&decision=2026-03-02/);
  expect(await printedTarget(page)).toBe(target);
  await expect(page.getByLabel(/Quelle demande avez-vous faite/)).toBeFocused();
  await expect(page.getByLabel(/D'où enverrez-vous une demande/)).toHaveValue('abroad');
  // Back from the undone state returns to the cleared one, and Back again to the link.
  await page.goBack();
  await expect(page).toHaveURL(/\?lang=fr$/);
  await page.goBack();
  expect(await printedTarget(page)).toBe(target);
});

// Not `test` from support.ts: a failed download makes the browser and the page log
// errors on purpose; this test checks exactly which.
base('a failed download says so, and can be retried (widgets and the JavaScript API)', async ({ page }) => {
  const errors: string[] = [];
  // axe-core applies inline styles while it measures, which the page's strict CSP reports.
  let axeRunning = false;
  page.on('console', (m) => {
    if (m.type() === 'error' && !(axeRunning && /Content.Security.Policy/i.test(m.text()))) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  let failApp = true;
  let failEngine = true;
  await page.route(/\/delais_bg\.[0-9a-f]+\.wasm$/, (route) => (failApp ? route.abort() : route.continue()));
  await page.route(/\/engine_bg\.[0-9a-f]+\.wasm$/, (route) => (failEngine ? route.abort() : route.continue()));
  await page.goto(DEMO);

  const caq = page.locator('#widget-caq');
  const themed = page.locator('#widget-themed');
  await expect(caq.getByRole('alert')).toContainText("Le calculateur Délais n'a pas pu être chargé.");
  await expect(themed.getByRole('alert')).toContainText('The Délais calculator could not be loaded.');
  axeRunning = true;
  await expectNoAxeViolations(page, 'widgets whose download failed');
  await caq.screenshot({ path: 'e2e/artifacts/widget-load-failed.png' });
  axeRunning = false;

  // The network is back: one click, and that widget starts; the other one too.
  failApp = false;
  await caq.getByRole('button', { name: 'Réessayer' }).click();
  await expect(caq.getByLabel(/Date de réception de la demande/)).toBeVisible();
  await expect(caq.getByRole('alert')).toHaveCount(0);
  await themed.getByRole('button', { name: 'Try again' }).click();
  await expect(themed.getByLabel('What did you apply for?')).toBeVisible();
  await caq.getByLabel(/Date de réception de la demande/).fill('2025-12-19');
  await expect(caq.locator('#target time')).toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2025-12-19' }).target);

  // The JavaScript API: the call made while the engine could not load failed; the next one works.
  failEngine = false;
  const result = await page.evaluate(async () => {
    const api = await import('/delais-api.js');
    return api.estimate({ service: 'caq-etudes', received: '2025-12-19' });
  });
  expect(result.target).toBe(engine({ service: 'caq-etudes', received: '2025-12-19' }).target);

  // Only the expected complaints: the aborted downloads and what each loader said of them.
  const unexpected = errors.filter((e) => !/ERR_FAILED|Failed to fetch|could not start|failed to start|Failed to load resource|TypeError/.test(e));
  expect(unexpected).toEqual([]);
});

test.describe('a widget on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('its summary of the answer stays in view while the form is filled in', async ({ page }) => {
    await page.goto(DEMO);
    const widget = page.locator('#widget-caq');
    await widget.getByLabel(/Date de réception de la demande/).fill('2025-12-19');
    const bar = widget.getByRole('region', { name: 'Résumé du résultat' });
    await expect(bar.locator('time')).toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2025-12-19' }).target);
    await expect(bar).toBeInViewport({ ratio: 1 });
    await expect(widget.getByLabel(/Date de réception de la demande/)).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: 'e2e/artifacts/widget-phone-360.png' });
    // Its link reaches the answer inside the shadow root.
    await bar.getByRole('link', { name: 'Voir la réponse complète' }).click();
    await expect(widget.locator('#target')).toBeInViewport();
    await expectNoAxeViolations(page, 'widget on a phone with its summary');
  });
});
