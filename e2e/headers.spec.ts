// The production server (nginx, deploy/nginx.conf, as `make serve` runs it): the headers
// of every kind of file, the precompressed copies, and CORS on the partner files only.
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ORIGIN } from './support';

const release = JSON.parse(readFileSync('dist/release.json', 'utf8'));
const hashed = (logical: string): string => release.files[logical];

// index.html's one inline script (its first view's language), allowed by its hash: the
// hash of the script the release actually ships.
const INLINE = [...readFileSync('dist/index.html', 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map(([, code]) => ` 'sha256-${createHash('sha256').update(code).digest('base64')}'`).join('');
const policy = (scripts: string, ancestors: string) => `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${scripts}; `
  + `style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors ${ancestors}`;
const PAGE_CSP = policy(INLINE, "'none'");
const EMBED_CSP = policy('', '*');
const REVALIDATE = 'no-cache';
const NO_STORE = 'no-store';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const PERMISSIONS = 'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), '
  + 'microphone=(), midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=()';

interface Kind { path: string; file: string; type: string; cache: string; cors: boolean; csp?: string; coop?: boolean }
const kinds: [string, Kind][] = [
  ['the page', { path: '/', file: 'index.html', type: 'text/html', cache: NO_STORE, cors: false, csp: PAGE_CSP, coop: true }],
  ['the page, a shared link', { path: '/?lang=fr&service=peq&received=2025-08-31', file: 'index.html', type: 'text/html', cache: NO_STORE, cors: false, csp: PAGE_CSP, coop: true }],
  ['index.html', { path: '/index.html', file: 'index.html', type: 'text/html', cache: NO_STORE, cors: false, csp: PAGE_CSP, coop: true }],
  ['the iframe embed', { path: '/embed.html?lang=fr&service=peq', file: 'embed.html', type: 'text/html', cache: NO_STORE, cors: false, csp: EMBED_CSP }],
  ["the server's error page", { path: '/error.html', file: 'error.html', type: 'text/html', cache: NO_STORE, cors: false, csp: PAGE_CSP, coop: true }],
  ['the service worker', { path: '/sw.js', file: 'sw.js', type: 'application/javascript', cache: REVALIDATE, cors: false }],
  ['the widget script', { path: '/delais-widget.js', file: 'delais-widget.js', type: 'application/javascript', cache: REVALIDATE, cors: true }],
  ['the JavaScript API', { path: '/delais-api.js', file: 'delais-api.js', type: 'application/javascript', cache: REVALIDATE, cors: true }],
  ["the API's types", { path: '/delais-api.d.ts', file: 'delais-api.d.ts', type: 'text/plain', cache: REVALIDATE, cors: true }],
  ['the release manifest', { path: '/release.json', file: 'release.json', type: 'application/json', cache: REVALIDATE, cors: false, csp: PAGE_CSP, coop: true }],
  ['the demo page', { path: '/examples/partner.html', file: 'examples/partner.html', type: 'text/html', cache: REVALIDATE, cors: false, csp: PAGE_CSP, coop: true }],
  ['the glue (hashed)', { path: `/${hashed('delais.js')}`, file: hashed('delais.js'), type: 'application/javascript', cache: IMMUTABLE, cors: true }],
  ['the Wasm (hashed)', { path: `/${hashed('delais_bg.wasm')}`, file: hashed('delais_bg.wasm'), type: 'application/wasm', cache: IMMUTABLE, cors: true }],
  ["the API's glue (hashed)", { path: `/${hashed('engine.js')}`, file: hashed('engine.js'), type: 'application/javascript', cache: IMMUTABLE, cors: true }],
  ["the API's Wasm (hashed)", { path: `/${hashed('engine_bg.wasm')}`, file: hashed('engine_bg.wasm'), type: 'application/wasm', cache: IMMUTABLE, cors: true }],
  ["the widget's CSS (hashed)", { path: `/${hashed('delais-widget.css')}`, file: hashed('delais-widget.css'), type: 'text/css', cache: IMMUTABLE, cors: true }],
  ["the page's script (hashed)", { path: `/${hashed('main.js')}`, file: hashed('main.js'), type: 'application/javascript', cache: IMMUTABLE, cors: false }],
  ["the embed's script (hashed)", { path: `/${hashed('embed.js')}`, file: hashed('embed.js'), type: 'application/javascript', cache: IMMUTABLE, cors: false }],
  ["the page's CSS (hashed)", { path: `/${hashed('styles/main.css')}`, file: hashed('styles/main.css'), type: 'text/css', cache: IMMUTABLE, cors: false }],
  ['the print CSS (hashed)', { path: `/${hashed('styles/print.css')}`, file: hashed('styles/print.css'), type: 'text/css', cache: IMMUTABLE, cors: false }],
  ['the favicon (hashed)', { path: `/${hashed('favicon.svg')}`, file: hashed('favicon.svg'), type: 'image/svg+xml', cache: IMMUTABLE, cors: false }],
  ['the caseload page', { path: '/dossiers.html?lang=en', file: 'dossiers.html', type: 'text/html', cache: NO_STORE, cors: false, csp: PAGE_CSP, coop: true }],
  ["the caseload page's script (hashed)", { path: `/${hashed('dossiers.js')}`, file: hashed('dossiers.js'), type: 'application/javascript', cache: IMMUTABLE, cors: false }],
  ["the caseload's glue (hashed)", { path: `/${hashed('caseload.js')}`, file: hashed('caseload.js'), type: 'application/javascript', cache: IMMUTABLE, cors: false }],
  ["the caseload's Wasm (hashed)", { path: `/${hashed('caseload_bg.wasm')}`, file: hashed('caseload_bg.wasm'), type: 'application/wasm', cache: IMMUTABLE, cors: false }],
  ["the caseload's CSS (hashed)", { path: `/${hashed('styles/caseload.css')}`, file: hashed('styles/caseload.css'), type: 'text/css', cache: IMMUTABLE, cors: false }],
];

for (const [name, kind] of kinds) {
  test(`${name}: ${kind.path.split('?')[0]} gets its headers, in brotli, gzip or plain`, async ({ request }) => {
    const raw = readFileSync(`dist/${kind.file}`);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await request.get(`${ORIGIN}${kind.path}`, { headers: { 'Accept-Encoding': encoding } });
      const headers = response.headers();
      const where = `${kind.path} with Accept-Encoding: ${encoding}`;
      expect(response.status(), where).toBe(200);
      expect(headers['content-type'], where).toMatch(new RegExp(`^${kind.type.replace('+', '\\+')}(;|$)`));
      expect(headers['x-content-type-options'], where).toBe('nosniff');
      expect(headers['referrer-policy'], where).toBe('no-referrer');
      expect(headers['permissions-policy'], where).toBe(PERMISSIONS);
      expect(headers['cross-origin-opener-policy'], where).toBe(kind.coop ? 'same-origin' : undefined);
      expect(headers['cache-control'], where).toBe(kind.cache);
      expect(headers['access-control-allow-origin'], where).toBe(kind.cors ? '*' : undefined);
      expect(headers['content-security-policy'], where).toBe(kind.csp);
      // The build's .br and .gz copies, sent to whoever accepts them; caches are told.
      expect(headers['content-encoding'], where).toBe(encoding === 'identity' ? undefined : encoding);
      expect(headers.vary, where).toMatch(/Accept-Encoding/);
      expect(Buffer.compare(await response.body(), raw), `${where}: the decoded body is the file`).toBe(0);
    }
  });
}

test('an unknown hashed name is a 404 that no cache keeps', async ({ request }) => {
  for (const path of ['/delais.00000000.js', '/styles/main.00000000.css']) {
    const response = await request.get(`${ORIGIN}${path}`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'] ?? '', path).not.toContain('immutable');
    expect(response.headers()['referrer-policy'], path).toBe('no-referrer');
  }
});

test('every file of the release is one of the kinds above, and has its .br and .gz', async () => {
  const { readdirSync } = await import('node:fs');
  const walk = (dir: string, prefix = ''): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
  const files = walk('dist');
  const shipped = files.filter((f) => !/\.(br|gz)$/.test(f));
  for (const file of shipped) {
    expect(files, `${file}.br`).toContain(`${file}.br`);
    expect(files, `${file}.gz`).toContain(`${file}.gz`);
  }
  const tested = new Set(kinds.map(([, k]) => k.file));
  const untested = shipped.filter((f) => !tested.has(f) && !f.startsWith('examples/'));
  expect(untested, 'files whose headers no test checks').toEqual([]);
  // Hashed names: everything but the entry points.
  for (const file of shipped.filter((f) => !f.startsWith('examples/'))) {
    const entry = [...release.entry_points, 'release.json'].includes(file);
    expect(/\.[0-9a-f]{8}\.[a-z]+$/.test(file), `${file} is ${entry ? 'an entry point' : 'hashed'}`).toBe(!entry);
  }
});

// The server's access log (scripts/serve.sh writes it where deploy/nginx.conf's would be,
// in its run folder): a shared link's query holds a person's dates and decision, so the
// log keeps each request's path and never its query, nor the referrer.
test('the access log keeps no query string: a shared link\'s dates are not written to disk', async ({ page, request }) => {
  const log = path.join(process.env.TMPDIR ?? '/tmp', `delais-nginx-${new URL(ORIGIN).port}`, 'access.log');
  expect(existsSync(log), `${log}: the server was started by an older scripts/serve.sh (stop it)`).toBe(true);
  const before = readFileSync(log, 'utf8').length;
  // Dates no other test types, so their absence is this test's, whatever ran before.
  const query = 'lang=en&service=peq&received=2025-08-29&decision=2025-11-27&outcome=refusal';
  await page.goto(`${ORIGIN}/?${query}`);
  await expect(page.locator('#target time')).toBeVisible();
  expect((await request.get(`${ORIGIN}/embed.html?${query}`)).status()).toBe(200);
  const lines = readFileSync(log, 'utf8').slice(before).split('\n').filter(Boolean);
  // `$uri` is the file served: `/` is logged as /index.html.
  expect(lines.some((line) => line.includes('"GET /index.html HTTP/1.1"')), 'the shared link\'s request is logged, by its path').toBe(true);
  expect(lines.some((line) => line.includes('"GET /embed.html HTTP/1.1"')), 'the embed\'s request is logged, by its path').toBe(true);
  expect(lines.some((line) => line.includes(`/${hashed('delais_bg.wasm')} `)), 'the page\'s own requests are logged').toBe(true);
  const all = readFileSync(log, 'utf8');
  for (const kept of ['?', '2025-08-29', '2025-11-27', 'refusal', ORIGIN]) {
    expect(all.includes(kept), `the access log holds ${JSON.stringify(kept)}`).toBe(false);
  }
});

// deploy/_headers (a static host or CDN) gives every kind of file the headers nginx sends.
test('deploy/_headers, for a static host or CDN, says what nginx sends', async () => {
  const rules: { path: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync('deploy/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ path: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`), headers: [] });
    } else {
      const [, name, value] = line.match(/^\s+([\w-]+):\s*(.*)$/)!;
      rules.at(-1)!.headers.push([name.toLowerCase(), value]);
    }
  }
  for (const [name, kind] of kinds) {
    const path = kind.path.split('?')[0];
    const given = rules.filter((rule) => rule.path.test(path)).flatMap((rule) => rule.headers);
    const names = given.map(([header]) => header);
    expect(names.filter((header, i) => names.indexOf(header) !== i), `${name} (${path}): headers set twice`).toEqual([]);
    const headers = Object.fromEntries(given);
    expect(headers, `${name} (${path})`).toEqual({
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'permissions-policy': PERMISSIONS,
      ...(kind.coop ? { 'cross-origin-opener-policy': 'same-origin' } : {}),
      'cache-control': kind.cache,
      ...(kind.cors ? { 'access-control-allow-origin': '*' } : {}),
      ...(kind.csp ? { 'content-security-policy': kind.csp } : {}),
    });
  }
});

// Errors: the server's own small page, with every security header, kept in no cache;
// and nothing of the request in the error log (scripts/serve.sh writes it in its run
// folder, where deploy/nginx.conf's would be).
const errorLog = () => path.join(process.env.TMPDIR ?? '/tmp', `delais-nginx-${new URL(ORIGIN).port}`, 'error.log');
const errorPage = readFileSync('dist/error.html', 'utf8');

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers['referrer-policy'], where).toBe('no-referrer');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['permissions-policy'], where).toBe(PERMISSIONS);
  expect(headers['content-security-policy'], where).toBe(PAGE_CSP);
  expect(headers['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(headers['cache-control'], where).toBe(NO_STORE);
}

/** One raw request (what a browser or Playwright would not send), its status line and headers. */
function raw(request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(ORIGIN);
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let text = '';
    socket.on('data', (chunk) => { text += chunk.toString('utf8'); });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...body] = text.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(status.split(' ')[1]), headers, body: body.join('\r\n\r\n') });
    });
  });
}

