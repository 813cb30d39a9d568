// The browser half of `make bench` (issues 5 and 12), run by bench/run.sh after the builds:
//   sizes of every shipped file; 15 cold loads of the page (with no address, and a
//   full-state link) and of its baselines (interleaved, so that the machine's noise falls
//   on all alike); traced loads (the main thread's tasks: layout, Wasm compiled on first
//   call); input to updated answer; Lighthouse (mobile preset, 3 runs on each of
//   the two addresses); then bench/results.md and results.json with the engine's figures
//   (bench/out/engine.jsonl), twiggy's (bench/out/twiggy.txt) and the size steps taken
//   (bench/size-steps.md, kept by hand).
//
// Délais and the baselines are served as production serves them: nginx with
// deploy/nginx.conf (scripts/serve.sh), brotli or gzip from precompressed copies.
//
//   node bench/measure.mjs [--loads 15] [--samples 40] [--traces 7] [--no-lighthouse]
//
// Every time is performance.now() inside the page: milliseconds since navigation start.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { COMPRESSIBLE, precompress } from '../scripts/precompress.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LOADS = arg('loads', 15);
const SAMPLES = arg('samples', 40);
const TRACES = arg('traces', 7);
const WARM_UP = 5;
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');

// Same browser and flags as playwright.config.ts.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// The shared link with a full state, and what the page shows and takes.
const FULL_STATE = '/?lang=fr&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12'
  + '&decision=2026-03-02&outcome=refusal&from=abroad&asof=2026-03-10';
const RESULT = '#target time'; // the answer; its datetime attribute is the target date
const RECEIVED = '#received';
const ADD_STOP = '.request fieldset:nth-of-type(2) > button';
// The n-th stop's fields (from 1) are #stop-n-from and #stop-n-to (DateField::id in src/app/state.rs).
// Two receipt dates with different targets, alternated; a stop that moves the target.
const RECEIVED_VALUES = ['2025-12-12', '2025-12-19'];
const NEW_STOP = { from: '2026-01-19', to: '2026-01-23' };

// What is loaded. `first`: what counts as the first result; `ready`: the app has
// replaced the prerendered view; `probe`: an input whose answer defines "interactive";
// `watch`: where the answer shows.
const LIVE = '#app:not([data-prerendered])';
const PAGES = {
  home: {
    label: 'Délais, no address', dir: path.join(ROOT, 'dist'), url: '/',
    first: '#app h1', ready: `${LIVE} #service`, probe: null,
  },
  app: {
    label: 'Délais (full-state link)', dir: path.join(ROOT, 'dist'), url: FULL_STATE,
    first: RESULT, ready: `${LIVE} ${RESULT}`, probe: { input: RECEIVED, value: '2025-12-12', watch: RESULT, attribute: 'datetime' },
  },
  static_home: {
    label: 'Static HTML copy of the page with no address', dir: path.join(OUT, 'static-home'), url: '/',
    first: 'h1', probe: null,
  },
  empty: {
    label: 'Empty Yew 0.23 app', dir: path.join(OUT, 'empty-app'), url: '/',
    first: 'h1', probe: { input: '#probe', value: 'probe', watch: 'h1', attribute: null },
  },
  static: {
    label: 'Static HTML copy of the result page', dir: path.join(OUT, 'static'), url: '/',
    first: RESULT, probe: null,
  },
};

const log = (...a) => console.error('bench:', ...a);

// ---------------------------------------------------------------- statistics
function quantile(sorted, q) {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const r = (x) => Math.round(x * 1000) / 1000;
  return {
    n: v.length, median: r(quantile(v, 0.5)), q1: r(quantile(v, 0.25)), q3: r(quantile(v, 0.75)),
    min: r(v[0]), max: r(v[v.length - 1]), samples: v.map(r),
  };
}
const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 100) / 100 : null);

// 95 % bootstrap interval of median(a) / median(b) (or of median(a) alone, without b):
// how much of a verdict this machine's noise could flip. Seeded, so reruns on the same
// samples agree.
function bootstrap(a, b = null, rounds = 2000) {
  if (!a?.length || (b && !b.length)) return null;
  let seed = 12345;
  const random = () => { // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const median = (v) => {
    const s = Array.from({ length: v.length }, () => v[Math.floor(random() * v.length)]).sort((x, y) => x - y);
    return quantile(s, 0.5);
  };
  const values = Array.from({ length: rounds }, () => (b ? median(a) / median(b) : median(a))).sort((x, y) => x - y);
  const r = (x) => Math.round(x * 100) / 100;
  return [r(quantile(values, 0.025)), r(quantile(values, 0.975))];
}

