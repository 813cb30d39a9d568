// Words that do not overpromise (docs/rules.md §4c), read as a person reads them: in
// every situation and in both languages, with a suspension (clock stop), a decision and
// a status past the target, the headline presents a target the ministry aims for, never
// a deadline, and nothing on the page calls the suspension an « interruption ».
import { datedServices, engine, expect, expectNoAxeViolations, printedTarget, shoot, test } from './support';

const SITUATIONS = datedServices();

// Received 5 Jan 2026, documents asked 12 Jan and received 20 Jan; a refusal on
// 2 Nov 2026 and "as of" 1 Dec 2026: every service's target is past by then.
function link(service: string, lang: string) {
  return `/?lang=${lang}&service=${service}&received=2026-01-05&stop=2026-01-12..2026-01-20`
    + '&decision=2026-11-02&outcome=refusal&grounds=other&asof=2026-12-01';
}

test('every situation with a date is checked', () => {
  expect(SITUATIONS.length).toBeGreaterThanOrEqual(10);
  expect(SITUATIONS).not.toContain('telephone');
});

for (const lang of ['fr', 'en']) {
  test(`every situation's headline presents a target, never a deadline (${lang})`, async ({ page }) => {
    for (const service of SITUATIONS) {
      await page.goto(link(service, lang));
      const target = page.locator('#target');
      await expect(target).toBeVisible();
      const headline = (await target.textContent()) ?? '';
      expect(headline, service).not.toMatch(/au plus tard|at the latest/i);
      expect(headline, service).toMatch(lang === 'fr' ? /vise|visée/ : /aim/i);
      await expect(page.locator('.target-label')).toHaveText(lang === 'fr' ? 'Date cible' : 'Target date');
      await expect(page.locator('.share')).toContainText(lang === 'fr' ? 'une cible, pas une promesse' : 'a target, not a promise');
      expect(await printedTarget(page), service).toBe(engine({
        service, received: '2026-01-05', pauses: [{ from: '2026-01-12', to: '2026-01-20' }],
      }).target);
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body, service).not.toMatch(/interruption/i);
      // The suspension is named, with the words of the page's language.
      expect(body, service).toMatch(lang === 'fr' ? /Retirer la suspension 1/ : /Remove suspension 1/);
    }
  });
}

test('past the target, the page gives the channels and their hours', async ({ page }) => {
  await page.goto('/?service=caq-etudes&received=2026-01-05&asof=2026-06-01');
  await expect(page.locator('#status')).toContainText('La date cible est dépassée');
  await expect(page.locator('#status')).toContainText('formulez une plainte');
  const centre = page.locator('#contact-centre-contacts-clientele');
  await expect(centre).toContainText('514 864-9191');
  await expect(centre).toContainText('1 877 864-9191');
  await expect(centre).toContainText('+1 514 864-9191');
  await expect(centre).toContainText('ATS');
  await expect(centre).toContainText('1 866 227-5968');
  await expect(centre).toContainText('Mercredi');
  await expect(centre).toContainText('Fermé pendant les jours fériés');
  await expect(centre.getByRole('link', { name: /1.877.864-9191/ })).toHaveAttribute('href', 'tel:+18778649191');
  const complaint = page.locator('#complaint');
  await expect(complaint).toContainText('1 800 771-0464');
  await expect(complaint).toContainText('514 873-6399');
  await expect(complaint).toContainText('Gestion des plaintes');
  await expect(complaint).toContainText('accusé de réception automatique');
  await expect(page.locator('#contact-direction-enregistrement-evaluation-comparative')).toContainText('285, rue Notre-Dame Ouest');
  await expectNoAxeViolations(page, 'overdue with contacts');
  await shoot(page, 'wording-overdue-contacts');
});

test('Accompagnement Québec: a missed appointment is offered again within the same standard', async ({ page }) => {
  await page.goto('/?lang=en&service=accompagnement-quebec&received=2026-06-19');
  await expect(page.locator('.footnote')).toContainText('a new appointment will be offered within the same standard');
  await expect(page.locator('#contact-centre-contacts-clientele')).toContainText('Client contact centre');
});
