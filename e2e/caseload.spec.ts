// A counsellor's caseload (dossiers.html): a spreadsheet's CSV opened in the browser,
// every row's dates as `delais caseload` computes them, exports that re-open as the same
// table, a calendar with stable UIDs, pasted cells, keyboard filters and sorting, axe
// in every state, and screenshots of the loaded table.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, shoot, test } from './support';

const SIXTY = 'tests/fixtures/caseload-60.csv';
const FRENCH_EXCEL = 'tests/fixtures/caseload-fr-excel.csv';
const AS_OF = '2026-03-10';
const CLI = 'target/debug/delais';

/** `delais caseload --as-of 2026-03-10 --lang LANG < file`: the export as bytes. */
function cli(file: string, lang: 'fr' | 'en'): Buffer {
  if (!existsSync(CLI)) execFileSync('cargo', ['build', '--quiet', '--bin', 'delais'], { stdio: 'inherit' });
  const run = spawnSync(CLI, ['caseload', '--as-of', AS_OF, '--lang', lang], { input: readFileSync(file) });
  if (run.status !== 0 && run.status !== 1) throw new Error(`delais caseload failed: ${run.stderr}`);
  return run.stdout;
}

/** Cells of a CSV export (the `csv` rules the export follows: quotes only where needed). */
function parseCsv(bytes: Buffer, separator: string): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function open(page: Page, lang: 'fr' | 'en' = 'fr') {
  await page.goto(lang === 'en' ? '/dossiers.html?lang=en' : '/dossiers.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Caseload table' : 'Tableau des dossiers');
}

async function setAsOf(page: Page, label: string, date: string) {
  const field = page.getByLabel(label);
  await field.fill(date);
  await field.press('Enter');
  await field.blur();
}

async function downloaded(page: Page, name: string | RegExp): Promise<[Download, Buffer]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return [download, readFileSync((await download.path())!)];
}

/** The table's rows as text, as a person reads them (header cell, then data cells). */
async function tableText(page: Page): Promise<string[][]> {
  return page.locator('table.caseload tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim())));
}

test('the 60-row fixture: every row as `delais caseload` computes it, 6 errors named, summary announced', async ({ page }) => {
  await open(page);
  await expectNoAxeViolations(page, 'caseload empty');
  await page.getByLabel('Ouvrir un fichier CSV').setInputFiles(SIXTY);
  await expect(page.getByRole('status')).toContainText('60 dossiers au');
  await setAsOf(page, 'Date du tableau', AS_OF);
  const summary = page.getByRole('status');
  await expect(summary).toContainText('60 dossiers au 10 mars 2026');
  await expect(summary).toContainText('6 lignes avec erreur');

  // The CLI's export for the same file and day, row by row (the input's order).
  const expected = parseCsv(cli(SIXTY, 'fr'), ',');
  const header = expected[0];
  const target = header.indexOf('date cible');
  const error = header.indexOf('erreur');
  const byLabel = new Map(expected.slice(1).map((row) => [row[0], row]));

  // Two pages of 50 rows: the page never holds the whole table.
  const seen = new Set<string>();
  for (let pageNumber = 0; pageNumber < 2; pageNumber++) {
    const rows = await tableText(page);
    expect(rows.length).toBeLessThanOrEqual(50);
    for (const cells of rows) {
      const row = byLabel.get(cells[0])!;
      expect(row, cells[0]).toBeTruthy();
      seen.add(cells[0]);
      if (row[error]) {
        expect(cells[2].replace(/\s+/g, ' ')).toBe(row[error].replace(/\s+/g, ' '));
      } else {
        expect(cells[3], `${cells[0]}: target`).toBe(row[target]);
      }
    }
    if (pageNumber === 0) await page.getByRole('button', { name: 'Page suivante' }).click();
  }
  expect(seen.size).toBe(60);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/La ligne 25 a des dates écrites comme/)).toBeVisible();
  await expectNoAxeViolations(page, 'caseload loaded, with errors');

  // The page's export is the CLI's, byte for byte.
  const [download, bytes] = await downloaded(page, 'Exporter le tableau (CSV)');
  expect(download.suggestedFilename()).toBe('dossiers-2026-03-10.csv');
  expect(bytes.equals(cli(SIXTY, 'fr'))).toBe(true);
});

