// Shared by the journeys: the engine's own answer (the CLI over the same Rust code),
// the axe check, screenshots, and a guard that no request leaves 127.0.0.1.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test as base, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const CLI = 'target/debug/delais';

const PORT = Number(process.env.E2E_PORT ?? 8080);
/** Where the suite's server listens (playwright.config.ts): nginx with deploy/nginx.conf. */
export const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A partner site on another origin (e2e/host/nginx.conf, test only). */
export const PARTNER_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
/** Where e2e/release.spec.ts serves its two releases (its own nginx). */
export const RELEASE_PORT = PORT + 2;
export const RELEASE_ORIGIN = `http://127.0.0.1:${RELEASE_PORT}`;
const OURS = [ORIGIN, PARTNER_ORIGIN, RELEASE_ORIGIN].map((origin) => `${origin}/`);

/** The CLI's JSON answer to `delais ARGS` with INPUT on stdin (exit code 1, a line
 *  answered with an `{error}` object, is expected here too). */
function cli(args: string[], input = ''): any {
  if (!existsSync(CLI)) execFileSync('cargo', ['build', '--quiet', '--bin', 'delais'], { stdio: 'inherit' });
  const run = spawnSync(CLI, args, { input });
  if (run.status !== 0 && run.status !== 1) throw new Error(`delais ${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.toString());
}

/** The engine's answer for one request, from `delais estimate` (an `{error}` object
 *  for a bad request). */
export function engine(request: Record<string, unknown>): any {
  return cli(['estimate'], JSON.stringify(request) + '\n');
}

/** The situations that have a date, from the catalogue (`delais services`): every
 *  service whose standard, or the one it refers to, is not a phone's waiting time. */
export function datedServices(): string[] {
  const catalogue = cli(['services']);
  const standards = new Map<string, any>(catalogue.declarations.at(-1).standards.map((s: any) => [s.service, s]));
  return catalogue.services
    .filter((s: any) => {
      const unit = standards.get(s.reference_standard ?? s.id)?.unit;
      return unit !== undefined && unit !== 'minutes';
    })
    .map((s: any) => s.id);
}

export function reexamination(result: any): any {
  return result.recourse.find((r: any) => r.kind === 'reexamination');
}

// Pages on which axe is running: axe-core applies inline styles while it measures,
// which the strict Content-Security-Policy reports; those reports are axe's own.
const axeRunning = new WeakSet<Page>();

/** WCAG 2.2 AA with axe, in the page's current state. */
export async function expectNoAxeViolations(page: Page, state: string) {
  axeRunning.add(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze()
    .finally(() => axeRunning.delete(page));
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations in state "${state}"`).toEqual([]);
}

export async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });
}

/** The host page's iframe `#delais` follows the embed's height messages: no longer the
 *  snippet's first 900 px, and within 2 px of the embedded document's height. */
export async function expectFrameSizedToContent(page: Page) {
  await expect(async () => {
    const inner = await page.frame({ url: /embed\.html/ })!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.locator('#delais').evaluate((el) => (el as HTMLElement).clientHeight);
    expect(outer).not.toBe(900);
    expect(Math.abs(inner - outer)).toBeLessThanOrEqual(2);
  }).toPass({ timeout: 15_000 });
}

/** The ISO date of the headline's target, as printed in <time datetime>. */
export async function printedTarget(page: Page): Promise<string | null> {
  return page.locator('#target time').getAttribute('datetime');
}

/** Every test fails if the page requests anything outside the suite's three origins
 *  (Délais, the partner site, the release test's server), or logs an error. */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!(OURS.some((origin) => url.startsWith(origin)) || /^(data:|blob:)/.test(url))) outside.push(url);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        const axeOwn = axeRunning.has(page) && /Content.Security.Policy/i.test(message.text());
        if (message.type() === 'error' && !axeOwn) errors.push(message.text());
      });
      // index.html shows its prerendered first view at once; the journeys are about the
      // app, so a navigation waits until the app has taken the view's place
      // (e2e/prerender.spec.ts tests the view itself, with `waitUntil: 'commit'`).
      const settle = <T>(navigate: (options?: any) => Promise<T>) => async (options?: any): Promise<T> => {
        const response = await navigate(options);
        if (options?.waitUntil !== 'commit') await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
        return response;
      };
      const goto = page.goto.bind(page);
      page.goto = (url: string, options?: any) => settle((o) => goto(url, o))(options);
      page.reload = settle(page.reload.bind(page));
      page.goBack = settle(page.goBack.bind(page));
      page.goForward = settle(page.goForward.bind(page));
      await use();
      expect(outside, 'requests that left 127.0.0.1').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
