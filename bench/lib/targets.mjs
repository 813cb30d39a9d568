// The run's verdicts: ratios to the baselines, and each target the page is held to, met or
// missed, with by how much and why (the reasons drawn from this run's own figures).
import { kb, ms } from './format.mjs';
import { bootstrap, ratio } from './stats.mjs';
import { LIGHTHOUSE_CPU } from './traces.mjs';

export function ratios(r) {
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

// The targets, in the order results.md lists them: first and largest contentful paint of
// the page with no address within 1.2 × its static copy's; no layout shift; Lighthouse 100
// in every category of every run; the public page within 100 KB gzip; input answered in
// under 4 ms (median); at most 50 ms of long tasks after the load event.
export const SIZE_TARGET = 100 * 1024;
const MAIN_THREAD_TARGET = 50;
export function targets(r) {
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