// ---------------------------------------------------------------- sizes
function sizes(dir) {
  const out = execFileSync(path.join(ROOT, 'bench', 'sizes.sh'), [dir]).toString().trim();
  const files = out.split('\n').map((line) => {
    const [file, raw, gzip, brotli] = line.split('\t');
    return { file, raw: +raw, gzip: +gzip, brotli: +brotli };
  });
  // In dist/, the partner-only files of bench/embedding-files are totalled apart from
  // what the public page ships (as in bench/size-check.sh).
  const manifest = path.join(ROOT, 'bench', 'embedding-files');
  const embedding = path.resolve(dir) === path.join(ROOT, 'dist') && existsSync(manifest)
    ? readFileSync(manifest, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    : [];
  // A * in a listed name stands for a content hash (any characters but /).
  const glob = (e) => new RegExp(`^${e.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`);
  for (const f of files) f.page = !embedding.some((e) => (e.endsWith('/') ? f.file.startsWith(e) : glob(e).test(f.file)));
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return { files, total: sum(files.filter((f) => f.page)), extras: sum(files.filter((f) => !f.page)) };
}

// ---------------------------------------------------------------- servers
// The production server (scripts/serve.sh: nginx, deploy/nginx.conf), one per folder.
// Baselines get the .br and .gz copies a release has (scripts/release.mjs makes dist's).
const servers = [];
let nextPort = Number(process.env.BENCH_PORT ?? 18180);
function precompressTree(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && COMPRESSIBLE.test(entry.name)) precompress(path.join(entry.parentPath ?? entry.path, entry.name));
  }
}
async function serve(dir) {
  const port = nextPort++;
  const child = spawn(path.join(ROOT, 'scripts', 'serve.sh'), ['--port', String(port), '--dir', dir],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  servers.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.sh --dir ${dir} exited with ${child.exitCode}`);
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return base;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`scripts/serve.sh --dir ${dir}: nothing on ${base}`);
}
function stopServers() {
  for (const child of servers) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopServers);

// ---------------------------------------------------------------- in-page probes
// Installed before any of the page's own scripts. Records, in window.__bench, when the
// first result is in the DOM (a MutationObserver on the whole document, so parser
// insertions count too), then "interactive": from the first result on, it sets the probe
// input and dispatches an 'input' event (in a fresh task, retried every 20 ms) until the
// answer changes in the DOM; interactive is the time that change is seen.
function installProbe(cfg) {
  const b = (window.__bench = { first: null, ready: null, interactive: null, attempts: 0, done: false,
    lcp: null, cls: 0, longTasks: [] });
  // Largest contentful paint, layout shifts and long tasks (> 50 ms), as they happen.
  const observe = (type, f) => { try { new PerformanceObserver((list) => list.getEntries().forEach(f)).observe({ type, buffered: true }); } catch {} };
  observe('largest-contentful-paint', (e) => { b.lcp = e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.cls += e.value; });
  observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  const watched = () => {
    const el = cfg.probe && document.querySelector(cfg.probe.watch);
    if (!el) return null;
    return cfg.probe.attribute ? el.getAttribute(cfg.probe.attribute) : el.textContent;
  };
  const inNewTask = (f) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = f;
    channel.port2.postMessage(0);
  };
  const probe = () => {
    const before = watched();
    const changed = new MutationObserver(() => {
      if (b.interactive === null && watched() !== before) {
        b.interactive = performance.now();
        changed.disconnect();
        b.done = true;
      }
    });
    changed.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const fire = () => {
      if (b.done) return;
      const input = document.querySelector(cfg.probe.input);
      if (input) {
        b.attempts += 1;
        input.value = cfg.probe.value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      }
      setTimeout(fire, 20);
    };
    inNewTask(fire);
  };
  const seen = new MutationObserver(() => {
    if (b.first === null && document.querySelector(cfg.first)) b.first = performance.now();
    if (b.first !== null && b.ready === null && (!cfg.ready || document.querySelector(cfg.ready))) {
      b.ready = performance.now();
      seen.disconnect();
      if (cfg.probe) probe();
      else b.done = true;
    }
  });
  seen.observe(document, { childList: true, subtree: true, attributes: true });
}

// A fresh browser context, as every load of the benchmark gets: no HTTP cache, service
// workers blocked (nothing cached offline), the French-Canadian locale.
const freshContext = (browser) => browser.newContext({ serviceWorkers: 'block', locale: 'fr-CA' });

// One cold load: a fresh context, the probe, the page.
async function coldLoad(browser, base, cfg) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(installProbe, { first: cfg.first, ready: cfg.ready ?? null, probe: cfg.probe });
    await page.goto(base + cfg.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench && window.__bench.done, null, { timeout: 30_000, polling: 50 });
    await page.waitForLoadState('load');
    // First contentful paint comes a frame after the DOM; give it one second at most.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0,
      null, { timeout: 1_000 }).catch(() => {});
    // Then a quiet half second, for any late task or shift to be seen.
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const b = window.__bench;
      const afterLoad = b.longTasks.filter((t) => t.start >= nav.loadEventStart);
      return {
        first: b.first, ready: b.ready, interactive: b.interactive, attempts: b.attempts,
        fcp: fcp ? fcp.startTime : null, lcp: b.lcp, cls: b.cls, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        wasmEnd: wasm ? wasm.responseEnd : null,
        longTasksAfterLoad: afterLoad.reduce((t, x) => t + x.duration, 0),
        longestTask: b.longTasks.reduce((m, x) => Math.max(m, x.duration), 0),
      };
    });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return r;
  } finally {
    await context.close();
  }
}

// One cold load traced (Chromium's trace, as Lighthouse records it): the main thread's
// tasks, what took their time, and where the first paint falls. Nothing is evaluated in
// the page while tracing (Playwright's injected script would be a task of its own): the
// load gets TRACE_WAIT ms, then the app's readiness is checked.
const TRACE_WAIT = 2_000;
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'loading'];
const LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
// Lighthouse's mobile preset simulates the CPU 4 times slower than what it observes, and
// counts as blocking what exceeds 50 ms of each task after the first contentful paint.
const LIGHTHOUSE_CPU = 4;
async function tracedLoad(browser, base, cfg) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(base + cfg.url, { waitUntil: 'commit' });
    await page.waitForTimeout(TRACE_WAIT);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const ready = cfg.ready ? await page.$(cfg.ready) !== null : true;
    const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    if (!thread) return { ready: false }; // no renderer main thread in the trace: counted as not traced
    const main = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
    const fcp = events.find((e) => e.name === 'firstContentfulPaint');
    const tasks = main.filter((e) => e.name === 'RunTask' && e.dur >= 1000).map((task) => {
      const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const total = (events) => events.reduce((t, e) => t + e.dur / 1000, 0);
      const lazy = inside.filter((e) => e.name === 'wasm.CompileLazy');
      return {
        ms: task.dur / 1000, afterPaint: fcp != null && task.ts >= fcp.ts,
        layout: total(inside.filter((e) => LAYOUT_EVENTS.has(e.name))),
        lazy: total(lazy), lazyCount: lazy.length,
      };
    });
    const after = tasks.filter((t) => t.afterPaint);
    const longestAfter = after.reduce((m, t) => (!m || t.ms > m.ms ? t : m), null);
    const layouts = main.filter((e) => e.name === 'Layout');
    const largestLayout = layouts.reduce((m, e) => (!m || e.dur > m.dur ? e : m), null);
    return {
      ready,
      longestAfterPaint: longestAfter?.ms ?? 0,
      longestAfterPaintLayout: longestAfter?.layout ?? 0,
      longestAfterPaintLazy: longestAfter?.lazy ?? 0,
      largestLayout: largestLayout ? largestLayout.dur / 1000 : 0,
      largestLayoutBeforePaint: largestLayout && fcp ? largestLayout.ts < fcp.ts : null,
      lazyMs: tasks.reduce((t, x) => t + x.lazy, 0),
      lazyCount: tasks.reduce((t, x) => t + x.lazyCount, 0),
      blockingAt4x: after.reduce((t, x) => t + Math.max(0, LIGHTHOUSE_CPU * x.ms - 50), 0),
    };
  } finally {
    await context.close();
  }
}

// The static copy of a page as the app shows it: the rendered DOM without scripts (nor
// the prerendered view's English template), and its CSS.
async function saveStaticCopy(browser, base, url, ready, dir) {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(base + url);
  await page.waitForSelector(ready, { state: 'attached' });
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, '')
    .replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>/gi, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/gi, '');
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), html);
  cpSync(path.join(ROOT, 'dist', 'styles'), path.join(dir, 'styles'), { recursive: true });
  // The favicon has a hashed name (favicon.<hash>.svg); its precompressed copies are not needed.
  for (const file of readdirSync(path.join(ROOT, 'dist')).filter((f) => /^favicon\..*svg$/.test(f))) {
    cpSync(path.join(ROOT, 'dist', file), path.join(dir, file));
  }
  precompressTree(dir);
}

// Input to updated answer. (a) the received date: set the value, dispatch 'input', time
// until #target time's datetime changes (a MutationObserver: the DOM is updated, before
// paint). Samples in a row on one page, a couple of frames apart.
async function receivedDateLatency(browser, base) {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(base + FULL_STATE);
  await page.waitForSelector(RESULT, { state: 'attached' });
  const times = await page.evaluate(async ({ count, RESULT, RECEIVED, values }) => {
    const answer = () => document.querySelector(RESULT)?.getAttribute('datetime');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    for (let i = 0; i < count; i++) {
      const before = answer();
      const input = document.querySelector(RECEIVED);
      const value = values[i % values.length] === input.value ? values[(i + 1) % values.length] : values[i % values.length];
      let observer;
      const changed = new Promise((resolve, reject) => {
        observer = new MutationObserver(() => {
          const now = answer();
          if (now != null && now !== before) resolve(performance.now());
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => reject(new Error(`no new answer after received=${value}`)), 5_000);
      });
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      const handled = performance.now(); // the listener has run (Yew renders in a microtask after)
      const end = await changed;
      observer.disconnect();
      out.push({ total: end - start, handler: handled - start });
      await frame();
      await frame();
    }
    return out;
  }, { count: SAMPLES + WARM_UP, RESULT, RECEIVED, values: RECEIVED_VALUES });
  await context.close();
  const measured = times.slice(WARM_UP);
  return { ...stats(measured.map((t) => t.total)), handler: stats(measured.map((t) => t.handler)) };
}

// (b) adding a clock stop and filling it, on a freshly loaded page each time (the link
// has one stop; the app allows a bounded number): click "add", wait for the new fields,
// fill "from" (input event, then a fresh task so its render is done), fill "to", time
// until the answer changes. Reports click → fields, "to" input → answer, and the whole.
async function clockStopLatency(browser, base) {
  const context = await freshContext(browser);
  const page = await context.newPage();
  page.on('console', (m) => { if (m.text().startsWith('clock stop:')) log(m.text()); });
  const rows = [];
  for (let i = 0; i < SAMPLES + WARM_UP; i++) {
    await page.goto(base + FULL_STATE);
    await page.waitForSelector(RESULT, { state: 'attached' });
    rows.push(await page.evaluate(async ({ RESULT, ADD_STOP, stop, i }) => {
      const answer = () => document.querySelector(RESULT)?.getAttribute('datetime');
      const when = (test) => new Promise((resolve, reject) => {
        if (test()) return resolve(performance.now());
        const observer = new MutationObserver(() => {
          if (test()) { observer.disconnect(); resolve(performance.now()); }
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => reject(new Error('clock stop: the page did not answer in 5 s')), 5_000);
      });
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
      const type = (el, value) => { el.value = value; el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' })); };
      const before = answer();
      const n = document.querySelectorAll('input[id^="stop-"][id$="-to"]').length + 1;
      const field = (end) => document.getElementById(`stop-${n}-${end}`);
      const start = performance.now();
      document.querySelector(ADD_STOP).click();
      const fields = await when(() => field('to'));
      type(field('from'), stop.from);
      await nextTask();
      const afterFrom = answer(); // what a half-typed stop shows (the answer may go)
      const toStart = performance.now();
      type(field('to'), stop.to);
      const end = await when(() => answer() != null && answer() !== before && answer() !== afterFrom);
      if (i === 0) console.log(`clock stop: answer ${before} -> ${afterFrom ?? 'none'} (from typed) -> ${answer()} (to typed)`);
      return { add: fields - start, fillTo: end - toStart, total: end - start };
    }, { RESULT, ADD_STOP, stop: NEW_STOP, i }));
  }
  await context.close();
  const measured = rows.slice(WARM_UP);
  return {
    add: stats(measured.map((r) => r.add)),
    fillTo: stats(measured.map((r) => r.fillTo)),
    total: stats(measured.map((r) => r.total)),
  };
}

// ---------------------------------------------------------------- Lighthouse
// Lighthouse's performance score moves by several points from run to run on a busy
// machine (its simulated throttling scales what it observes): LIGHTHOUSE_RUNS runs, and
// the run with the median performance score is the one reported.
const LIGHTHOUSE_RUNS = 3;
function lighthouseOnce(url, name, run) {
  const output = path.join(OUT, `lighthouse-${name}-${run}.json`);
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'lighthouse'), [
    url, '--output=json', `--output-path=${output}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'inherit'] });
  return { report: JSON.parse(readFileSync(output, 'utf8')), output };
}
function lighthouse(url, name) {
  const runs = Array.from({ length: LIGHTHOUSE_RUNS }, (_, i) => lighthouseOnce(url, name, i + 1));
  const score = (run) => run.report.categories.performance.score;
  const median = [...runs].sort((a, b) => score(a) - score(b))[Math.floor(runs.length / 2)];
  cpSync(median.output, path.join(OUT, `lighthouse-${name}.json`));
  const report = median.report;
  const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
    'cumulative-layout-shift', 'speed-index', 'interactive'].map((id) => [id, report.audits[id]?.displayValue ?? null]));
  const findings = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
    .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? '' }));
  return { url, name, version: report.lighthouseVersion, formFactor: report.configSettings.formFactor,
    throttling: report.configSettings.throttlingMethod, runs: runs.length,
    performance_scores: runs.map((run) => Math.round(score(run) * 100)),
    all_scores: runs.map((run) => Object.fromEntries(Object.entries(run.report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]))),
    scores, metrics, findings, warnings: report.runWarnings };
}

