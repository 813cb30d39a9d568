// An applicant's journey per situation, in French on a phone (360 px): pick the
// situation, enter the dates, read the dates the engine computes, and axe in every state.
import { engine, expect, expectNoAxeViolations, printedTarget, reexamination, shoot, test } from './support';

test.use({ viewport: { width: 360, height: 780 } });

async function start(page: any, service: string, received: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'empty');
  await page.getByLabel(/Quelle demande avez-vous faite/).selectOption(service);
  await page.getByLabel(/Date de réception de la demande/).fill(received);
  await page.getByLabel(/Date de réception de la demande/).blur();
}

async function decide(page: any, date: string, outcome: RegExp) {
  await page.getByRole('radio', { name: 'Oui' }).check();
  await page.getByLabel(/Date de la décision/).fill(date);
  await page.getByLabel(/Date de la décision/).blur();
  await page.getByRole('radio', { name: outcome }).check();
}

test('CAQ for studies: year-end holidays skipped, then a refusal and its re-examination dates', async ({ page }) => {
  await start(page, 'caq-etudes', '2025-12-19');
  const expected = engine({ service: 'caq-etudes', received: '2025-12-19' });
  expect(await printedTarget(page)).toBe(expected.target);
  await expect(page.locator('#target')).toHaveText(/lundi 26 janvier 2026/);
  await expect(page.getByText(/8\sdemandes sur 10/)).toBeVisible();

  await page.getByText(/Voir les 18\sjours non comptés/).click();
  for (const name of ['Veille de Noël', 'Noël', 'Lendemain de Noël', "Veille du jour de l'An", "Jour de l'An", "Lendemain du jour de l'An"]) {
    await expect(page.locator('.skipped').getByText(new RegExp(`— ${name}$`))).toBeVisible();
  }
  await expectNoAxeViolations(page, 'caq with why list open');

  await decide(page, '2026-02-02', /^Refus/);
  const decided = engine({ service: 'caq-etudes', received: '2025-12-19', decision: { date: '2026-02-02', outcome: 'refusal' } });
  await expect(page.locator('#reexam-deadline')).toHaveAttribute('data-date', reexamination(decided).deadline);
  await expect(page.locator('#mail-by')).toHaveAttribute('data-date', reexamination(decided).mail_by);
  await expect(page.locator('#reexam-deadline')).toHaveText(/dimanche 3 mai 2026/);
  // The Déclaration's condition and page; no form number (no source gives one).
  await expect(page.locator('#reexamination')).toContainText('prise par erreur');
  await expect(page.locator('#reexamination')).toContainText('Demande de réexamen administratif');
  await expect(page.locator('#reexamination')).toContainText('285, rue Notre-Dame Ouest');
  await expect(page.locator('#reexamination')).toContainText("Aucun délai de réponse n'est publié");
  await expect(page.locator('#reexamination')).not.toContainText('A-5000');
  await expectNoAxeViolations(page, 'caq refused');
  await shoot(page, 'applicant-caq-360');
});

test('PEQ: six months from 31 August ends on the last day of February, with the program notes', async ({ page }) => {
  await start(page, 'peq', '2025-08-31');
  const expected = engine({ service: 'peq', received: '2025-08-31' });
  expect(await printedTarget(page)).toBe(expected.target);
  expect(expected.target).toBe('2026-02-28');
  await expect(page.getByText(/aboli le 19\u00a0novembre 2025|aboli le 19 novembre 2025/)).toBeVisible();
  await expect(page.getByText(/9\sdemandes sur 10/)).toBeVisible();
  await expectNoAxeViolations(page, 'peq');
});