test('export, re-import: the same table; the calendar parses and keeps its UIDs', async ({ page }) => {
  await open(page, 'en');
  await page.getByLabel('Open a CSV file').setInputFiles(SIXTY);
  await setAsOf(page, 'Table date', AS_OF);
  await expect(page.getByRole('status')).toContainText('60 files as of March 10, 2026');
  const before = await tableText(page);
  const [, csv] = await downloaded(page, 'Export the table (CSV)');
  const [ics, icsBytes] = await downloaded(page, 'Export the deadlines (.ics)');
  expect(ics.suggestedFilename()).toBe('caseload-2026-03-10.ics');

  // Every input column and row kept, then the computed columns in English.
  const rows = parseCsv(csv, ',');
  expect(rows[0]).toEqual(['file', 'service', 'received', 'pauses', 'decision_date', 'outcome', 'mailing_from', 'grounds',
    'calendar', 'notes', 'phone', 'target date', 'status', 're-examination deadline', 'mail by', 'error']);
  expect(rows.length).toBe(61);
  expect(rows[5][9]).toBe('Line one\nline two');

  await page.getByLabel('Open a CSV file').setInputFiles({ name: 'caseload-2026-03-10.csv', mimeType: 'text/csv', buffer: csv });
  await expect(page.getByRole('status')).toContainText('60 files as of March 10, 2026');
  expect(await tableText(page)).toEqual(before);
  const [, again] = await downloaded(page, 'Export the deadlines (.ics)');

  const events = (text: string) => text.split('BEGIN:VEVENT').slice(1).map((event) => ({
    uid: /\r\nUID:([^\r]+)\r\n/.exec(event)?.[1],
    start: /\r\nDTSTART;VALUE=DATE:(\d{8})\r\n/.exec(event)?.[1],
    summary: /\r\nSUMMARY:([^\r]+)\r\n/.exec(event)?.[1],
  }));
  const first = events(icsBytes.toString('utf8'));
  expect(icsBytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  // One event per deadline of each answered file (as `tests/caseload.rs` counts them).
  expect(first.length).toBe(47);
  for (const event of first) {
    expect(event.uid).toMatch(/^[a-z-]+-[0-9a-f]{16}(-\d+)?@delais-caseload$/);
    expect(event.start).toMatch(/^20\d{6}$/);
    expect(event.summary).toMatch(/ — (D-\d{4})$/);
  }
  expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
  expect(events(again.toString('utf8')).map((e) => e.uid)).toEqual(first.map((e) => e.uid));
  expect(icsBytes.toString('utf8')).not.toContain('514-555');
});

test('a French Excel CSV (Windows-1252, ;, CRLF) and English UTF-8 with extra columns', async ({ page }) => {
  await open(page);
  await page.getByLabel('Ouvrir un fichier CSV').setInputFiles(FRENCH_EXCEL);
  await setAsOf(page, 'Date du tableau', AS_OF);
  await expect(page.getByRole('status')).toContainText('7 dossiers au 10 mars 2026 : 2 en retard');
  await expect(page.getByRole('rowheader', { name: 'Élodie T.' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Benoît K.' })).toBeVisible();
  const [, bytes] = await downloaded(page, 'Exporter le tableau (CSV)');
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
  const rows = parseCsv(bytes, ';');
  expect(rows[0].slice(0, 11)).toEqual(['Dossier', 'Service', 'Reçue le', 'Suspensions', 'Date de décision', 'Décision',
    'Envoi depuis', 'Motifs', 'Calendrier', 'Téléphone', 'Prochaine rencontre']);
  expect(rows[6][10]).toBe('« urgent; rappeler »');
  expect(bytes.equals(cli(FRENCH_EXCEL, 'fr'))).toBe(true);

  // The language switch keeps the table; the address holds the language only.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/dossiers\.html\?lang=en$/);
  await expect(page.getByRole('status')).toContainText('7 files as of March 10, 2026: 2 overdue');
  await expect(page.getByRole('rowheader', { name: 'Élodie T.' })).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/dossiers\.html$/);
});

test('cells pasted from a spreadsheet (tab-separated)', async ({ page }) => {
  await open(page, 'en');
  await page.getByLabel('Or paste cells copied from a spreadsheet').fill(
    'file\tservice\treceived\tdecision_date\toutcome\tnext call\n' +
    'A-1\tcaq-etudes\t2025-12-19\t\t\tMonday\n' +
    'A-2\tPEQ\t2026-01-05\t2026-02-16\trefusal\t\n' +
    'A-3\tvisa\t2026-01-05\t\t\t\n');
  await page.getByRole('button', { name: 'Read the pasted cells' }).click();
  await setAsOf(page, 'Table date', AS_OF);
  await expect(page.getByRole('status')).toHaveText('3 files as of March 10, 2026: 1 overdue, 0 deadlines within 14 days, 1 row with errors.');
  const rows = await tableText(page);
  expect(rows.find((r) => r[0] === 'A-1')?.[3]).toBe('2026-01-26');
  expect(rows.find((r) => r[0] === 'A-3')?.[2]).toBe('Row 4, column “service”: “visa” is not a known situation. Write its id (caq-etudes, peq, pstq…) or its name.');
  // The open link carries the row to the one-file page, through the app's own address.
  const link = page.getByRole('link', { name: /Open file A-2/ });
  await expect(link).toHaveAttribute('href', './?lang=en&service=peq&received=2026-01-05&decision=2026-02-16&outcome=refusal&asof=2026-03-10');
  await expect(link).toHaveAttribute('target', '_blank');
});

test('filters and sorting by keyboard; axe when filtered', async ({ page }) => {
  await open(page);
  await page.getByLabel('Ouvrir un fichier CSV').setInputFiles(SIXTY);
  await setAsOf(page, 'Date du tableau', AS_OF);
  const status = page.getByRole('status');
  await expect(status).toContainText('au 10 mars 2026');
  const overdue = Number(/(\d+) en retard/.exec((await status.textContent()) ?? '')![1]);

  // The filters are radio buttons: Tab into the group, arrows move and choose.
  await page.getByRole('radio', { name: /^Tous/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^En retard/ })).toBeChecked();
  expect((await tableText(page)).length).toBe(overdue);
  for (const row of await tableText(page)) expect(row[4]).toMatch(/^en retard de \d+ jours?$/);
  await expectNoAxeViolations(page, 'caseload filtered: overdue');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Avec erreur/ })).toBeChecked();
  expect((await tableText(page)).length).toBe(6);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /^Tous/ })).toBeChecked();

  // Sorted by the next deadline by default; the target column by keyboard, then reversed.
  await expect(page.getByRole('columnheader', { name: /Prochaine échéance/ })).toHaveAttribute('aria-sort', 'ascending');
  const sortTarget = page.getByRole('button', { name: /^Date cible/ });
  await sortTarget.focus();
  await page.keyboard.press('Enter');
  const targetHeader = page.getByRole('columnheader', { name: /Date cible/ });
  await expect(targetHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: /Prochaine échéance/ })).not.toHaveAttribute('aria-sort');
  const targets = (await tableText(page)).map((r) => r[3]).filter((d) => /^\d{4}-/.test(d));
  expect(targets).toEqual([...targets].sort());
  await page.keyboard.press('Space');
  await expect(targetHeader).toHaveAttribute('aria-sort', 'descending');
  const reversed = (await tableText(page)).map((r) => r[3]).filter((d) => /^\d{4}-/.test(d));
  expect(reversed).toEqual([...reversed].sort().reverse());
});