// ---------------------------------------------------------------- run
function sh(cmd, args) {
  try { return execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return null; }
}

async function main() {
  const started = Date.now();
  const results = {
    date: new Date().toISOString(),
    commit: sh('git', ['rev-parse', '--short', 'HEAD']),
    uncommitted: (sh('git', ['status', '--porcelain']) ?? '').length > 0,
    machine: {
      nproc: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memory_gb: Math.round(os.totalmem() / 2 ** 30),
      chromium: (sh(CHROMIUM, ['--version']) ?? '').split('\n')[0], node: process.version,
      rustc: sh('rustc', ['--version']), wasm_bindgen: sh('wasm-bindgen', ['--version']),
      wasm_opt: sh(path.join(ROOT, 'node_modules', '.bin', 'wasm-opt'), ['--version']),
    },
    settings: { loads: LOADS, samples: SAMPLES, traces: TRACES, warm_up: WARM_UP, full_state: FULL_STATE, chromium_args: CHROMIUM_ARGS },
  };

  const bases = {};
  bases.app = await serve(PAGES.app.dir);
  bases.home = bases.app;
  precompressTree(PAGES.empty.dir);
  bases.empty = await serve(PAGES.empty.dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    log('static copies of the page with no address and of the result page -> bench/out/static-home/, bench/out/static/');
    await saveStaticCopy(browser, bases.app, '/', PAGES.home.ready, PAGES.static_home.dir);
    await saveStaticCopy(browser, bases.app, FULL_STATE, PAGES.app.ready, PAGES.static.dir);
    bases.static_home = await serve(PAGES.static_home.dir);
    bases.static = await serve(PAGES.static.dir);

    results.sizes = Object.fromEntries(Object.entries(PAGES).map(([id, p]) => [id, sizes(p.dir)]));

    log(`${LOADS} cold loads each of the page (no address; full-state link), the empty Yew app and the two static copies (interleaved)`);
    const loads = Object.fromEntries(Object.keys(PAGES).map((id) => [id, []]));
    const order = Object.keys(PAGES);
    for (let i = 0; i < LOADS; i++) {
      const round = order.slice(i % order.length).concat(order.slice(0, i % order.length));
      for (const id of round) loads[id].push(await coldLoad(browser, bases[id], PAGES[id]));
    }
    results.load = Object.fromEntries(Object.entries(loads).map(([id, runs]) => [id, {
      first_result: stats(runs.map((r) => r.first)),
      interactive: PAGES[id].probe ? stats(runs.map((r) => r.interactive)) : null,
      interactive_first_attempt: PAGES[id].probe ? runs.filter((r) => r.attempts === 1).length : null,
      ready: PAGES[id].ready ? stats(runs.map((r) => r.ready)) : null,
      fcp: stats(runs.map((r) => r.fcp)),
      lcp: stats(runs.map((r) => r.lcp)),
      cls_max: Math.max(...runs.map((r) => r.cls)),
      long_tasks_after_load: stats(runs.map((r) => r.longTasksAfterLoad)),
      longest_task: stats(runs.map((r) => r.longestTask)),
      dom_content_loaded: stats(runs.map((r) => r.dcl)),
      load_event: stats(runs.map((r) => r.load)),
      wasm_downloaded: stats(runs.map((r) => r.wasmEnd)),
    }]));

    const traced = ['home', 'app', 'static_home', 'static'];
    log(`${TRACES} traced cold loads each of the page (no address; full-state link) and the two static copies (interleaved)`);
    const traces = Object.fromEntries(traced.map((id) => [id, []]));
    for (let i = 0; i < TRACES; i++) for (const id of traced) traces[id].push(await tracedLoad(browser, bases[id], PAGES[id]));
    results.traces = Object.fromEntries(Object.entries(traces).map(([id, all]) => {
      const runs = all.filter((t) => t.ready);
      return [id, {
        loads: all.length, ready: runs.length,
        longest_after_paint: stats(runs.map((t) => t.longestAfterPaint)),
        longest_after_paint_layout: stats(runs.map((t) => t.longestAfterPaintLayout)),
        longest_after_paint_lazy: stats(runs.map((t) => t.longestAfterPaintLazy)),
        largest_layout: stats(runs.map((t) => t.largestLayout)),
        largest_layout_before_paint: runs.filter((t) => t.largestLayoutBeforePaint).length,
        lazy_ms: stats(runs.map((t) => t.lazyMs)),
        lazy_count: stats(runs.map((t) => t.lazyCount)),
        blocking_at_4x: stats(runs.map((t) => t.blockingAt4x)),
      }];
    }));

    log(`input to updated answer: received date, ${SAMPLES} samples (+${WARM_UP} warm-up)`);
    results.input = { received: await receivedDateLatency(browser, bases.app) };
    log(`input to updated answer: add a clock stop and fill it, ${SAMPLES} samples (+${WARM_UP} warm-up)`);
    results.input.clock_stop = await clockStopLatency(browser, bases.app);
  } finally {
    await browser.close();
  }

  if (LIGHTHOUSE) {
    log(`Lighthouse 12 (mobile preset), ${LIGHTHOUSE_RUNS} runs on the page with no address, ${LIGHTHOUSE_RUNS} on the full-state link`);
    results.lighthouse = [lighthouse(`${bases.app}/`, 'home'), lighthouse(bases.app + FULL_STATE, 'full-state')];
  }
  stopServers();

  const engineFile = path.join(OUT, 'engine.jsonl');
  results.engine = existsSync(engineFile)
    ? readFileSync(engineFile, 'utf8').trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
    : null;
  const twiggyFile = path.join(OUT, 'twiggy.txt');
  results.twiggy = existsSync(twiggyFile) ? readFileSync(twiggyFile, 'utf8') : null;
  results.twiggy_by_origin = twiggyByOrigin();
  const stepsFile = path.join(ROOT, 'bench', 'size-steps.md');
  results.size_steps = existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8') : null;

  results.ratios = ratios(results);
  results.targets = targets(results);
  results.browser_seconds = Math.round((Date.now() - started) / 1000);

  writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(path.join(ROOT, 'bench', 'results.md'), markdown(results));
  log(`wrote bench/results.md and bench/results.json (${results.browser_seconds} s in the browser half)`);
}

