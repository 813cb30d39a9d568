// A partner site embeds Délais: two widgets, an iframe and a JS-API call on a page with
// hostile CSS and the strict Content-Security-Policy (examples/partner.html).
import { engine, expect, expectNoAxeViolations, shoot, test } from './support';

const DEMO = '/examples/partner.html';

// Every console message about the Content-Security-Policy, per page.
const violations = new WeakMap<object, string[]>();
test.beforeEach(async ({ page }) => {
  const seen: string[] = [];
  violations.set(page, seen);
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(message.text());
  });
});
test.afterEach(async ({ page }) => {
  expect(violations.get(page), 'CSP violations').toEqual([]);
});

async function type(page: any, widget: string, field: string, value: string) {
  const input = page.locator(`${widget} #${field}`);
  await input.fill(value);
  await input.blur();
}

test('a widget renders in its shadow root and computes the engine date', async ({ page }) => {
  const wasm: string[] = [];
  page.on('response', (r) => { if (/\/delais_bg\.[0-9a-f]{8}\.wasm$/.test(r.url()) && r.frame() === page.mainFrame()) wasm.push(r.url()); });
  await page.goto(DEMO);
  await expect(page.locator('#widget-caq #received')).toBeVisible();
  expect(await page.locator('#widget-caq').evaluate((el) => el.shadowRoot?.mode)).toBe('open');
  // service="caq-etudes": the picker is hidden.
  await expect(page.locator('#widget-caq #service')).toHaveCount(0);
  await type(page, '#widget-caq', 'received', '2025-12-19');
  const expected = engine({ service: 'caq-etudes', received: '2025-12-19' });
  await expect(page.locator('#widget-caq #target time')).toHaveAttribute('datetime', expected.target);
  // Two widgets, one Wasm download for the page.
  await expect(page.locator('#widget-themed #service')).toBeVisible();
  expect(wasm).toHaveLength(1);
  await shoot(page, 'partner-demo');
});

test("the host's styles stay the host's, and do not reach into the widget", async ({ page }) => {
  await page.goto(DEMO);
  await expect(page.locator('#widget-caq #received')).toBeVisible();
  const host = await page.evaluate(() => ({
    text: getComputedStyle(document.querySelector('.host-text')!).fontSize,
    menu: getComputedStyle(document.querySelector('.site-menu')!).display,
    sheets: [...document.styleSheets].map((s) => s.href ?? 'inline'),
  }));
  expect(host.text).toBe('30px');
  expect(host.menu).toBe('none');
  expect(host.sheets.every((href) => href.endsWith('/examples/partner.css'))).toBe(true);

  const widget = page.locator('#widget-caq');
  const add = widget.getByRole('button', { name: /^(Ajouter une demande de documents|Add a request for documents)$/ });
  const inside = {
    input: parseFloat(await widget.locator('#received').evaluate((el) => getComputedStyle(el).fontSize)),
    button: await add.evaluate((el) => getComputedStyle(el).display),
  };
  expect(inside.input).toBeGreaterThan(12);
  expect(inside.input).toBeLessThan(24);
  expect(inside.button).not.toBe('none');

  // The themed widget takes the host's custom properties, and only those.
  const themed = await page.locator('#widget-themed').evaluate((el) => {
    const select = el.shadowRoot!.querySelector('#service')!;
    return { font: getComputedStyle(select).fontFamily, accent: getComputedStyle(el).getPropertyValue('--delais-accent').trim() };
  });
  expect(themed.font).toContain('Georgia');
  expect(themed.accent).toBe('#7a1f5c');
});

test('two widgets on one page are independent', async ({ page }) => {
  await page.goto(DEMO);
  await page.locator('#widget-themed #service').selectOption('peq');
  await type(page, '#widget-themed', 'received', '2025-08-31');
  await type(page, '#widget-caq', 'received', '2026-01-05');
  await expect(page.locator('#widget-themed #target time')).toHaveAttribute('datetime', engine({ service: 'peq', received: '2025-08-31' }).target);
  await expect(page.locator('#widget-caq #target time')).toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2026-01-05' }).target);
  await expect(page.locator('#widget-themed #received')).toHaveValue('2025-08-31');
  // The host page's address is never touched by a widget.
  expect(new URL(page.url()).search).toBe('');
});