test('a workbook, an empty file, a header without the columns: one message each, the table kept', async ({ page }) => {
  await open(page);
  await page.getByLabel('Ouvrir un fichier CSV').setInputFiles(FRENCH_EXCEL);
  await expect(page.getByRole('status')).toContainText('7 dossiers');
  const file = page.getByLabel('Ouvrir un fichier CSV');
  await file.setInputFiles({ name: 'dossiers.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04\x14\x00\x06\x00rest', 'latin1') });
  await expect(page.getByRole('alert')).toContainText('Enregistrez le classeur en CSV');
  await expect(page.getByRole('rowheader', { name: 'Élodie T.' })).toBeVisible();
  await expectNoAxeViolations(page, 'caseload file error');
  await file.setInputFiles({ name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(page.getByRole('alert')).toContainText('Le fichier est vide');
  await file.setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('nom;date\nA;2026-01-05\n') });
  await expect(page.getByRole('alert')).toContainText('Il manque la colonne');
});

test('the main page links to the caseload; the template and the example', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Plusieurs dossiers ? Ouvrir le tableau des dossiers' }).click();
  await expect(page).toHaveURL(/\/dossiers\.html$/);
  const [template, bytes] = await downloaded(page, /Télécharger le modèle/);
  expect(template.suggestedFilename()).toBe('modele-dossiers.csv');
  expect(bytes.toString('utf8')).toMatch(/^\uFEFFdossier;service;reçue le;suspensions;date de décision;décision;envoi depuis;motifs;calendrier\r\n/);
  await page.getByRole('button', { name: 'Essayer avec un exemple' }).click();
  await expect(page.getByRole('status')).toContainText('7 dossiers');
});

test('screenshots of the loaded table at 1280 and 360 px', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await page.getByLabel('Ouvrir un fichier CSV').setInputFiles(SIXTY);
    await setAsOf(page, 'Date du tableau', AS_OF);
    await expect(page.getByRole('status')).toContainText('au 10 mars 2026');
    // The table scrolls sideways in its own region; the page never does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shoot(page, `caseload-${width}`);
    await page.getByRole('table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/artifacts/caseload-${width}-table.png` });
  }
});

test('print: the table alone, every row of the group', async ({ page }) => {
  await open(page);
  await page.getByLabel('Ouvrir un fichier CSV').setInputFiles(SIXTY);
  await setAsOf(page, 'Date du tableau', AS_OF);
  await expect(page.getByRole('status')).toContainText('au 10 mars 2026');
  await page.evaluate(() => {
    (window as any).print = () => { (window as any).printedRows = document.querySelectorAll('tbody tr').length; };
  });
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect.poll(() => page.evaluate(() => (window as any).printedRows)).toBe(60);
  expect((await tableText(page)).length).toBe(50);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table')).toBeVisible();
  for (const hidden of [page.getByRole('banner'), page.getByLabel('Ouvrir un fichier CSV'), page.getByRole('button', { name: 'Imprimer' }), page.getByRole('link', { name: /Ouvrir le dossier/ }).first()]) {
    await expect(hidden).toBeHidden();
  }
  await shoot(page, 'caseload-print');
});
