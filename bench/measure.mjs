// The browser half of `make bench`, run by bench/run.sh after the builds: sizes of every
// shipped file; cold loads of the page (with no address, and a full-state link) and of its
// baselines (interleaved, so that the machine's noise falls on all alike); traced loads (the
// main thread's tasks: layout, Wasm compiled on first call); input to updated answer;
// Lighthouse (mobile preset, on the two addresses); then bench/results.json, and
// bench/results.md from bench/results.template.md, with the engine's figures
// (bench/out/engine.jsonl), twiggy's (bench/out/twiggy.txt) and the size steps taken
// (bench/size-steps.md, kept by hand).
//
//   node bench/measure.mjs [--loads 15] [--samples 40] [--traces 7] [--no-lighthouse]
//                          [--lighthouse-runs 3] [--port 18180]
//
// Délais and the baselines are served as production serves them (bench/lib/servers.mjs), on
// four ports from --port (or BENCH_PORT). The parts, in bench/lib/: config (pages, browser),
// servers, static-copy, sizes, probes (in-page timings), traces, lighthouse, stats, targets
// (ratios and verdicts), report (results.md; template.mjs fills the template).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, FULL_STATE, OUT, PAGES, ROOT, log } from './lib/config.mjs';
import { LIGHTHOUSE_RUNS, lighthouse } from './lib/lighthouse.mjs';
import { clockStopLatency, coldLoads, receivedDateLatency } from './lib/probes.mjs';
import { markdown } from './lib/report.mjs';
import { precompressTree, serve, stopServers } from './lib/servers.mjs';
import { sizes, twiggyByOrigin } from './lib/sizes.mjs';
import { saveStaticCopy } from './lib/static-copy.mjs';
import { ratios, targets } from './lib/targets.mjs';
import { tracedLoads } from './lib/traces.mjs';

const USAGE = 'usage: node bench/measure.mjs [--loads N] [--samples N] [--traces N] [--no-lighthouse] '
  + '[--lighthouse-runs N] [--port N]';
// Each numeric flag, its default and its smallest value.
const FLAGS = {
  loads: [15, 1], samples: [40, 1], traces: [7, 0], 'lighthouse-runs': [LIGHTHOUSE_RUNS, 1],
  port: [Number(process.env.BENCH_PORT ?? 18180), 1],
};
function options(argv) {
  const fail = (message) => {
    console.error(`bench: ${message}\n${USAGE}`);
    process.exit(2);
  };
  const o = Object.fromEntries(Object.entries(FLAGS).map(([name, [fallback]]) => [name, fallback]));
  o.lighthouse = true;
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (argv[i] === '--no-lighthouse') o.lighthouse = false;
    else if (argv[i].startsWith('--') && name in FLAGS) o[name] = Number(argv[++i]);
    else fail(`unknown argument ${argv[i]}`);
  }
  for (const [name, [, min]] of Object.entries(FLAGS)) {
    if (!Number.isInteger(o[name]) || o[name] < min) fail(`--${name}${name === 'port' ? ' (or BENCH_PORT)' : ''} must be a whole number ≥ ${min}`);
  }
  if (o.port + 3 > 65535) fail(`--port: the four servers need ports ${o.port} to ${o.port + 3}`);
  return o;
}
// Input samples discarded before the measured ones.
const WARM_UP = 5;

function sh(cmd, args) {
  try { return execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return null; }
}

async function main() {
  const OPTIONS = options(process.argv.slice(2));
  const { loads: LOADS, samples: SAMPLES, traces: TRACES } = OPTIONS;
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

  const port = OPTIONS.port;
  const bases = {};
  bases.app = await serve(PAGES.app.dir, port);
  bases.home = bases.app;
  precompressTree(PAGES.empty.dir);
  bases.empty = await serve(PAGES.empty.dir, port + 1);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    log('static copies of the page with no address and of the result page -> bench/out/static-home/, bench/out/static/');
    await saveStaticCopy(browser, bases.app, '/', PAGES.home.ready, PAGES.static_home.dir);
    await saveStaticCopy(browser, bases.app, FULL_STATE, PAGES.app.ready, PAGES.static.dir);
    bases.static_home = await serve(PAGES.static_home.dir, port + 2);
    bases.static = await serve(PAGES.static.dir, port + 3);

    results.sizes = Object.fromEntries(Object.entries(PAGES).map(([id, p]) => [id, sizes(p.dir)]));

    log(`${LOADS} cold loads each of the page (no address; full-state link), the empty Yew app and the two static copies (interleaved)`);
    results.load = await coldLoads(browser, bases, LOADS);
    log(`${TRACES} traced cold loads each of the page (no address; full-state link) and the two static copies (interleaved)`);
    results.traces = await tracedLoads(browser, bases, TRACES);

    const samples = { samples: SAMPLES, warmUp: WARM_UP };
    log(`input to updated answer: received date, ${SAMPLES} samples (+${WARM_UP} warm-up)`);
    results.input = { received: await receivedDateLatency(browser, bases.app, samples) };
    log(`input to updated answer: add a clock stop and fill it, ${SAMPLES} samples (+${WARM_UP} warm-up)`);
    results.input.clock_stop = await clockStopLatency(browser, bases.app, samples);
  } finally {
    await browser.close();
  }

  if (OPTIONS.lighthouse) {
    const runs = OPTIONS['lighthouse-runs'];
    log(`Lighthouse 12 (mobile preset), ${runs} runs on the page with no address, ${runs} on the full-state link`);
    results.lighthouse = [lighthouse(`${bases.app}/`, 'home', runs), lighthouse(bases.app + FULL_STATE, 'full-state', runs)];
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

main().catch((error) => {
  console.error('bench: error:', error);
  stopServers();
  process.exit(1);
});