test('PSTQ: the PRTQ standard only as a labelled reference; re-examination not confirmed', async ({ page }) => {
  await start(page, 'pstq', '2025-03-03');
  const expected = engine({ service: 'pstq', received: '2025-03-03' });
  expect(await printedTarget(page)).toBe(expected.target);
  await expect(page.locator('#target')).toHaveText(/Repère seulement \(norme de l'ancien PRTQ/);
  await decide(page, '2025-09-01', /^Refus/);
  await expect(page.locator('#reexamination .badge')).toHaveText('Non confirmé');
  await expectNoAxeViolations(page, 'pstq refused');
});

test('PRTQ: six months, replaced-by-PSTQ note', async ({ page }) => {
  await start(page, 'prtq', '2024-05-15');
  expect(await printedTarget(page)).toBe(engine({ service: 'prtq', received: '2024-05-15' }).target);
  await expect(page.getByText(/remplacé par le Programme de sélection des travailleurs qualifiés/)).toBeVisible();
});

test('Family reunification: a refusal goes to the TAQ, with no date computed', async ({ page }) => {
  await start(page, 'regroupement-familial', '2025-06-02');
  expect(await printedTarget(page)).toBe(engine({ service: 'regroupement-familial', received: '2025-06-02' }).target);
  await decide(page, '2025-07-10', /^Refus/);
  await expect(page.getByRole('heading', { name: 'Tribunal administratif du Québec' })).toBeVisible();
  await expect(page.locator('#reexam-deadline')).toHaveCount(0);
  await expect(page.locator('#reexamination .badge')).toHaveText('Non applicable');
  await expectNoAxeViolations(page, 'family refused');
});

test('Comparative evaluation: not re-examined, 365 days to send new documents', async ({ page }) => {
  await start(page, 'evaluation-comparative', '2026-01-12');
  expect(await printedTarget(page)).toBe(engine({ service: 'evaluation-comparative', received: '2026-01-12' }).target);
  await decide(page, '2026-03-20', /^Acceptation/);
  const decided = engine({ service: 'evaluation-comparative', received: '2026-01-12', decision: { date: '2026-03-20', outcome: 'acceptance' } });
  const review = decided.recourse.find((r: any) => r.kind === 'evaluation-review');
  await expect(page.locator('#evaluation-deadline')).toHaveAttribute('data-date', review.deadline);
  await expectNoAxeViolations(page, 'evaluation answered');
});

test('French course: the standard date, the announced delay, published results, reconsideration grounds', async ({ page }) => {
  await start(page, 'francisation-temps-complet', '2026-09-01');
  const expected = engine({ service: 'francisation-temps-complet', received: '2026-09-01' });
  expect(await printedTarget(page)).toBe(expected.target);
  await expect(page.locator('#announced-target time')).toHaveAttribute('datetime', expected.announced_target.date);
  await expect(page.getByText(/67,7\u00a0%|67,7 %/)).toBeVisible();
  await decide(page, '2026-12-01', /^Refus/);
  // No ground yet: never "not eligible"; the page explains what a ground is.
  await expect(page.locator('#reconsideration')).toContainText('Quel est votre motif');
  await expect(page.locator('#reconsideration')).toContainText('Par exemple');
  await expect(page.locator('#reconsideration')).toContainText("Demande de reconsidération d'une décision");
  await expect(page.locator('#reconsideration')).toContainText('1200, boulevard Saint-Laurent');
  await page.getByLabel(/Un autre motif qui pourrait modifier mon admissibilité/).check();
  await expect(page.locator('#reconsideration')).toContainText('Avec ce motif, vous pouvez demander une reconsidération');
  await expect(page).toHaveURL(/grounds=other/);
  await expectNoAxeViolations(page, 'francisation with a ground');
  // An acceptance can be reconsidered too (a course granted, the aid refused).
  await page.getByRole('radio', { name: /^Acceptation/ }).check();
  await expect(page.locator('#reconsideration')).toContainText('Avec ce motif');
  await shoot(page, 'applicant-francisation-360');
});

for (const [service, received] of [['accompagnement-quebec', '2026-06-19'], ['courriel', '2026-12-23'], ['plainte', '2026-03-30']]) {
  test(`${service}: the business-day target matches the engine`, async ({ page }) => {
    await start(page, service, received);
    expect(await printedTarget(page)).toBe(engine({ service, received }).target);
    await expectNoAxeViolations(page, service);
  });
}

test('bad input: messages next to the fields, summary links to them, the rest still computed', async ({ page }) => {
  await page.goto('/?service=caq-etudes&received=2025-12-19&stop=2025-12-01..2025-12-05&decision=2026-02-30&outcome=refusal&colour=blue');
  await expect(page.getByRole('alert')).toContainText('Il y a un problème');
  await expect(page.locator('#decision-date-error')).toContainText("2026-02-30 n'existe pas");
  await expect(page.locator('#stop-1-from-error')).toContainText('avant d\'avoir reçu la demande');
  await expect(page.getByRole('alert')).toContainText('colour=blue');
  expect(await printedTarget(page)).toBe('2026-01-26');
  await expect(page.getByLabel(/Date de la décision/)).toHaveValue('2026-02-30');
  await page.getByRole('link', { name: /2026-02-30/ }).click();
  await expect(page.locator('#decision-date')).toBeFocused();
  await expectNoAxeViolations(page, 'errors');
  await shoot(page, 'applicant-errors-360');
});
