// A crafted link cannot speak in the page's voice: a right-to-left override, a
// 200-character "message" and a 60 KB value in each parameter of the address, and the
// same in a widget's `service` attribute. The page shows at most a short excerpt of
// each (12 characters and "…"), isolated in a <bdi> and in the text's own style, never
// the page's red bold; nothing of the page is reversed; axe finds nothing.
import { engine, expect, expectNoAxeViolations, printedTarget, shoot, test } from './support';
import type { Page } from '@playwright/test';

const RLO = '\u202E';
// Reads like a ministry demand (in capitals, so that no 13 characters of it are words of
// the page's own); no 13 characters of it may appear on the page.
const PAYLOAD = `${RLO}AVIS OFFICIEL MIFI-7731 : VOTRE DOSSIER SERA FERMÉ SI VOUS NE PAYEZ PAS 500 $ DE FRAIS PAR VIREMENT À paiement-mifi@example.com AVANT DEMAIN 17 H. `.repeat(2).slice(0, 200);
const HUGE = 'A'.repeat(60 * 1024);
const NAMES = ['lang', 'service', 'received', 'stop', 'decision', 'outcome', 'from', 'grounds', 'asof', 'calendar', 'avis'];
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const DIRECTIONS = new RegExp(DIRECTION.source, 'g');

/** Every run of 13 characters of the payload, without its direction control. */
const fragments = (text: string) => {
  const plain = text.replace(DIRECTIONS, '');
  return Array.from({ length: plain.length - 12 }, (_, i) => plain.slice(i, i + 13));
};

/** What the page shows: no long fragment of `text`, no direction control, every quoted
 *  value short, in a <bdi>, not bold. */
async function expectOnlyExcerpts(page: Page, text: string, where: string) {
  const shown = await page.locator('body').innerText();
  expect(DIRECTION.test(shown), `${where}: a direction control is shown`).toBe(false);
  const long = fragments(text).find((fragment) => shown.includes(fragment));
  expect(long, `${where}: a long part of the value is shown`).toBeUndefined();
  // Nor in a field, where a value the field cannot hold was not typed.
  for (const value of await page.locator('input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))) {
    expect(value.length, `${where}: a field holds ${value.length} characters`).toBeLessThanOrEqual(40);
    expect(DIRECTION.test(value), `${where}: a field holds a direction control`).toBe(false);
  }
  const quoted = await page.locator('.quoted').evaluateAll((all) => all.map((el) => ({
    tag: el.tagName, text: el.textContent ?? '', weight: getComputedStyle(el).fontWeight,
  })));
  for (const { tag, text: value, weight } of quoted) {
    expect(tag).toBe('BDI');
    expect([...value].length, `${where}: ${value}`).toBeLessThanOrEqual(13);
    expect(weight, `${where}: a quoted value in bold`).toBe('400');
  }
}

test('a link with a right-to-left override reverses nothing and names the field in a short excerpt', async ({ page }) => {
  const short = `${RLO}2026-01-05 payez`;
  await page.goto(`/?lang=fr&service=peq&received=${encodeURIComponent(short)}`);
  const summary = page.locator('.error-summary');
  await expect(summary.getByRole('heading', { name: 'Il y a un problème' })).toBeVisible();
  // The field keeps what was in the link, without the override; the message quotes it.
  await expect(page.getByLabel('Date de réception de la demande')).toHaveValue('2026-01-05 payez');
  await expect(summary.locator('bdi.quoted')).toHaveText('2026-01-05 p…');
  await expect(summary.getByRole('link')).toHaveText(/n'est pas une date\. Écrivez-la sous la forme AAAA-MM-JJ/);
  await expectOnlyExcerpts(page, short, 'RTL override in received');
  await expectNoAxeViolations(page, 'a link with a right-to-left override');
  await page.locator('.inputs').screenshot({ path: 'e2e/artifacts/hostile-rtl.png' });

  // The example: a long text after the override, in a date.
  await page.goto(`/?lang=fr&service=peq&received=${encodeURIComponent(PAYLOAD)}`);
  await expect(summary.locator('li')).toHaveCount(1);
  await expect(summary.locator('li')).toContainText('que Délais ne reconnaît pas');
  await expectOnlyExcerpts(page, PAYLOAD, 'RTL payload in received');
  await expect(page.getByLabel('Date de réception de la demande')).toHaveValue('');
});

for (const [label, value] of [['a 200-character payload', PAYLOAD], ['a 60 KB value', HUGE]] as const) {
  test(`${label} in each parameter is shown as a short excerpt at most`, async ({ page }) => {
    for (const name of NAMES) {
      const link = `/?lang=fr&service=caq-etudes&received=2025-12-19&${name}=${encodeURIComponent(value)}`;
      await page.goto(link);
      // What could be read is still answered (a bad `lang` or `service` is ignored, the
      // first of two `service` or `received` wins only if it can be read).
      await expect(page.locator('.error-summary')).toBeVisible();
      await expectOnlyExcerpts(page, value, `${label} in ${name}`);
    }
  });
}

test('a link with the payload in every parameter at once: excerpts only, the answer still given, axe clean', async ({ page }) => {
  const parts = NAMES.map((name) => `${name}=${encodeURIComponent(PAYLOAD)}`).join('&');
  await page.goto(`/?${parts}&service=caq-etudes&received=2025-12-19&lang=fr`);
  const summary = page.locator('.error-summary');
  // Eleven unreadable parts: ten named, the last counted.
  await expect(summary.locator('li')).toHaveCount(11);
  await expectOnlyExcerpts(page, PAYLOAD, 'every parameter');
  expect(await printedTarget(page)).toBe(engine({ service: 'caq-etudes', received: '2025-12-19' }).target);
  await expectNoAxeViolations(page, 'a hostile link in every parameter');
  await summary.scrollIntoViewIfNeeded();
  await summary.screenshot({ path: 'e2e/artifacts/hostile-link-summary.png' });
  await shoot(page, 'hostile-link');
});

test("a widget's service attribute is quoted as a short excerpt, isolated", async ({ page }) => {
  await page.goto('/examples/partner.html');
  await expect(page.locator('#widget-caq #received')).toBeVisible();
  await page.evaluate((service) => {
    const widget = document.createElement('delais-estimateur');
    widget.id = 'hostile';
    widget.setAttribute('lang', 'fr');
    widget.setAttribute('service', service);
    document.querySelector('main')!.append(widget);
  }, PAYLOAD);
  const message = page.locator('#hostile #unknown-service');
  await expect(message).toContainText('que Délais ne connaît pas');
  await expect(message.locator('bdi.quoted')).toHaveText('AVIS OFFICIE…');
  const shown = await message.innerText();
  expect(DIRECTION.test(shown)).toBe(false);
  expect(fragments(PAYLOAD).find((f) => shown.includes(f))).toBeUndefined();
  await message.screenshot({ path: 'e2e/artifacts/hostile-widget.png' });
  await expectNoAxeViolations(page, 'a widget with a hostile service attribute');
});
