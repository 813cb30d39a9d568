// Traced cold loads: Chromium's trace of the main thread (the categories Lighthouse
// records), for what the tasks Lighthouse counts are made of: layout, and Wasm functions
// V8 compiles on their first call.
import { PAGES, freshContext } from './config.mjs';
import { stats } from './stats.mjs';

// Nothing is evaluated in the page while tracing (Playwright's injected script would be a
// task of its own): the load gets TRACE_WAIT ms, then the app's readiness is checked.
export const TRACE_WAIT = 2_000;
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'loading'];
const LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
// Lighthouse's mobile preset simulates the CPU 4 times slower than what it observes, and
// counts as blocking what exceeds 50 ms of each task after the first contentful paint.
export const LIGHTHOUSE_CPU = 4;

// One cold load traced: the main thread's tasks, what took their time, and where the
// first paint falls. A load whose page was not ready by then, or whose trace has no
// renderer main thread, has `ready: false` and is counted as not traced.
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
    if (!thread) return { ready: false };
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

// `count` traced cold loads of each page that has a first paint to compare (all but the
// empty app), interleaved; each figure's summary per page, over the loads that were ready.
const TRACED = ['home', 'app', 'static_home', 'static'];
export async function tracedLoads(browser, bases, count) {
  const traces = Object.fromEntries(TRACED.map((id) => [id, []]));
  for (let i = 0; i < count; i++) for (const id of TRACED) traces[id].push(await tracedLoad(browser, bases[id], PAGES[id]));
  return Object.fromEntries(Object.entries(traces).map(([id, all]) => {
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
}
