// A partner site on another origin (another port, e2e/host/nginx.conf) embeds Délais
// exactly as README's "Embed it" says: the widget tag, the iframe and its ten lines, the
// JavaScript API; under the host policy README gives (sent as a header), with hostile
// CSS. Everything must run without a console error or a policy violation.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { engine, expect, expectFrameSizedToContent, ORIGIN, PARTNER_ORIGIN, shoot, test } from './support';

const readme = readFileSync('README.md', 'utf8');
const local = (code: string) => code
  .replaceAll('https://example.org/delais/', `${ORIGIN}/`)
  .replaceAll('https://example.org', ORIGIN)
  .replaceAll('https://partner.example', PARTNER_ORIGIN);

function snippets() {
  const section = readme.slice(readme.indexOf('## Embed it'), readme.indexOf('### Content-Security-Policy'));
  const blocks = [...section.matchAll(/```(html|js)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
  const html = blocks.filter((b) => b.lang === 'html');
  return { widget: local(html[0].code), iframe: local(html[1].code), api: local(blocks.filter((b) => b.lang === 'js')[0].code) };
}

/** README's policy for a host page that embeds Délais from another origin. */
function hostPolicy(): string {
  const section = readme.slice(readme.indexOf('### Content-Security-Policy'), readme.indexOf('## Serve it'));
  const block = [...section.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1].trim()).find((b) => b.includes('https://example.org'));
  return local(block!);
}

// Written atomically: tests in other workers may be reading the same files.
function write(file: string, text: string) {
  mkdirSync('e2e/host/gen', { recursive: true });
  writeFileSync(`e2e/host/gen/${file}.${process.pid}`, text);
  renameSync(`e2e/host/gen/${file}.${process.pid}`, `e2e/host/gen/${file}`);
}

test.beforeEach(() => {
  const { widget, iframe, api } = snippets();
  // Under a strict policy the iframe's inline script goes into a file of the host's own
  // (README says so); the API call too.
  const inline = iframe.match(/<script>([\s\S]*?)<\/script>/)!;
  write('frame.js', inline[1]);
  write('api.js', api);
  write('partner.html', `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A partner site on another origin</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="../hostile.css">
</head>
<body>
<h1>Your immigration steps</h1>
<p class="host-text">A partner page on another origin, with its own strict policy and hostile CSS.</p>
${widget}
${iframe.replace(inline[0], '<script src="frame.js"></script>')}
<script type="module" src="api.js"></script>
</body>
</html>
`);
});

const PAGE = `${PARTNER_ORIGIN}/gen/partner.html`;

test("the host page sends README's strict policy for hosts, with Délais's origin", async ({ request }) => {
  const response = await request.get(PAGE);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toBe(hostPolicy());
  expect(hostPolicy()).toContain(ORIGIN);
  expect(hostPolicy()).not.toContain("'unsafe-inline'");
});

test("README's widget, iframe and API run on a page of another origin, without a console error", async ({ page }) => {
  const logged: string[] = [];
  const policy: string[] = [];
  page.on('console', (message) => {
    logged.push(message.text());
    if (/Content.Security.Policy|CORS|Access-Control/i.test(message.text())) policy.push(message.text());
  });
  const loaded: { url: string; cors: string | undefined }[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) logged.push(`HTTP ${response.status()} ${response.url()}`);
    if (response.url().startsWith(`${ORIGIN}/`)) loaded.push({ url: response.url(), cors: response.headers()['access-control-allow-origin'] });
  });
  await page.goto(PAGE);

  // The widget: French, the CAQ preselected, styled by its own sheet, not by the host's.
  const received = page.locator('delais-estimateur #received');
  await received.fill('2025-12-19');
  await received.blur();
  await expect(page.locator('delais-estimateur #target time'))
    .toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2025-12-19' }).target);
  await expect(page.locator('delais-estimateur #service')).toHaveCount(0);
  const size = await received.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThan(12);
  expect(size).toBeLessThan(24);
  expect(await page.locator('.host-text').evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');

  // The iframe: from Délais's origin, sized by its height messages.
  const frame = page.frameLocator('#delais');
  await expect(frame.locator('#service')).toHaveValue('peq');
  await expect(frame.locator('#received')).toBeVisible();
  await expectFrameSizedToContent(page);

  // The JavaScript API logs the target.
  await expect.poll(() => logged).toContain('2026-01-26');

  // The partner files came from Délais's origin with CORS; the embed's own files did not need it.
  const widgetFiles = loaded.filter((l) => /\/(delais-widget\.js|delais-api\.js|delais\.[0-9a-f]{8}\.js|engine\.[0-9a-f]{8}\.js|delais_bg\.[0-9a-f]{8}\.wasm|engine_bg\.[0-9a-f]{8}\.wasm|delais-widget\.[0-9a-f]{8}\.css)$/.test(l.url));
  expect(widgetFiles.length).toBeGreaterThanOrEqual(6);
  expect(widgetFiles.filter((l) => l.cors !== '*')).toEqual([]);
  expect(policy, 'policy or CORS messages').toEqual([]);
  expect(logged.filter((text) => text.startsWith('HTTP ')), 'failed requests').toEqual([]);
  await shoot(page, 'cross-origin-partner');
  // A full-page shot leaves an out-of-process frame blank: the frame on its own.
  await page.locator('#delais').scrollIntoViewIfNeeded();
  await page.locator('#delais').screenshot({ path: 'e2e/artifacts/cross-origin-iframe.png' });
  // The guard (support.ts) fails the test on any console error, in the page or the frame.
});

// A page of another origin frames the embed with a partner's link (the partner declared
// its own origin), or with no origin declared, and listens: it hears nothing while the
// person chooses a situation and gets an answer, even when it asks for the height; and
// the frame's choices add nothing to the page's history (Back stays the host's). A
// second embed on the same page, declaring this page's origin, is the control: once its
// answer to the same question has arrived, the first one's would have too.
for (const declared of ['https://partner.example', null]) {
  test(`a hostile parent page hears nothing from the embed (${declared ? 'a partner declared its origin' : 'no origin declared'}) and its history does not grow`, async ({ page }) => {
    const hash = declared ? `#origin=${declared}` : '';
    write('hostile.html', `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A hostile page</title><link rel="icon" href="../favicon.svg" type="image/svg+xml"></head>
<body><h1>A page that frames Délais and listens</h1>
<iframe id="delais" title="Délais" src="${ORIGIN}/embed.html?lang=en${hash}" width="100%" height="900"></iframe>
<iframe id="control" title="Délais, control" src="${ORIGIN}/embed.html?lang=en#origin=${PARTNER_ORIGIN}" width="300" height="200"></iframe>
</body>
</html>
`);
    await page.addInitScript(() => {
      if (window !== window.top) return;
      const heard: { from: string; data: string }[] = [];
      (window as any).heard = heard;
      addEventListener('message', (event) => {
        const from = (document.getElementById('delais') as HTMLIFrameElement).contentWindow === event.source ? 'delais' : 'control';
        heard.push({ from, data: JSON.stringify(event.data) });
      });
    });
    await page.goto(`${PARTNER_ORIGIN}/gen/hostile.html`);
    const frame = page.frameLocator('#delais');
    await expect(frame.getByLabel('What did you apply for?')).toBeVisible();
    const before = await page.evaluate(() => history.length);
    await frame.getByLabel('What did you apply for?').selectOption('peq');
    await frame.getByLabel('Date the request was received').fill('2025-08-31');
    await frame.getByLabel('Date the request was received').blur();
    await expect(frame.locator('#target time')).toHaveAttribute('datetime', engine({ service: 'peq', received: '2025-08-31' }).target);
    await frame.getByLabel('What did you apply for?').selectOption('caq-etudes');
    await expect(frame.locator('#target time')).toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2025-08-31' }).target);
    // The frame's own address follows the form (replaced, with its fragment kept).
    const embed = () => page.frames().find((f) => f.url().includes('/embed.html?lang=en') && !f.url().endsWith(`#origin=${PARTNER_ORIGIN}`))!.url();
    await expect.poll(embed).toContain('service=caq-etudes');
    expect(embed()).toContain('received=2025-08-31');
    expect(new URL(embed()).hash).toBe(hash);
    // Both frames are asked, as a partner's late script would; the control answers.
    const controlHeard = () => page.evaluate(() => (window as any).heard.filter((m: any) => m.from === 'control').length);
    const asked = await controlHeard();
    await page.evaluate(() => {
      for (const id of ['delais', 'control']) {
        (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage({ type: 'delais:ask-height' }, '*');
      }
    });
    await expect.poll(controlHeard).toBeGreaterThan(asked);
    const fromDelais = await page.evaluate(() => (window as any).heard.filter((m: any) => m.from === 'delais'));
    expect(fromDelais, 'messages the hostile page received from the embed').toEqual([]);
    expect(await page.evaluate(() => history.length), "the host page's history").toBe(before);
  });
}
