// README's "Embed it" section, followed literally on a blank HTML page: its snippets
// are read from README.md, with the example host replaced by the test server.
import { readFileSync } from 'node:fs';
import { engine, expect, expectFrameSizedToContent, ORIGIN as HOST, test } from './support';

function snippets() {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Embed it'), readme.indexOf('### Content-Security-Policy'));
  const blocks = [...section.matchAll(/```(html|js)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
  // The blank page is on the test server's origin: it is the partner that declares itself.
  const local = (code: string) => code.replaceAll('https://example.org/delais/', `${HOST}/`).replaceAll("'https://example.org'", `'${HOST}'`)
    .replaceAll('https://partner.example', HOST);
  return {
    widget: local(blocks.filter((b) => b.lang === 'html')[0].code),
    iframe: local(blocks.filter((b) => b.lang === 'html')[1].code),
    api: local(blocks.filter((b) => b.lang === 'js')[0].code),
  };
}

test("the README's snippets work on a blank page", async ({ page }) => {
  const { widget, iframe, api } = snippets();
  const blank = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>
${widget}
${iframe}
<script type="module">
${api}
</script>
</body></html>`;
  await page.route(`${HOST}/blank.html`, (route) => route.fulfill({ contentType: 'text/html', body: blank }));
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await page.goto(`${HOST}/blank.html`);

  // The widget: French, the CAQ preselected.
  await page.locator('delais-estimateur #received').fill('2025-12-19');
  await page.locator('delais-estimateur #received').blur();
  await expect(page.locator('delais-estimateur #target time')).toHaveAttribute('datetime', engine({ service: 'caq-etudes', received: '2025-12-19' }).target);
  // The iframe sizes itself from its height messages.
  await expectFrameSizedToContent(page);
  // The JavaScript API logs the target.
  await expect.poll(() => logged).toContain('2026-01-26');
});