test('changing an attribute updates the widget', async ({ page }) => {
  await page.goto(DEMO);
  await expect(page.locator('#widget-themed #service')).toBeVisible();
  await expect(page.locator('#widget-themed .embedded-bar .link-button')).toHaveText('Français');
  await page.locator('#widget-themed').evaluate((el) => el.setAttribute('lang', 'fr'));
  await expect(page.locator('#widget-themed .embedded-bar .link-button')).toHaveText('English');
  await page.locator('#widget-themed').evaluate((el) => el.setAttribute('service', 'plainte'));
  await expect(page.locator('#widget-themed #service')).toHaveCount(0);
  await type(page, '#widget-themed', 'received', '2026-03-30');
  await expect(page.locator('#widget-themed #target time')).toHaveAttribute('datetime', engine({ service: 'plainte', received: '2026-03-30' }).target);
});

test('the iframe embed reports its height and the host sizes it', async ({ page }) => {
  await page.goto(DEMO);
  const frame = page.frameLocator('#delais-frame');
  await expect(frame.locator('#target time')).toHaveAttribute('datetime', engine({ service: 'peq', received: '2025-08-31' }).target);
  await expect(async () => {
    const inner = await page.frame({ url: /embed\.html/ })!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.locator('#delais-frame').evaluate((el) => (el as HTMLElement).clientHeight);
    expect(Math.abs(inner - outer)).toBeLessThanOrEqual(2);
    expect(outer).toBeGreaterThan(600);
  }).toPass({ timeout: 15_000 });
});

test('the JavaScript API gives the same answers as the CLI, and errors as objects', async ({ page }) => {
  await page.goto(DEMO);
  await expect(page.locator('#api-result')).toHaveText('2026-01-26');
  const requests = [
    { service: 'caq-etudes', received: '2025-12-19' },
    { service: 'peq', received: '2025-08-31', today: '2026-03-01' },
    { service: 'francisation-temps-complet', received: '2026-09-01', pauses: [{ from: '2026-09-10', to: '2026-09-20' }] },
    { service: 'regroupement-familial', received: '2025-06-02', decision: { date: '2025-07-10', outcome: 'refusal' } },
    { service: 'caq-etudes', received: '2026-01-05', decision: { date: '2026-02-02', outcome: 'refusal' }, mailing_from: 'abroad', today: '2026-03-01' },
    { service: 'evaluation-comparative', received: '2026-01-12', decision: { date: '2026-03-20', outcome: 'acceptance' }, calendar: 'qc-statutory' },
    { service: 'nope', received: '2026-01-05' },
    { service: 'caq-etudes', received: '2026-02-30' },
  ];
  const ours = await page.evaluate(async (all) => {
    const api = await import('/delais-api.js');
    return Promise.all(all.map((r) => api.estimate(r)));
  }, requests);
  expect(ours).toEqual(requests.map((r) => engine(r)));

  const odd = await page.evaluate(async () => {
    const api = await import('/delais-api.js');
    const circular: any = { service: 'caq-etudes' };
    circular.self = circular;
    return {
      circular: await api.estimate(circular),
      number: await api.estimate(42),
      nothing: await api.estimate(undefined),
      services: (await api.services()).services.map((s: any) => s.id),
      holidays: await api.holidays('qc-public-service', 2022, 2022),
      badYear: await api.holidays('qc-public-service', 1800, 1800),
    };
  });
  expect(odd.circular.error.code).toBe('malformed-json');
  expect(odd.number.error.code).toBe('wrong-type');
  expect(odd.nothing.error.code).toBe('wrong-type');
  expect(odd.services).toContain('caq-etudes');
  expect(odd.holidays.map((h: any) => h.date)).toEqual([
    '2022-01-03', '2022-01-04', '2022-04-15', '2022-04-18', '2022-05-23', '2022-06-24', '2022-07-01',
    '2022-09-05', '2022-10-10', '2022-12-23', '2022-12-26', '2022-12-27', '2022-12-30',
  ]);
  expect(odd.badYear.error.code).toBe('year-out-of-range');
});

