#!/usr/bin/env node
// The caseload page's speed (README, "Caseload"): from a file chosen to the table shown,
// for 10,000 and 20,000 rows (the page's limit), and what 100,000 rows (about 9 MB) do:
// the limit's message, and how long that takes. Measured in headless Chromium against
// dist/ served as production serves it (scripts/serve.sh), in the page: from the file
// input's `change` event to the next frame after the summary (or the message) is in the
// DOM; the longest task meanwhile. Median of 3 runs each. Writes bench/out/caseload.json.
//
//   node bench/caseload.mjs          (after scripts/build.sh; `make bench` runs it)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_CASELOAD_PORT ?? 18190);
const RUNS = 3;

// N rows from the 60-row fixture (its 6 bad rows included), each with its own label.
function caseload(rows) {
  const [header, ...lines] = readFileSync(path.join(ROOT, 'tests/fixtures/caseload-60.csv'), 'utf8').split(/\r\n(?=D-\d{4},|$)/);
  const body = lines.filter((l) => l);
  const out = [header];
  for (let i = 0; i < rows; i++) out.push(body[i % body.length].replace(/^D-\d{4}/, `D-${String(i).padStart(6, '0')}`));
  return Buffer.from(`${out.join('\r\n')}\r\n`);
}

const server = spawn(path.join(ROOT, 'scripts', 'serve.sh'), ['--port', String(PORT), '--dir', path.join(ROOT, 'dist')],
  { stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => server.exitCode === null && server.kill('SIGTERM'));
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100 && !(await fetch(`${base}/dossiers.html`).then((r) => r.ok, () => false)); i++) {
  await new Promise((done) => setTimeout(done, 100));
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const results = {};
for (const rows of [10_000, 20_000, 100_000]) {
  const file = caseload(rows);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/dossiers.html`);
    await page.locator('#caseload-file').waitFor();
    await page.evaluate(() => {
      window.__shown = new Promise((resolve) => {
        let start = 0;
        let longest = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => { longest = Math.max(longest, e.duration); }))
          .observe({ type: 'longtask' });
        document.getElementById('caseload-file').addEventListener('change', () => { start = performance.now(); }, { capture: true });
        new MutationObserver((_, observer) => {
          const summary = document.querySelector('[role=status]')?.textContent;
          const alert = document.querySelector('[role=alert]');
          if (!start || (!summary && !alert)) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve({
            ms: performance.now() - start, longestTask: longest, rowsInDom: document.querySelectorAll('tbody tr').length,
            message: alert?.textContent ?? null,
          })));
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    });
    await page.locator('#caseload-file').setInputFiles({ name: `caseload-${rows}.csv`, mimeType: 'text/csv', buffer: file });
    runs.push(await page.evaluate(() => window.__shown));
    await context.close();
  }
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  results[rows] = { bytes: file.length, median_ms: Math.round(sorted[1]), runs_ms: runs.map((r) => Math.round(r.ms)),
    longest_task_ms: Math.round(Math.max(...runs.map((r) => r.longestTask))), rows_in_dom: runs[0].rowsInDom, message: runs[0].message };
  console.log(`caseload: ${rows} rows (${(file.length / 1e6).toFixed(1)} MB): ${results[rows].median_ms} ms median `
    + `(${results[rows].runs_ms.join(', ')}), longest task ${results[rows].longest_task_ms} ms, ${results[rows].rows_in_dom} rows in the DOM`
    + (results[rows].message ? `; message: ${results[rows].message}` : ''));
}
await browser.close();
mkdirSync(path.join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench', 'out', 'caseload.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exit(0);
