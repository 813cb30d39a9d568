// bench/results.md: bench/results.template.md filled with a run's results. The prose is the
// template's; here the figures are written out (format.mjs) and arranged as it asks.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGES, ROOT } from './config.mjs';
import { kb, ms, spread, times } from './format.mjs';
import { SIZE_TARGET } from './targets.mjs';
import { parse, render } from './template.mjs';
import { LIGHTHOUSE_CPU, TRACE_WAIT } from './traces.mjs';

export const TEMPLATE = path.join(ROOT, 'bench', 'results.template.md');

// The columns of the load and trace tables, in this order.
const LOAD_COLUMNS = ['home', 'static_home', 'app', 'static', 'empty'];
const TRACE_COLUMNS = ['home', 'static_home', 'app', 'static'];

// One table row's cells, a column per page.
const cells = (columns, cell) => columns.map(cell).join(' | ');
const header = (columns) => ({ labels: cells(columns, (id) => PAGES[id].label), rule: columns.map(() => '---').join('|') });
// A sample's median, quartiles and extremes, each in milliseconds.
const summary = (s) => ({ median: ms(s?.median), q1: ms(s?.q1), q3: ms(s?.q3), min: ms(s?.min), max: ms(s?.max) });

function loadTable(r) {
  const l = r.load;
  const row = (key) => cells(LOAD_COLUMNS, (id) => (l[id][key] ? spread(l[id][key]) : '—'));
  return {
    ...header(LOAD_COLUMNS),
    app_first_attempt: l.app.interactive_first_attempt, empty_first_attempt: l.empty.interactive_first_attempt,
    ...Object.fromEntries(['first_result', 'ready', 'interactive', 'fcp', 'lcp', 'long_tasks_after_load', 'longest_task',
      'dom_content_loaded', 'load_event', 'wasm_downloaded'].map((key) => [key, row(key)])),
    cls_max: cells(LOAD_COLUMNS, (id) => l[id].cls_max.toFixed(4)),
    gzip: cells(LOAD_COLUMNS, (id) => kb(r.sizes[id].total.gzip)),
  };
}

function traceTable(t) {
  const range = (v) => `${ms(v.median)} (${ms(v.min)}–${ms(v.max)})`;
  const row = (key, fmt = range) => cells(TRACE_COLUMNS, (id) => (t[id]?.[key] ? fmt(t[id][key]) : '—'));
  return {
    ...header(TRACE_COLUMNS), wait_s: TRACE_WAIT / 1000, cpu: LIGHTHOUSE_CPU,
    loaded: cells(TRACE_COLUMNS, (id) => `${t[id].ready}/${t[id].loads}`),
    ...Object.fromEntries(['longest_after_paint', 'longest_after_paint_layout', 'longest_after_paint_lazy', 'largest_layout',
      'lazy_ms', 'blocking_at_4x'].map((key) => [key, row(key)])),
    largest_layout_before_paint: cells(TRACE_COLUMNS, (id) => `${t[id].largest_layout_before_paint}/${t[id].ready}`),
    lazy_count: row('lazy_count', (s) => `${s.median} (${s.min}–${s.max})`),
  };
}

function lighthouseSection(h) {
  return {
    version: h.version, form_factor: h.formFactor, throttling: h.throttling, page: h.name === 'home' ? 'the page with no address' : 'the full-state link',
    name: h.name, runs: h.runs, performance_scores: h.performance_scores.join(', '),
    scores: { performance: h.scores.performance, accessibility: h.scores.accessibility,
      best_practices: h.scores['best-practices'], seo: h.scores.seo },
    metrics: Object.entries(h.metrics).map(([k, v]) => `${k} ${v}`).join(', '),
    findings: h.findings.length
      ? { list: h.findings.map((f) => ({ id: f.id, score: f.score, title: f.title, value: f.value ? ` — ${f.value}` : '' })) }
      : null,
  };
}

function bytes(r) {
  const withKb = (t) => ({ ...t, gzip_kb: kb(t.gzip), brotli_kb: kb(t.brotli) });
  const total = r.sizes.app.total;
  const budgetFile = path.join(ROOT, 'bench', 'budget');
  const budget = existsSync(budgetFile) ? Number(readFileSync(budgetFile, 'utf8').trim()) : null;
  return {
    files: r.sizes.app.files.map((f) => ({ ...f, page: f.page ? 'yes' : 'no (embedding)' })),
    total: withKb(total),
    embedding: r.sizes.app.extras ? withKb(r.sizes.app.extras) : null,
    budget: budget == null ? null : {
      bytes: budget, kb: kb(budget), target: SIZE_TARGET,
      verdict: total.gzip <= SIZE_TARGET ? 'met.' : `missed by ${total.gzip - SIZE_TARGET} bytes (${kb(total.gzip - SIZE_TARGET)}).`,
    },
    empty: { ...withKb(r.sizes.empty.total), files: r.sizes.empty.files.map((f) => `${f.file} ${f.gzip}`).join(', ') },
    static_gzip: r.sizes.static.total.gzip,
  };
}

function twiggyByOrigin(byOrigin) {
  return {
    wasm: Object.entries(byOrigin).map(([file, t]) => {
      const notShipped = (o) => o.origin.includes('not shipped');
      const shipped = t.total - t.origins.filter(notShipped).reduce((a, o) => a + o.bytes, 0);
      return {
        file, shipped,
        origins: t.origins.map((o) => ({ ...o, share: notShipped(o) ? '—' : `${((100 * o.bytes) / shipped).toFixed(1)} %` })),
      };
    }),
  };
}

// The results as the template reads them: every figure already written out.
function view(r) {
  return {
    date: r.date.slice(0, 16).replace('T', ' '), commit: r.commit, uncommitted: r.uncommitted ? ' with uncommitted changes' : '',
    machine: r.machine, settings: r.settings,
    targets: r.targets.map((t) => ({
      target: t.target, value: t.value,
      verdict: t.met == null ? '—' : t.met ? 'met' : `**missed**: ${t.by}`, why: t.met ? '' : t.why,
    })),
    load: loadTable(r),
    ratios: Object.fromEntries(Object.entries(r.ratios).filter(([, v]) => !Array.isArray(v)).map(([k, v]) => [k, times(v)])),
    traces: r.traces ? traceTable(r.traces) : null,
    input: {
      received: summary(r.input.received), handler: summary(r.input.received.handler),
      add: summary(r.input.clock_stop.add), fill_to: summary(r.input.clock_stop.fillTo), total: summary(r.input.clock_stop.total),
    },
    engine: r.engine ? {
      cases: r.engine.map((e) => ({
        case: e.case, param: e.case === 'full-state' ? '' : e.param, target: e.target, skipped_days: e.skipped_days,
        median: (e.median_ns / 1000).toFixed(2), min: (e.min_ns / 1000).toFixed(2), max: (e.max_ns / 1000).toFixed(2),
      })),
    } : null,
    lighthouse: (r.lighthouse ?? []).map(lighthouseSection),
    bytes: bytes(r),
    size_steps: r.size_steps ? { text: r.size_steps.trim() } : null,
    twiggy_by_origin: r.twiggy_by_origin ? twiggyByOrigin(r.twiggy_by_origin) : null,
    twiggy: r.twiggy ? { text: r.twiggy.trimEnd() } : null,
  };
}

export function markdown(results, template = readFileSync(TEMPLATE, 'utf8')) {
  return render(parse(template), [view(results)]);
}
