// Types for delais-api.js: the JSON interface of README.md, "The JSON interface".

export type ServiceId =
  | 'caq-etudes' | 'peq' | 'prtq' | 'pstq' | 'regroupement-familial' | 'evaluation-comparative'
  | 'francisation-temps-complet' | 'accompagnement-quebec' | 'courriel' | 'plainte' | 'telephone';

/** A date as `YYYY-MM-DD`, years 1900–2199. */
export type IsoDate = string;

export interface EstimateRequest {
  service: ServiceId;
  received: IsoDate;
  /** Clock stops: documents requested on `from`, received on `to`. */
  pauses?: { from: IsoDate; to: IsoDate }[];
  decision?: { date: IsoDate; outcome: 'refusal' | 'rejection' | 'acceptance' } | null;
  /** The day the status is computed for; no `status` without it. */
  today?: IsoDate | null;
  calendar?: 'qc-public-service' | 'qc-statutory';
  mailing_from?: 'quebec' | 'canada' | 'abroad';
  /** PILI/PAFILI reconsideration grounds: the first three are the Déclaration's examples. */
  grounds?: ('situation-change' | 'initial-error' | 'omitted-fact' | 'other')[];
}

export interface Bilingual {
  [key: `${string}_fr` | `${string}_en`]: string;
}

export interface Source {
  date: string;
  document_fr: string;
  document_en: string;
  section_fr: string;
  section_en: string;
}

export interface Standard {
  service: ServiceId;
  amount: number;
  unit: 'business-days' | 'months' | 'minutes';
  share_percent: number;
  commitment_fr: string;
  commitment_en: string;
  section_fr: string;
  section_en: string;
  /** The Déclaration's footnote to the commitment (Accompagnement Québec's missed appointment). */
  footnote_fr?: string;
  footnote_en?: string;
}

/** A channel the Déclaration gives for writing, calling or mailing the ministry. */
export interface Contact {
  id: string;
  name_fr: string;
  name_en: string;
  purpose_fr: string;
  purpose_en: string;
  phones: { number: string; toll_free: boolean; tty: boolean; area_fr: string | null; area_en: string | null }[];
  /** Opening hours, Montréal time. */
  hours: { text_fr: string; text_en: string }[];
  closed_fr: string | null;
  closed_en: string | null;
  online_form: { url: string | null; name_fr: string; name_en: string } | null;
  fax: string | null;
  /** Postal address, a line per element. */
  post: string[];
  source: Source;
}

export type SkippedDay =
  | { date: IsoDate; reason: 'weekend' }
  | { date: IsoDate; reason: 'holiday'; name_fr: string; name_en: string; observed: boolean }
  | { date: IsoDate; reason: 'clock-stop'; stop: number };

export type Status =
  | { code: 'not-received-yet'; days_until_receipt: number }
  | { code: 'counting'; elapsed: number; remaining: number; unit: Standard['unit'] }
  | { code: 'paused'; elapsed: number; remaining: number; unit: Standard['unit']; stop: { from: IsoDate; to: IsoDate } }
  | { code: 'due-today'; elapsed: number; unit: Standard['unit'] }
  | { code: 'overdue'; calendar_days_late: number; business_days_late: number; next_steps: Standard[]; contacts: Contact[] }
  | { code: 'decided'; decided_on: IsoDate; days_after_target: number };

export type Recourse =
  | {
      kind: 'reexamination';
      /** `null` when not confirmed (PSTQ). */
      eligible: boolean | null;
      reason: string; reason_fr: string; reason_en: string;
      deadline: IsoDate | null;
      deadline_day: 'business' | 'weekend' | 'holiday' | null;
      mail_by: IsoDate | null;
      mailing_from: 'quebec' | 'canada' | 'abroad';
      delivery_business_days: number;
      days_left: number | null;
      /** The ministry's page with the conditions and documents (no form number is published). */
      page: string;
      /** No delay is published for the ministry's answer. */
      answer_delay: null;
      answer_delay_fr: string; answer_delay_en: string;
      condition_fr: string; condition_en: string;
      how_fr: string; how_en: string;
      address: string;
      contact: Contact;
      caveats: { text_fr: string; text_en: string }[];
    }
  | { kind: 'tribunal'; applies: boolean | null; deadline: null; message_fr: string; message_en: string }
  | {
      kind: 'reconsideration';
      /** `true` once a ground is given; `null` before (never `false`: the Déclaration's grounds are examples). */
      eligible: true | null;
      grounds: string[];
      deadline: null;
      answer_delay: null;
      form: string;
      address: string;
      contact: Contact;
      scope_fr: string; scope_en: string;
      grounds_fr: string; grounds_en: string;
      how_fr: string; how_en: string;
    }
  | { kind: 'evaluation-review'; deadline: IsoDate | null; days_left: number | null; address: string; contact: Contact; message_fr: string; message_en: string }
  | { kind: 'complaint'; phone: string; standard: Standard | null; contact: Contact; transfer_fr: string; transfer_en: string };

export interface Warning {
  code: string;
  /** True for the product's own assumptions (docs/rules.md's "decision" items). */
  assumption: boolean;
  message_fr: string;
  message_en: string;
}

export interface EstimateResult {
  service: ServiceId;
  service_name_fr: string;
  service_name_en: string;
  /** Where documents for this request are mailed. */
  documents_to: Contact | null;
  target: IsoDate;
  received: IsoDate;
  calendar: 'qc-public-service' | 'qc-statutory';
  counted_days: number;
  standard: Standard & { declaration: string; reference_only: boolean; source: Source };
  skipped: SkippedDay[];
  clock_stops: { from: IsoDate; to: IsoDate }[];
  announced_target?: { date: IsoDate; extra_business_days: number; since: IsoDate; source: Source; message_fr: string; message_en: string };
  status?: Status;
  decision?: { date: IsoDate; outcome: 'refusal' | 'rejection' | 'acceptance'; days_after_target: number };
  recourse: Recourse[];
  notes: { id: string; from: IsoDate | null; until: IsoDate | null; source: Source; text_fr: string; text_en: string }[];
  published_results: { period: string; source: Source; text_fr: string; text_en: string }[];
  warnings: Warning[];
}

export interface EstimateError {
  error: { code: string; field: string; message_fr: string; message_en: string };
}

export interface Holiday {
  date: IsoDate;
  name_fr: string;
  name_en: string;
  observed: boolean;
}

export interface Catalogue {
  services: { id: ServiceId; group: string; reference_standard: ServiceId | null; documents_to: string | null; name_fr: string; name_en: string; due_by_fr: string; due_by_en: string }[];
  declarations: { id: string; in_force_from: IsoDate; standards: Standard[]; title_fr: string; title_en: string; edition_fr: string; edition_en: string }[];
  contacts: Contact[];
}

/** Loads the engine's Wasm (done by the other functions on first use). */
export function load(): Promise<unknown>;
/** One request → its estimate, or `{ error }`. Never rejects for bad input. */
export function estimate(request: EstimateRequest): Promise<EstimateResult | EstimateError>;
export function services(): Promise<Catalogue>;
export function holidays(
  calendar?: 'qc-public-service' | 'qc-statutory',
  fromYear?: number,
  toYear?: number,
): Promise<Holiday[] | EstimateError>;
