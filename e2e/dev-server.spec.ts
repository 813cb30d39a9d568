// `make dev-serve` (scripts/dev-server.py) sends the headers of deploy/, so the page
// works there as under nginx: a shared link's answer, with the inline language script
// allowed by the page's policy and no CSP violation logged.
import { spawn } from 'node:child_process';
import { test, expect } from '@playwright/test';

test('under the development server, a shared link logs no CSP violation', async ({ page }) => {
  // Port 0: the system picks a free one, which the server prints.
  const server = spawn('python3', ['scripts/dev-server.py', '--port', '0', '--dir', 'dist']);
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk) => {
        const listening = /serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(String(chunk));
        if (listening) resolve(listening[1]);
      });
      server.on('exit', (code) => reject(new Error(`scripts/dev-server.py exited with ${code}`)));
    });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const response = await page.goto(`${origin}/?lang=en&service=caq-etudes&received=2025-12-19&decision=2026-02-02&outcome=refusal`);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    // The inline script chose the address's language before the app; then the app answers.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#target time')).toHaveAttribute('datetime', '2026-01-26');
    await expect(page.locator('#reexam-deadline')).toBeVisible();
    expect(problems, 'console errors and CSP reports').toEqual([]);
  } finally {
    server.kill();
  }
});