test('the JavaScript API never throws nor rejects: a request too large, odd years, a today that is not a string', async ({ page }) => {
  await page.goto(DEMO);
  await expect(page.locator('#api-result')).toHaveText('2026-01-26');
  const answers = await page.evaluate(async () => {
    const api = await import('/delais-api.js');
    const base = { service: 'caq-etudes', received: '2025-12-19' };
    const settle = async (call: () => Promise<any>) => {
      try {
        return await call();
      } catch (problem) {
        return { threw: String(problem) };
      }
    };
    const started = performance.now();
    const huge = await settle(() => api.estimate({ ...base, pauses: new Array(5_000_000).fill({ from: '2026-01-05', to: '2026-01-06' }) }));
    const hugeMs = performance.now() - started;
    const throwing = { toString() { throw new Error('no'); } };
    return {
      huge, hugeMs,
      longText: await settle(() => api.estimate({ ...base, note: 'x'.repeat(2_000_000) })),
      wrapped: await settle(() => api.holidays('qc-public-service', 2 ** 32 + 2025)),
      far: await settle(() => api.holidays('qc-public-service', 1e300)),
      half: await settle(() => api.holidays('qc-public-service', 2025.5)),
      text: await settle(() => api.holidays('qc-public-service', '2025' as any)),
      calendar: await settle(() => api.holidays(throwing as any, 2025)),
      nanToday: await settle(() => api.estimate({ ...base, today: NaN })),
      dateToday: await settle(() => api.estimate({ ...base, today: new Date() })),
      nanReceived: await settle(() => api.estimate({ ...base, received: NaN })),
      getter: await settle(() => api.estimate({ ...base, get today() { throw new Error('no'); } })),
      bigint: await settle(() => api.estimate({ ...base, x: BigInt(1) })),
      still: await settle(() => api.estimate(base)),
    };
  });
  expect(answers.huge.error.code).toBe('request-too-large');
  expect(answers.hugeMs, 'a huge request is refused while it is written, not after').toBeLessThan(5000);
  expect(answers.longText.error.code).toBe('request-too-large');
  expect(answers.wrapped.error.code).toBe('year-out-of-range');
  expect(answers.wrapped.error.message_en).toContain('4294969321');
  expect(answers.far.error.code).toBe('year-out-of-range');
  expect(answers.far.error.message_fr).toContain('1e+300');
  expect(answers.half.error.code).toBe('malformed-year');
  expect(answers.text.error.code).toBe('malformed-year');
  expect(answers.calendar.error.code).toBe('wrong-type');
  expect(answers.nanToday.error).toEqual(expect.objectContaining({ code: 'invalid-date', field: 'today' }));
  expect(answers.dateToday.error.code).toBe('invalid-date');
  expect(answers.nanReceived.error).toEqual(expect.objectContaining({ code: 'malformed-date', field: 'received' }));
  expect(answers.getter.error.code).toBe('malformed-json');
  expect(answers.bigint.error.code).toBe('malformed-json');
  // And the engine still answers after all that.
  expect(answers.still.target).toBe('2026-01-26');
});

test('the demo page passes axe with its widgets and iframe', async ({ page }) => {
  await page.goto(DEMO);
  await type(page, '#widget-caq', 'received', '2025-12-19');
  await expect(page.locator('#widget-caq #target')).toBeVisible();
  await expect(page.frameLocator('#delais-frame').locator('#target')).toBeVisible();
  expect(violations.get(page), 'CSP violations before axe').toEqual([]);
  await expectNoAxeViolations(page, 'partner demo');
  // axe-core's own inline styles were reported meanwhile (see support.ts).
  violations.set(page, []);
});
