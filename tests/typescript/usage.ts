// A partner's use of the JavaScript API, type-checked against the generated
// static/delais-api.d.ts: if the JSON interface's Rust types change shape, this stops
// compiling. Each line is something README's "As a JavaScript API" promises.
import { estimate, holidays, services } from '../../static/delais-api.js';
import type { ContactJson, EstimateRequest, RecourseJson } from '../../static/delais-api.js';

const request: EstimateRequest = {
  service: 'francisation-temps-complet',
  received: '2025-09-02',
  decision: { date: '2025-10-01', outcome: 'refusal' },
  grounds: ['other'],
  mailing_from: 'abroad',
};

export async function show(): Promise<string> {
  const result = await estimate(request);
  if ('error' in result) return `${result.error.field}: ${result.error.message_en}`;
  const target: string = result.target;
  const lines = [`${result.service_name_en}: ${target} (${result.standard.share_percent}% target)`];
  for (const range of result.skipped) {
    if (range.reason === 'holiday') lines.push(`${range.from} ${range.name_en ?? ''}`);
  }
  if (result.status?.code === 'overdue') {
    lines.push(...result.status.contacts.map((c: ContactJson) => c.name_en));
  }
  for (const entry of result.recourse) lines.push(describe(entry));
  return lines.join('\n');
}

function describe(entry: RecourseJson): string {
  switch (entry.kind) {
    case 'reexamination':
      return `re-examination: arrive by ${entry.deadline ?? 'n/a'}, mail by ${entry.mail_by ?? 'n/a'}, see ${entry.page}`;
    case 'reconsideration': {
      const eligible: boolean | null = entry.eligible;
      return `reconsideration (${entry.form}): ${eligible === null ? entry.grounds_en : 'ground given'}`;
    }
    case 'tribunal':
      return entry.message_en;
    case 'evaluation-review':
      return `new documents by ${entry.deadline ?? 'n/a'} to ${entry.address ?? ''}`;
    case 'complaint':
      return `complaint: ${entry.phone ?? ''}, ${entry.contact?.hours.map((h) => h.text_en).join('; ') ?? ''}`;
  }
}

export async function catalogue(): Promise<number> {
  const all = await services();
  const checkedOn: string = all.checked_on; // the day the rules were last checked, YYYY-MM-DD
  if (!checkedOn) return 0;
  const centre = all.contacts.find((c) => c.id === 'centre-contacts-clientele');
  const tty = centre?.phones.filter((p) => p.tty).map((p) => p.number) ?? [];
  const days = await holidays('qc-public-service', 2026, 2027);
  return Array.isArray(days) ? days.length + tty.length : 0;
}