test("a 404 with a query: the project's page, every security header, and the error log keeps nothing of it", async ({ request }) => {
  expect(existsSync(errorLog()), `${errorLog()}: the server was started by an older scripts/serve.sh (stop it)`).toBe(true);
  const before = readFileSync(errorLog(), 'utf8').length;
  const secret = 'received=2025-08-28&decision=2025-11-26&outcome=refusal';
  for (const missing of [`/nothing-here?${secret}`, `/delais.00000000.js?${secret}`, `/examples/?${secret}`]) {
    const response = await request.get(`${ORIGIN}${missing}`, { headers: { Referer: `${ORIGIN}/?${secret}` } });
    expect([403, 404], missing).toContain(response.status());
    expectSecurityHeaders(response.headers(), missing);
    expect(await response.text(), missing).toBe(errorPage);
  }
  const logged = readFileSync(errorLog(), 'utf8').slice(before);
  for (const kept of ['?', '2025-08-28', 'refusal', 'nothing-here', 'request:', 'referrer']) {
    expect(logged.includes(kept), `the error log holds ${JSON.stringify(kept)}: ${logged}`).toBe(false);
  }
});

test("a link longer than the server reads (414) and a bad request (400) get the project's page and the headers", async () => {
  const long = await raw(`GET /?lang=fr&x=${'A'.repeat(70 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  expect(long.status).toBe(414);
  expectSecurityHeaders(long.headers, '414');
  expect(long.body).toContain('trop longue pour être lue');
  const bad = await raw('GET /?lang=fr HTTP/1.1\r\nConnection: close\r\n\r\n');
  expect(bad.status, 'HTTP/1.1 without Host').toBe(400);
  expectSecurityHeaders(bad.headers, '400');
  expect(bad.body).toContain('Délais');
});

test('a redirect names the path only, never the Host header it was sent', async () => {
  const response = await raw('GET /examples HTTP/1.1\r\nHost: evil.example:666\r\nConnection: close\r\n\r\n');
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe('/examples/');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
});
