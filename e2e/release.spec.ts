// A new release never breaks the app: release A, then release B with one
// changed file (the Wasm: the file whose mismatch with its glue stops the app), served by
// the production server from a folder that is switched from A to B. Reloaded online,
// offline (server stopped) and with the server answering 503, the app always starts and
// always runs the files of one release.
import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { engine, expect, printedTarget, RELEASE_ORIGIN, RELEASE_PORT, test } from './support';

const STAGE = path.join(process.env.CARGO_TARGET_DIR ?? 'target', 'delais-stage');
const LINK = '/?lang=fr&service=caq-etudes&received=2025-12-19&asof=2026-01-10';
const TARGET = engine({ service: 'caq-etudes', received: '2025-12-19', today: '2026-01-10' }).target;

/** A Wasm custom section (id 0): changes the file, not what it does. */
function withCustomSection(wasm: Buffer, name: string, payload: string): Buffer {
  const leb = (n: number) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return Buffer.from(out); };
  const body = Buffer.concat([leb(Buffer.byteLength(name)), Buffer.from(name), Buffer.from(payload)]);
  return Buffer.concat([wasm, Buffer.from([0]), leb(body.length), body]);
}

let dir: string;
let server: ChildProcess | undefined;
let down: http.Server | undefined;
const releases: Record<'A' | 'B', { release: string; files: Record<string, string>; precache: string[] }> = {} as never;

function serveRelease(which: 'A' | 'B') {
  const link = path.join(dir, 'next');
  symlinkSync(path.join(dir, which), link);
  renameSync(link, path.join(dir, 'current')); // atomic, as a deployment switches releases
}

async function startServer() {
  server = spawn('scripts/serve.sh', ['--port', String(RELEASE_PORT), '--dir', path.join(dir, 'current')], { stdio: 'ignore' });
  await expect.poll(async () => {
    try { return (await fetch(`${RELEASE_ORIGIN}/release.json`)).status; } catch { return 0; }
  }, { timeout: 10_000 }).toBe(200);
}

async function stopServer() {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

test.beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'delais-releases-'));
  // A: the build's own release. B: the same with one changed file, the app's Wasm.
  execFileSync('node', ['scripts/release.mjs', STAGE, path.join(dir, 'A')]);
  cpSync(STAGE, path.join(dir, 'stage-B'), { recursive: true });
  const wasm = path.join(dir, 'stage-B', 'delais_bg.wasm');
  writeFileSync(wasm, withCustomSection(readFileSync(wasm), 'delais-test', 'release B'));
  execFileSync('node', ['scripts/release.mjs', path.join(dir, 'stage-B'), path.join(dir, 'B')]);
  for (const which of ['A', 'B'] as const) releases[which] = JSON.parse(readFileSync(path.join(dir, which, 'release.json'), 'utf8'));
});

test.afterAll(async () => {
  await stopServer();
  down?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('release A then B: online, offline and on 5xx, the app starts on the files of one release', async ({ page, context }) => {
  test.setTimeout(120_000);
  const { A, B } = releases;
  // The changed Wasm renames the Wasm, its glue and the scripts that import the glue,
  // and nothing else.
  expect(A.release).not.toBe(B.release);
  const renamed = Object.keys(A.files).filter((f) => A.files[f] !== B.files[f]).sort();
  expect(renamed).toEqual(['delais.js', 'delais_bg.wasm', 'embed.js', 'main.js']);

  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  // One load: the app starts (the target is printed) and every hashed file the page asked
  // for is a file of the release the page says it is.
  async function load(step: string, expected: 'A' | 'B', go: (p: Page) => Promise<unknown>) {
    requested.length = 0;
    await go(page);
    await expect(page.locator('#target time'), `${step}: the app starts`).toHaveAttribute('datetime', TARGET);
    expect(await printedTarget(page)).toBe(TARGET);
    const running = await page.locator('meta[name="delais-release"]').getAttribute('content');
    expect(running, `${step}: the page's release`).toBe(releases[expected].release);
    const mine = new Set(Object.values(releases[expected].files));
    const hashedRequests = requested
      .map((url) => new URL(url).pathname.slice(1))
      .filter((file) => /\.[0-9a-f]{8}\.[a-z]+$/.test(file));
    expect(hashedRequests.filter((file) => !mine.has(file)), `${step}: files not of release ${expected}`).toEqual([]);
    expect(hashedRequests, `${step}: the Wasm of release ${expected}`).toContain(releases[expected].files['delais_bg.wasm']);
  }
  const cacheNames = () => page.evaluate(() => caches.keys());

  serveRelease('A');
  await startServer();

  // 1. Release A, online; the service worker precaches it.
  await load('A, first visit', 'A', (p) => p.goto(`${RELEASE_ORIGIN}${LINK}`));
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await load('A, reload', 'A', (p) => p.reload());
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  expect(await cacheNames()).toEqual([`delais-${A.release}`]);

  // 2. B is released while the browser is offline: A, whole, from the cache.
  serveRelease('B');
  await stopServer();
  await context.setOffline(true);
  await load('B released, offline', 'A', (p) => p.reload());

  // 3. Online again: B from the network at once, then B's worker replaces A's cache.
  await context.setOffline(false);
  await startServer();
  await load('B, online', 'B', (p) => p.reload());
  await expect.poll(cacheNames, { timeout: 20_000 }).toEqual([`delais-${B.release}`]);

  // 4. Offline (server stopped): B, whole, from the cache.
  await stopServer();
  await context.setOffline(true);
  await load('B, offline', 'B', (p) => p.reload());
  await load('B, offline, another shared link', 'B', (p) => p.goto(`${RELEASE_ORIGIN}${LINK}&lang=fr`));

  // 5. The server answers 503: B, whole, from the cache.
  await context.setOffline(false);
  down = http.createServer((_request, response) => { response.writeHead(503, { 'Content-Type': 'text/plain' }); response.end('down'); });
  await new Promise<void>((resolve) => down!.listen(RELEASE_PORT, '127.0.0.1', resolve));
  await load('B, server answers 503', 'B', (p) => p.reload());
  await new Promise((resolve) => down!.close(resolve));
  down = undefined;

  // Never an address with a query string in the cache.
  const stored = await page.evaluate(async () => (await Promise.all((await caches.keys())
    .map(async (key) => (await (await caches.open(key)).keys()).map((r) => r.url)))).flat());
  expect(stored.filter((url) => url.includes('?'))).toEqual([]);
  expect(stored.sort()).toEqual(B.precache.map((file) => `${RELEASE_ORIGIN}/${file}`).sort());
});
