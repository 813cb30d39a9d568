// The rules as of today: the day they were checked, in the footer and the answer's
// sources in both languages, and a request received after its program closed, flagged
// above its target (docs/rules.md §5).
import { engine, expect, expectNoAxeViolations, printedTarget, shoot, test } from './support';

test('the footer and the sources say when the rules were checked, in French and English', async ({ page }) => {
  await page.goto('/?lang=fr');
  await expect(page.getByRole('contentinfo')).toContainText('Règles vérifiées le 7 décembre 2026.');
  await page.goto('/?lang=en');
  await expect(page.getByRole('contentinfo')).toContainText('Rules checked on December 7, 2026.');

  await page.goto('/?lang=en&service=courriel&received=2026-12-01');
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Rules checked on December 7, 2026.');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Règles vérifiées le 7 décembre 2026.');
  await expectNoAxeViolations(page, 'sources with the checked-on date');
});

test('a PEQ request received on 2 March 2026 is flagged closed above its target, which is still given', async ({ page }) => {
  await page.goto('/?lang=fr&service=peq&received=2026-03-02');
  const expected = engine({ service: 'peq', received: '2026-03-02' });
  expect(expected.warnings[0].code).toBe('program-closed');
  expect(await printedTarget(page)).toBe(expected.target);

  const closed = page.locator('#program-closed');
  await expect(closed).toContainText('Programme fermé à cette date');
  await expect(closed).toContainText(expected.warnings[0].message_fr);
  await expect(closed).toContainText('accusé de réception');
  await expect(closed).toContainText('Programme de sélection des travailleurs qualifiés (PSTQ)');
  // Before the target, in the document and on the screen.
  const follows = await closed.evaluate((el) => Boolean(el.compareDocumentPosition(document.getElementById('target')!) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(follows).toBe(true);
  const [closedBox, targetBox] = [await closed.boundingBox(), await page.locator('#target').boundingBox()];
  expect(closedBox!.y + closedBox!.height).toBeLessThanOrEqual(targetBox!.y);
  // Said once: not repeated in the list of warnings.
  await expect(page.getByRole('region', { name: 'Hypothèses et mises en garde' })).not.toContainText('ne recevait plus de demandes');
  await expectNoAxeViolations(page, 'peq received after the program closed');
  await shoot(page, 'rules-peq-closed-fr');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(closed).toContainText('Program closed on that date');
  await expect(closed).toContainText(expected.warnings[0].message_en);
  await expectNoAxeViolations(page, 'peq closed, in English');
});

test('a PEQ request received on 18 November 2025 is not flagged closed', async ({ page }) => {
  await page.goto('/?lang=fr&service=peq&received=2025-11-18');
  await expect(page.locator('#target')).toBeVisible();
  await expect(page.locator('#program-closed')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the summary bar says a closed program\'s date is only the standard\'s', async ({ page }) => {
    await page.goto('/?lang=fr&service=prtq&received=2025-01-10');
    const bar = page.getByRole('region', { name: 'Résumé du résultat' });
    await expect(bar).toContainText('Date cible\u00a0: 10 juillet 2025');
    await expect(bar).toContainText('Programme fermé à cette date');
    await expectNoAxeViolations(page, 'prtq closed on a phone');
    await shoot(page, 'rules-prtq-closed-360');
  });
});
