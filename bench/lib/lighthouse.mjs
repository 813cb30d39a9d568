// Lighthouse (node_modules' CLI, mobile preset) on a served address, with the benchmark's
// Chromium and flags.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, OUT, ROOT } from './config.mjs';

// Lighthouse's performance score moves by several points from run to run on a busy
// machine (its simulated throttling scales what it observes), so the benchmark runs it
// several times (LIGHTHOUSE_RUNS unless --lighthouse-runs says otherwise) and reports the
// run with the median performance score.
export const LIGHTHOUSE_RUNS = 3;

function lighthouseOnce(url, name, run) {
  const output = path.join(OUT, `lighthouse-${name}-${run}.json`);
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'lighthouse'), [
    url, '--output=json', `--output-path=${output}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'inherit'] });
  return { report: JSON.parse(readFileSync(output, 'utf8')), output };
}

// `runs` runs on `url`; the median one is copied to bench/out/lighthouse-<name>.json and
// summarised (scores, metrics, audits not passed), with every run's scores beside it.
export function lighthouse(url, name, runs = LIGHTHOUSE_RUNS) {
  const all = Array.from({ length: runs }, (_, i) => lighthouseOnce(url, name, i + 1));
  const score = (run) => run.report.categories.performance.score;
  const median = [...all].sort((a, b) => score(a) - score(b))[Math.floor(all.length / 2)];
  cpSync(median.output, path.join(OUT, `lighthouse-${name}.json`));
  const report = median.report;
  const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
    'cumulative-layout-shift', 'speed-index', 'interactive'].map((id) => [id, report.audits[id]?.displayValue ?? null]));
  const findings = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
    .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? '' }));
  return { url, name, version: report.lighthouseVersion, formFactor: report.configSettings.formFactor,
    throttling: report.configSettings.throttlingMethod, runs: all.length,
    performance_scores: all.map((run) => Math.round(score(run) * 100)),
    all_scores: all.map((run) => Object.fromEntries(Object.entries(run.report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]))),
    scores, metrics, findings, warnings: report.runWarnings };
}
