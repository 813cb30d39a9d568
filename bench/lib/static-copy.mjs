// The physical floor: a static copy of a page as the app shows it, saved from the
// rendered app in the same run, so that it is always the current page's HTML and CSS.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, freshContext } from './config.mjs';
import { precompressTree } from './servers.mjs';

// The rendered DOM at `url` once `ready` is in it, without scripts (nor the prerendered
// view's English template), and its CSS, into `dir` with precompressed copies.
export async function saveStaticCopy(browser, base, url, ready, dir) {
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