// Every item of each shipped wasm (twiggy's CSV), summed by where it comes from: a
// rough attribution by name, for deciding what to cut.
const ORIGINS = [
  ['name section (not shipped)', /subsection|custom section/],
  ['data segments (strings, tables, catalogue)', /^data segment/],
  ["the app's component views (html!, in yew's CompStateInner::view)", /CompStateInner<COMP>.*::view/],
  ['delais (engine, state, components, i18n, JSON)', /delais::/],
  ['yew (framework)', /\byew(::|\[)/],
  ['wasm-bindgen, js-sys, web-sys (glue)', /wasm_bindgen|js_sys|web_sys/],
  ['alloc (Vec, String, Rc, collections)', /__rdl_|__rust_(alloc|dealloc|realloc)|\balloc(::|\[)/],
  ['talc (the allocator)', /\btalc(::|\[)/],
  ['core (formatting, panics, sorting, strings)', /\bcore(::|\[)/],
  ['chrono', /chrono/],
  ['other crates', /::/],
];
function twiggyByOrigin() {
  const dir = path.join(OUT, 'twiggy');
  if (!existsSync(dir)) return null;
  const out = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const totals = new Map();
    let all = 0;
    for (const line of readFileSync(path.join(dir, file), 'utf8').trim().split('\n').slice(1)) {
      const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
      if (!m) continue;
      const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
      const bytes = Number(m[2]);
      const origin = (ORIGINS.find(([, re]) => re.test(name)) ?? ['unnamed (tables, types, imports, exports)'])[0];
      totals.set(origin, (totals.get(origin) ?? 0) + bytes);
      all += bytes;
    }
    out[file.replace(/\.csv$/, '.wasm')] = { total: all, origins: [...totals].sort((a, b) => b[1] - a[1]).map(([origin, bytes]) => ({ origin, bytes })) };
  }
  return out;
}

function ratios(r) {
  const l = r.load;
  return {
    first_result_vs_empty_ci95: bootstrap(l.app.first_result?.samples, l.empty.first_result?.samples),
    interactive_vs_empty_ci95: bootstrap(l.app.interactive?.samples, l.empty.interactive?.samples),
    first_result_vs_empty: ratio(l.app.first_result?.median, l.empty.first_result?.median),
    first_result_vs_static: ratio(l.app.first_result?.median, l.static.first_result?.median),
    interactive_vs_empty: ratio(l.app.interactive?.median, l.empty.interactive?.median),
    fcp_vs_empty: ratio(l.app.fcp?.median, l.empty.fcp?.median),
    fcp_vs_static: ratio(l.app.fcp?.median, l.static.fcp?.median),
    lcp_vs_static: ratio(l.app.lcp?.median, l.static.lcp?.median),
    home_fcp_vs_static: ratio(l.home.fcp?.median, l.static_home.fcp?.median),
    home_fcp_vs_static_ci95: bootstrap(l.home.fcp?.samples, l.static_home.fcp?.samples),
    home_lcp_vs_static: ratio(l.home.lcp?.median, l.static_home.lcp?.median),
    home_lcp_vs_static_ci95: bootstrap(l.home.lcp?.samples, l.static_home.lcp?.samples),
    gzip_vs_empty: ratio(r.sizes.app.total.gzip, r.sizes.empty.total.gzip),
    gzip_vs_static: ratio(r.sizes.app.total.gzip, r.sizes.static.total.gzip),
  };
}

// Issue 12's targets.
const SIZE_TARGET = 100 * 1024;
const MAIN_THREAD_TARGET = 50;
function targets(r) {
  const gz = r.sizes.app.total.gzip;
  const emptyGz = r.sizes.empty.total.gzip;
  const wasmGz = (sizes) => sizes.files.filter((f) => f.page && f.file.endsWith('.wasm')).reduce((t, f) => t + f.gzip, 0);
  const l = r.load;
  const rec = r.input.received?.median;
  const stop = r.input.clock_stop?.fillTo?.median;
  const recCi = bootstrap(r.input.received?.samples);
  const stopCi = bootstrap(r.input.clock_stop?.fillTo?.samples);
  const ci = (c, unit) => (c ? ` (95 % CI ${unit === 'x' ? `×${c[0]}–×${c[1]}` : `${ms(c[0])}–${ms(c[1])}`})` : '');
  const engine = r.engine?.find((e) => e.case === 'full-state');
  const inputWhy = `the engine takes ${engine ? `${(engine.median_ns / 1000).toFixed(1)} µs natively` : '(not measured)'}, `
    + `the input listener ${ms(r.input.received?.handler?.median)}; the rest is Yew re-rendering the page (diff and DOM updates)`;
  const paint = (name, key) => {
    const v = r.ratios[`home_${key}_vs_static`];
    return { target: `${name} of the page with no address ≤ 1.2 × its static copy's`,
      value: `×${v}${ci(r.ratios[`home_${key}_vs_static_ci95`], 'x')}: ${ms(l.home[key]?.median)} vs ${ms(l.static_home[key]?.median)}`,
      met: v != null && v <= 1.2, by: v == null || v <= 1.2 ? null : `${ms(l.home[key].median - 1.2 * l.static_home[key].median)} slower than ×1.2 allows`,
      why: `the page's HTML, CSS and inline script come first in both; Délais also fetches its module script and Wasm (${kb(wasmGz(r.sizes.app))})` };
  };
  const cls = Math.max(l.home.cls_max, l.app.cls_max);
  // What the traced loads say of the tasks Lighthouse counts.
  const tracedWhy = (id) => {
    const t = r.traces?.[id];
    if (!t?.longest_after_paint) return '';
    const st = r.traces.static;
    return `; traced (see "Main-thread tasks"): the longest task after the first paint, ${ms(t.longest_after_paint.median)} median, `
      + `of which style, layout and paint ${ms(t.longest_after_paint_layout.median)} and Wasm compiled on first call `
      + `${ms(t.longest_after_paint_lazy.median)}; blocking at ${LIGHTHOUSE_CPU}× ${ms(t.blocking_at_4x.median)}`
      + (id === 'app' && st?.largest_layout
        ? `. The largest layout, ${ms(t.largest_layout.median)}, comes after the first paint in `
          + `${t.ready - t.largest_layout_before_paint}/${t.ready} loads; the static copy of the same result page lays out in `
          + `${ms(st.largest_layout.median)}, before its first paint in ${st.largest_layout_before_paint}/${st.ready}`
        : '');
  };
  const lighthouseRows = (r.lighthouse ?? []).map((h) => {
    const low = h.all_scores.flatMap((run, i) => Object.entries(run).filter(([, v]) => v < 100).map(([k, v]) => `run ${i + 1}: ${k} ${v}`));
    return { target: `Lighthouse mobile, ${h.name === 'home' ? 'the page with no address' : 'the full-state link'}: 100 in all four categories in each of ${h.runs} runs`,
      value: `performance ${h.performance_scores.join(', ')}; others ${['accessibility', 'best-practices', 'seo'].map((k) => `${k} ${h.all_scores.map((s) => s[k]).join('/')}`).join(', ')}`,
      met: low.length === 0, by: low.length ? low.join('; ') : null,
      why: `median run: TBT ${h.metrics['total-blocking-time']}, LCP ${h.metrics['largest-contentful-paint']}; audits not passed: ${h.findings.map((f) => f.id).join(', ')}`
        + tracedWhy(h.name === 'home' ? 'home' : 'app') };
  });
  const mainThread = (id, name) => {
    const v = l[id].long_tasks_after_load?.median;
    return { target: `Main-thread work after load ≤ ${MAIN_THREAD_TARGET} ms (${name})`,
      value: `${ms(v)} in long tasks after the load event (median); longest task ${ms(l[id].longest_task?.median)}`,
      met: v != null && v <= MAIN_THREAD_TARGET, by: v == null || v <= MAIN_THREAD_TARGET ? null : `${ms(v - MAIN_THREAD_TARGET)} over`,
      why: `the app's first render (ready at ${ms(l[id].ready?.median)}, Wasm downloaded at ${ms(l[id].wasm_downloaded?.median)}), `
        + 'in which V8 compiles each Wasm function it calls for the first time (lazy compilation); on an address with answers '
        + 'it is two tasks, the form then the answer, and the browser then lays out the whole page when the app takes the '
        + `view's place (the static copy of the result page lays out before its load; its longest task: ${ms(l.static?.longest_task?.median)} median)`
        + tracedWhy(id) };
  };
  return [
    paint('First contentful paint', 'fcp'),
    paint('Largest contentful paint', 'lcp'),
    { target: 'Cumulative layout shift 0 while loading (no address; full-state link)', value: `${cls.toFixed(4)} (the largest of all loads)`,
      met: cls === 0, by: cls === 0 ? null : `${cls.toFixed(4)}`, why: 'a shift when the app takes the prerendered view\'s place' },
    ...lighthouseRows,
    { target: 'Everything the public page ships ≤ 100 KB gzip', value: `${kb(gz)}`,
      met: gz <= SIZE_TARGET, by: gz <= SIZE_TARGET ? null : `${kb(gz - SIZE_TARGET)} over (×${(gz / SIZE_TARGET).toFixed(2)})`,
      why: `the empty Yew app alone ships ${kb(emptyGz)} (wasm ${kb(wasmGz(r.sizes.empty))}), leaving ${kb(SIZE_TARGET - emptyGz)} `
        + `for Délais, which adds ${kb(gz - emptyGz)}: wasm ${kb(wasmGz(r.sizes.app))} in all; see "What is heavy in the wasm" and "Size: steps taken"` },
    { target: 'Input → updated answer < 4 ms median (received date)', value: `${ms(rec)}${ci(recCi)}`,
      met: rec != null && rec < 4, by: rec == null || rec < 4 ? null : `${ms(rec - 4)} over`, why: inputWhy },
    { target: 'Input → updated answer < 4 ms median (clock stop\'s "to" date)', value: `${ms(stop)}${ci(stopCi)}`,
      met: stop != null && stop < 4, by: stop == null || stop < 4 ? null : `${ms(stop - 4)} over`, why: inputWhy },
    mainThread('home', 'the page with no address'),
    mainThread('app', 'the full-state link'),
  ];
}

// ---------------------------------------------------------------- markdown
function kb(bytes) { return bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`; }
function ms(x) { return x == null ? '—' : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`; }
function spread(s) { return s ? `${ms(s.median)} (IQR ${ms(s.q1)}–${ms(s.q3)}; min ${ms(s.min)}, max ${ms(s.max)})` : '—'; }
function x(v) { return v == null ? '—' : `×${v}`; }

function markdown(r) {
  const L = [];
  const p = (s = '') => L.push(s);
  const l = r.load;
  const m = r.machine;
  p('# Délais — benchmark results');
  p();
  p(`Written by \`make bench\` (bench/run.sh, bench/measure.mjs) on ${r.date.slice(0, 16).replace('T', ' ')} UTC, `
    + `commit \`${r.commit}\`${r.uncommitted ? ' with uncommitted changes' : ''}.`);
  p(`Machine: ${m.nproc} cores (${m.cpu}), ${m.memory_gb} GB; ${m.chromium}, headless, over 127.0.0.1; `
    + `Node ${m.node}; ${m.rustc}; ${m.wasm_bindgen}; ${m.wasm_opt}.`);
  p();
  p('Absolute times on this shared 2-core machine are context; **the ratios to the baselines, measured in the same run '
    + 'with the loads interleaved, are the result.** Every time is `performance.now()` in the page, i.e. milliseconds '
    + 'since navigation start.');
  p();
  p('## Targets (issue 12)');
  p();
  p('The 95 % intervals (bootstrap over this run\'s samples) say how far this machine\'s noise reaches: a verdict whose '
    + 'interval straddles the target can flip from one run to the next.');
  p();
  p('| Target | Measured | Met? | Why, from this run |');
  p('|---|---|---|---|');
  for (const t of r.targets) {
    p(`| ${t.target} | ${t.value} | ${t.met == null ? '—' : t.met ? 'met' : `**missed**: ${t.by}`} | ${t.met ? '' : t.why} |`);
  }
  p();
  p(`## Page load: ${r.settings.loads} cold loads each`);
  p();
  p(`Each load is a fresh browser context (no HTTP cache, service workers blocked), files served by the production `
    + 'server (nginx with deploy/nginx.conf, `scripts/serve.sh`; brotli from precompressed copies, the baselines too). '
    + 'Median (IQR; min, max).');
  p();
  p('- **First result**: the first moment the answer (`#target time`; the prerendered `h1` for the page with no address; '
    + '`h1` for the empty app and the static copy of the page with no address) is in the DOM, seen by a MutationObserver '
    + 'installed before the page\'s scripts (it also sees the parser\'s insertions).');
  p('- **App ready**: the app has taken the prerendered view\'s place (`#app` without `data-prerendered`) and shows its '
    + 'situation list, or its answer for the full-state link.');
  p('- **Interactive**: from the app ready on, the page is sent an `input` event on `#received` (on `#probe` for the empty '
    + 'app), in a new task and again every 20 ms until handled; interactive is when the answer it causes is in the DOM. '
    + `The first event sent was the one handled in ${l.app.interactive_first_attempt}/${r.settings.loads} loads of Délais `
    + `and ${l.empty.interactive_first_attempt}/${r.settings.loads} of the empty app.`);
  p('- **FCP**, **LCP**: the browser\'s first-contentful-paint and (last) largest-contentful-paint entries; **CLS**: the '
    + 'sum of layout-shift entries, the largest over the loads.');
  p('- **Long tasks after load**: the total duration of the Long Tasks API\'s entries (tasks over 50 ms, what blocks '
    + 'input) that start after the load event; **longest task**: over the whole load.');
  p();
  const cols = ['home', 'static_home', 'app', 'static', 'empty'];
  p(`| | ${cols.map((id) => PAGES[id].label).join(' | ')} |`);
  p(`|---|${cols.map(() => '---').join('|')}|`);
  const row = (name, key) => p(`| ${name} | ${cols.map((id) => (l[id][key] ? spread(l[id][key]) : '—')).join(' | ')} |`);
  row('First result', 'first_result');
  row('App ready', 'ready');
  row('Interactive', 'interactive');
  row('First contentful paint', 'fcp');
  row('Largest contentful paint', 'lcp');
  p(`| CLS (largest) | ${cols.map((id) => l[id].cls_max.toFixed(4)).join(' | ')} |`);
  row('Long tasks after load (total)', 'long_tasks_after_load');
  row('Longest task', 'longest_task');
  row('DOMContentLoaded', 'dom_content_loaded');
  row('Load event', 'load_event');
  row('Wasm downloaded', 'wasm_downloaded');
  p(`| Gzip shipped | ${cols.map((id) => kb(r.sizes[id].total.gzip)).join(' | ')} |`);
  p();
  p(`Ratios: the page with no address ÷ its static copy: FCP ${x(r.ratios.home_fcp_vs_static)}, LCP ${x(r.ratios.home_lcp_vs_static)}. `
    + `The full-state link ÷ the static copy of its result: FCP ${x(r.ratios.fcp_vs_static)}, LCP ${x(r.ratios.lcp_vs_static)}, `
    + `first result ${x(r.ratios.first_result_vs_static)} (its answers need the Wasm; their place is kept, hidden, until then). `
    + `The full-state link ÷ the empty Yew app: first result ${x(r.ratios.first_result_vs_empty)}, interactive ${x(r.ratios.interactive_vs_empty)}, `
    + `gzip ${x(r.ratios.gzip_vs_empty)}.`);
  p();
  if (r.traces) {
    const t = r.traces;
    const tcols = ['home', 'static_home', 'app', 'static'];
    p(`## Main-thread tasks: ${r.settings.traces} traced cold loads each`);
    p();
    p('Chromium\'s trace of each load (the categories Lighthouse records), nothing evaluated in the page meanwhile; '
      + `each load gets ${TRACE_WAIT / 1000} s. A task is a top-level \`RunTask\` of the page's main thread; "after the first paint": `
      + 'it starts after the first contentful paint, where Lighthouse\'s total blocking time begins. Lighthouse\'s mobile '
      + `preset simulates a CPU ${LIGHTHOUSE_CPU} times slower than the one it observes: the last row is what its blocking `
      + `time would be from these tasks alone (each task after the first paint × ${LIGHTHOUSE_CPU}, less 50 ms), a guide to `
      + 'where the score\'s blocking time comes from, not Lighthouse\'s own figure (its simulation also reorders work '
      + 'along the network). Median (min–max).');
    p();
    p(`| | ${tcols.map((id) => PAGES[id].label).join(' | ')} |`);
    p(`|---|${tcols.map(() => '---').join('|')}|`);
    const range = (v) => `${ms(v.median)} (${ms(v.min)}–${ms(v.max)})`;
    const trow = (name, key, fmt = range) => p(`| ${name} | ${tcols.map((id) => (t[id]?.[key] ? fmt(t[id][key]) : '—')).join(' | ')} |`);
    p(`| Loads traced (app ready within ${TRACE_WAIT / 1000} s) | ${tcols.map((id) => `${t[id].ready}/${t[id].loads}`).join(' | ')} |`);
    trow('Longest task after the first paint', 'longest_after_paint');
    trow('… of which style, layout and paint', 'longest_after_paint_layout');
    trow('… of which Wasm functions compiled on first call', 'longest_after_paint_lazy');
    trow('Largest layout of the load', 'largest_layout');
    p(`| … came before the first paint in | ${tcols.map((id) => `${t[id].largest_layout_before_paint}/${t[id].ready}`).join(' | ')} |`);
    trow('Wasm functions compiled on first call (V8\'s lazy compilation), whole load: time', 'lazy_ms');
    trow('… number of functions', 'lazy_count', (s) => `${s.median} (${s.min}–${s.max})`);
    trow(`Blocking time at ${LIGHTHOUSE_CPU}× the observed tasks, after the first paint`, 'blocking_at_4x');
    p();
  }
  p('## Input to updated answer');
  p();
  p(`On a loaded full-state page: set the input's value, dispatch \`input\` (what typing does), time until `
    + '`#target time[datetime]` changes in the DOM (a MutationObserver: the render is done, before paint). '
    + `${r.settings.samples} samples after ${r.settings.warm_up} warm-up ones.`);
  p();
  p('| Event | Median | IQR | Min | Max |');
  p('|---|---|---|---|---|');
  const irow = (name, s) => p(`| ${name} | ${ms(s?.median)} | ${ms(s?.q1)}–${ms(s?.q3)} | ${ms(s?.min)} | ${ms(s?.max)} |`);
  irow('Received date changed', r.input.received);
  irow('… of which the input listener (Action, reducer)', r.input.received.handler);
  irow('Clock stop: click "add" → its fields in the DOM', r.input.clock_stop.add);
  irow('Clock stop: "to" date typed → new answer', r.input.clock_stop.fillTo);
  irow('Clock stop: click, both dates, new answer (whole)', r.input.clock_stop.total);
  p();
  if (r.engine) {
    p('## Engine, natively (`cargo run --release --example engine`)');
    p();
    p('Time per `engine::estimate` on this machine, release profile (opt-level "z", as shipped), median of 21 '
      + 'timed batches of ≥ 5 ms each (min–max of the batches). `stops`: each stop pushes the target a week; '
      + '`stops-after`: stops past the target (the cost of carrying them); `years`: one stop pushing the target '
      + 'that many years (every day walked and recorded).');
    p();
    p('| Case | Median | Min–max | Target | Days skipped |');
    p('|---|---|---|---|---|');
    for (const e of r.engine) {
      p(`| ${e.case} ${e.case === 'full-state' ? '' : e.param} | ${(e.median_ns / 1000).toFixed(2)} µs | `
        + `${(e.min_ns / 1000).toFixed(2)}–${(e.max_ns / 1000).toFixed(2)} µs | ${e.target} | ${e.skipped_days} |`);
    }
    p();
  }
  for (const h of r.lighthouse ?? []) {
    p(`## Lighthouse ${h.version} (${h.formFactor}, ${h.throttling} throttling): ${h.name === 'home' ? 'the page with no address' : 'the full-state link'}`);
    p();
    p(`${h.runs} runs; performance scores ${h.performance_scores.join(', ')}; the run with the median one is reported `
      + `(bench/out/lighthouse-${h.name}.json).`);
    p();
    p('| Performance | Accessibility | Best practices | SEO |');
    p('|---|---|---|---|');
    p(`| ${h.scores.performance} | ${h.scores.accessibility} | ${h.scores['best-practices']} | ${h.scores.seo} |`);
    p();
    p('Metrics (simulated slow 4G, 4× CPU slowdown): ' + Object.entries(h.metrics).map(([k, v]) => `${k} ${v}`).join(', ') + '.');
    p();
    if (h.findings.length) {
      p('Audits not passed:');
      p();
      for (const f of h.findings) p(`- \`${f.id}\` (${f.score}): ${f.title}${f.value ? ` — ${f.value}` : ''}`);
      p();
    }
  }
  p('## Bytes shipped');
  p();
  p('Every file in dist/: raw, `gzip -9 -n`, `brotli -q 11` (bench/sizes.sh). The budget (bench/budget, checked by '
    + '`bench/size-check.sh` in `make test`) is on the gzip total of what the public page downloads (dist/ less bench/embedding-files); '
    + 'the files only partner sites load (widget, iframe embed, JavaScript API, examples) are totalled apart.');
  p();
  p('| File | Raw | Gzip -9 | Brotli 11 | Public page |');
  p('|---|---:|---:|---:|---|');
  for (const f of r.sizes.app.files) p(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} | ${f.page ? 'yes' : 'no (embedding)'} |`);
  const t = r.sizes.app.total;
  p(`| **Total, the public page** | **${t.raw}** | **${t.gzip}** (${kb(t.gzip)}) | **${t.brotli}** (${kb(t.brotli)}) | |`);
  const embedding = r.sizes.app.extras;
  if (embedding) {
    p(`| Embedding files (not in the budget) | ${embedding.raw} | ${embedding.gzip} (${kb(embedding.gzip)}) `
      + `| ${embedding.brotli} (${kb(embedding.brotli)}) | |`);
  }
  p();
  const budgetFile = path.join(ROOT, 'bench', 'budget');
  if (existsSync(budgetFile)) {
    const budget = Number(readFileSync(budgetFile, 'utf8').trim());
    p(`Budget: ${budget} bytes (${kb(budget)}); target ≤ 100 KB (${SIZE_TARGET} bytes): `
      + (t.gzip <= SIZE_TARGET ? 'met.' : `missed by ${t.gzip - SIZE_TARGET} bytes (${kb(t.gzip - SIZE_TARGET)}).`));
    p();
  }
  const e = r.sizes.empty.total;
  p(`Baselines: the empty Yew app ships ${e.raw} bytes raw, ${e.gzip} gzip (${kb(e.gzip)}), ${e.brotli} brotli `
    + `(${r.sizes.empty.files.map((f) => `${f.file} ${f.gzip}`).join(', ')}); the static copy ${r.sizes.static.total.gzip} gzip.`);
  p();
  if (r.size_steps) {
    p(r.size_steps.trim());
    p();
  }
  if (r.twiggy_by_origin) {
    p('## What is heavy in the wasm, by origin');
    p();
    p('Every item twiggy lists in the shipped wasm (rebuilt with its name section), summed by a rough attribution '
      + 'from its name; raw bytes before compression, shares of what is shipped (the name section excluded).');
    p();
    for (const [file, t] of Object.entries(r.twiggy_by_origin)) {
      const names = t.origins.filter((o) => o.origin.includes('not shipped')).reduce((a, o) => a + o.bytes, 0);
      const shipped = t.total - names;
      p(`| ${file}: origin | Raw bytes | Share |`);
      p('|---|---:|---:|');
      for (const o of t.origins) {
        p(`| ${o.origin} | ${o.bytes} | ${o.origin.includes('not shipped') ? '—' : `${((100 * o.bytes) / shipped).toFixed(1)} %`} |`);
      }
      p(`| shipped total | ${shipped} | 100 % |`);
      p();
    }
  }
  if (r.twiggy) {
    p('## What is heavy in the wasm: `twiggy top -n 25`');
    p();
    p('On the shipped wasm built with its name section kept (same wasm-bindgen and wasm-opt -Oz, plus `-g`); raw '
      + 'bytes before compression. Percentages include the name section, which is not shipped.');
    p();
    p('```');
    p(r.twiggy.trimEnd());
    p('```');
    p();
  } else {
    p('twiggy is not installed (`cargo install twiggy`), so there is no breakdown of the wasm.');
    p();
  }
  return L.join('\n') + '\n';
}

main().catch((error) => {
  console.error('bench: error:', error);
  stopServers();
  process.exit(1);
});
