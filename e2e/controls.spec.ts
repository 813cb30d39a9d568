// Back, Forward and a restored link: the controls always show what the answer uses.
// A <select> driven by `selected` attributes would keep showing the person's last pick
// after Back, so the app sets each control's value itself.
import { engine, expect, expectNoAxeViolations, reexamination, test } from './support';

const START = { service: 'caq-etudes', calendar: 'qc-public-service', from: 'quebec' };
const DATES = { received: '2026-01-05', decision: '2026-02-02' };

type Controls = typeof START;

/** The controls, the address and the answer all say `want`. */
async function agree(page: any, want: Controls, step: string) {
  await expect(page.getByLabel(/Quelle demande avez-vous faite/), step).toHaveValue(want.service);
  await expect(page.getByLabel('Calendrier des jours fériés'), step).toHaveValue(want.calendar);
  await expect(page.getByLabel(/D'où enverrez-vous une demande/), step).toHaveValue(want.from);
  const url = new URL(page.url());
  expect(url.searchParams.get('service'), step).toBe(want.service);
  expect(url.searchParams.get('calendar') ?? START.calendar, step).toBe(want.calendar);
  expect(url.searchParams.get('from') ?? START.from, step).toBe(want.from);
  const expected = engine({
    service: want.service, received: DATES.received, calendar: want.calendar, mailing_from: want.from,
    decision: { date: DATES.decision, outcome: 'refusal' },
  });
  await expect(page.locator('#target time'), step).toHaveAttribute('datetime', expected.target);
  await expect(page.locator('#mail-by'), step).toHaveAttribute('data-date', reexamination(expected).mail_by);
}

const JOURNEYS: { control: keyof Controls; label: RegExp | string; values: [string, string] }[] = [
  { control: 'service', label: /Quelle demande avez-vous faite/, values: ['peq', 'prtq'] },
  { control: 'calendar', label: 'Calendrier des jours fériés', values: ['qc-statutory', 'qc-public-service'] },
  { control: 'from', label: /D'où enverrez-vous une demande/, values: ['canada', 'abroad'] },
];

for (const { control, label, values } of JOURNEYS) {
  test(`${control}: two changes, Back twice, Forward twice — controls, address and answer agree`, async ({ page }) => {
    await page.goto(`/?lang=fr&service=${START.service}&received=${DATES.received}&decision=${DATES.decision}&outcome=refusal`);
    await page.getByText('Options pour les intervenants').click();
    const states: Controls[] = [{ ...START }];
    await agree(page, states[0], 'start');
    for (const value of values) {
      await page.getByLabel(label).selectOption(value);
      states.push({ ...states[states.length - 1], [control]: value });
      await agree(page, states[states.length - 1], `after choosing ${value}`);
    }
    await page.goBack();
    await agree(page, states[1], 'Back once');
    await page.goBack();
    await agree(page, states[0], 'Back twice');
    await page.goForward();
    await agree(page, states[1], 'Forward once');
    await page.goForward();
    await agree(page, states[2], 'Forward twice');
    // The bug the issue names: after Back, choosing the same value again must count.
    await page.goBack();
    await agree(page, states[1], 'Back again');
    await page.getByLabel(label).selectOption(values[1]);
    await agree(page, states[2], `choosing ${values[1]} again`);
    await expectNoAxeViolations(page, `${control} after Back and Forward`);
  });
}

test('a language switch keeps every control showing the answer it uses', async ({ page }) => {
  await page.goto(`/?lang=fr&service=peq&received=${DATES.received}&decision=${DATES.decision}&outcome=refusal&from=abroad&calendar=qc-statutory`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('What did you apply for?')).toHaveValue('peq');
  await expect(page.getByLabel('Holiday calendar')).toHaveValue('qc-statutory');
  await expect(page.getByLabel('Where would you mail a request from?')).toHaveValue('abroad');
  await expect(page.getByRole('radio', { name: /^Refusal/ })).toBeChecked();
  await page.goBack();
  await expect(page.getByLabel(/Quelle demande avez-vous faite/)).toHaveValue('peq');
  await expect(page.getByLabel(/D'où enverrez-vous une demande/)).toHaveValue('abroad');
});
