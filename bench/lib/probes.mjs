// Measurements taken inside the page: cold loads (first result, app ready, interactive,
// the browser's paint and layout-shift entries, long tasks) and input to updated answer
// (the received date; adding and filling a clock stop). A cold load's times are
// performance.now() in the page, milliseconds since navigation start; an input's, the time
// between two performance.now() calls.
import { ADD_STOP, FULL_STATE, NEW_STOP, PAGES, RECEIVED, RECEIVED_VALUES, RESULT, freshContext, log } from './config.mjs';
import { stats } from './stats.mjs';

// Installed before any of the page's own scripts. Records, in window.__bench, when the
// first result is in the DOM (a MutationObserver on the whole document, so parser
// insertions count too), when the app is ready (its `ready` selector is in the DOM; the
// first result itself for a page without one), then "interactive": from then on, it sets
// the probe input and dispatches an 'input' event (in a fresh task, retried every 20 ms)
// until the answer changes in the DOM; interactive is the time that change is seen.
// It runs in the page, so it uses nothing from this module.
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

// One cold load of a page of PAGES: a fresh context, the probe, the page.
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

// `count` cold loads of each page of PAGES (served at bases[id]), interleaved: each round
// starts one page further, so that no page always follows the same one and the machine's
// noise falls on all alike. Each figure's summary per page.
export async function coldLoads(browser, bases, count) {
  const loads = Object.fromEntries(Object.keys(PAGES).map((id) => [id, []]));
  const order = Object.keys(PAGES);
  for (let i = 0; i < count; i++) {
    const round = order.slice(i % order.length).concat(order.slice(0, i % order.length));
    for (const id of round) loads[id].push(await coldLoad(browser, bases[id], PAGES[id]));
  }
  return Object.fromEntries(Object.entries(loads).map(([id, runs]) => [id, {
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
}

// Input to updated answer. (a) the received date: set the value, dispatch 'input', time
// until #target time's datetime changes (a MutationObserver: the DOM is updated, before
// paint). `samples` in a row on one page after `warmUp` ones, a couple of frames apart.
export async function receivedDateLatency(browser, base, { samples, warmUp }) {
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
  }, { count: samples + warmUp, RESULT, RECEIVED, values: RECEIVED_VALUES });
  await context.close();
  const measured = times.slice(warmUp);
  return { ...stats(measured.map((t) => t.total)), handler: stats(measured.map((t) => t.handler)) };
}

// (b) adding a clock stop and filling it, on a freshly loaded page each time (the link
// has one stop; the app allows a bounded number): click "add", wait for the new fields,
// fill "from" (input event, then a fresh task so its render is done), fill "to", time
// until the answer changes. Reports click → fields, "to" input → answer, and the whole.
// The button is found by its role and name before the clock starts.
export async function clockStopLatency(browser, base, { samples, warmUp }) {
  const context = await freshContext(browser);
  const page = await context.newPage();
  page.on('console', (m) => { if (m.text().startsWith('clock stop:')) log(m.text()); });
  const rows = [];
  for (let i = 0; i < samples + warmUp; i++) {
    await page.goto(base + FULL_STATE);
    await page.waitForSelector(RESULT, { state: 'attached' });
    const add = await page.getByRole(ADD_STOP.role, { name: ADD_STOP.name, exact: true }).elementHandle({ timeout: 5_000 });
    rows.push(await page.evaluate(async ({ RESULT, add, stop, i }) => {
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
      add.click();
      const fields = await when(() => field('to'));
      type(field('from'), stop.from);
      await nextTask();
      const afterFrom = answer(); // what a half-typed stop shows (the answer may go)
      const toStart = performance.now();
      type(field('to'), stop.to);
      const end = await when(() => answer() != null && answer() !== before && answer() !== afterFrom);
      if (i === 0) console.log(`clock stop: answer ${before} -> ${afterFrom ?? 'none'} (from typed) -> ${answer()} (to typed)`);
      return { add: fields - start, fillTo: end - toStart, total: end - start };
    }, { RESULT, add, stop: NEW_STOP, i }));
    await add.dispose();
  }
  await context.close();
  const measured = rows.slice(warmUp);
  return {
    add: stats(measured.map((r) => r.add)),
    fillTo: stats(measured.map((r) => r.fillTo)),
    total: stats(measured.map((r) => r.total)),
  };
}
