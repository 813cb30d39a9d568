// Types for delais-api.js: the JSON interface of README.md, "The JSON interface".
// GENERATED from the Rust types of src/api.rs by tests/typescript.rs: do not edit.
// `DELAIS_BLESS=1 cargo test --test typescript` rewrites it.

/** A situation's stable id (as in URLs). */
export type ServiceId = 'caq-etudes' | 'peq' | 'prtq' | 'pstq' | 'regroupement-familial' | 'evaluation-comparative' | 'francisation-temps-complet' | 'accompagnement-quebec' | 'courriel' | 'plainte' | 'telephone';

export type EstimateRequest = { service: ServiceId, received: string, pauses?: Array<{ from: string; to: string }> | null, decision?: { date: string; outcome: 'refusal' | 'rejection' | 'acceptance' } | null, today?: string | null, calendar?: 'qc-public-service' | 'qc-statutory' | null, mailing_from?: 'quebec' | 'canada' | 'abroad' | null, grounds?: Array<'situation-change' | 'initial-error' | 'omitted-fact' | 'other'> | null, };

/**
 * A date as `YYYY-MM-DD`.
 */
export type IsoDate = string;

/**
 * `{"error": {"code", "field", "message_fr", "message_en"}}`.
 */
export type ErrorJson = { error: ErrorBody, };

export type ErrorBody = { code: string, field: string, message_fr: string, message_en: string, };

export type SourceJson = { date: string, document_fr: string, document_en: string, section_fr: string, section_en: string, };

export type StandardJson = { service: ServiceId, amount: number, unit: 'business-days' | 'months' | 'minutes', share_percent: number, commitment_fr: string, commitment_en: string, section_fr: string, section_en: string, footnote_fr?: string, footnote_en?: string, };

/**
 * The standard applied to a request: the standard, its Déclaration and source.
 */
export type AppliedStandardJson = { declaration: string, reference_only: boolean, source: SourceJson, service: ServiceId, amount: number, unit: 'business-days' | 'months' | 'minutes', share_percent: number, commitment_fr: string, commitment_en: string, section_fr: string, section_en: string, footnote_fr?: string, footnote_en?: string, };

export type PhoneJson = { number: string, toll_free: boolean, tty: boolean, area_fr: string | null, area_en: string | null, };

export type TextJson = { text_fr: string, text_en: string, };

export type OnlineFormJson = { url: string | null, name_fr: string, name_en: string, };

/**
 * A contact of the rules data (docs/rules.md §4b), as `delais services` lists it.
 */
export type ContactJson = { id: string, phones: Array<PhoneJson>, hours: Array<TextJson>, online_form: OnlineFormJson | null, fax: string | null, post: Array<string>, source: SourceJson, name_fr: string, name_en: string, purpose_fr: string, purpose_en: string, closed_fr: string | null, closed_en: string | null, };

/**
 * Consecutive days skipped for the same reason, `from` to `to` included (one day:
 * `from` = `to`).
 */
export type SkippedJson = { from: IsoDate, to: IsoDate, reason: 'weekend' | 'holiday' | 'clock-stop', name_fr?: string, name_en?: string, observed?: boolean, stop?: number, };

export type StopJson = { from: IsoDate, to: IsoDate, };

export type AnnouncedJson = { date: IsoDate, extra_business_days: number, since: IsoDate, source: SourceJson, message_fr: string, message_en: string, };

export type StatusJson = { "code": "not-received-yet", days_until_receipt: number, } | { "code": "counting", elapsed: number, remaining: number, unit: 'business-days' | 'months' | 'minutes', } | { "code": "paused", elapsed: number, remaining: number, unit: 'business-days' | 'months' | 'minutes', stop: StopJson, } | { "code": "due-today", elapsed: number, unit: 'business-days' | 'months' | 'minutes', } | { "code": "overdue", calendar_days_late: number, business_days_late: number, 
/**
 * The e-mail and complaint standards.
 */
next_steps: Array<StandardJson>, 
/**
 * The Centre de contacts clientèle and the complaint channels.
 */
contacts: Array<ContactJson>, } | { "code": "decided", decided_on: IsoDate, days_after_target: number, };

export type DecisionJson = { date: IsoDate, outcome: 'refusal' | 'rejection' | 'acceptance', days_after_target: number, };

export type RecourseJson = { "kind": "reexamination", 
/**
 * `null` when not confirmed (PSTQ).
 */
eligible: boolean | null, reason: string, 
/**
 * The last day for the request to arrive.
 */
deadline: IsoDate | null, deadline_day: 'business' | 'weekend' | 'holiday' | null, mail_by: IsoDate | null, mailing_from: 'quebec' | 'canada' | 'abroad', delivery_business_days: number, days_left: number | null, 
/**
 * The ministry's page to consult (no form number is published).
 */
page: string, 
/**
 * No delay is published for the answer: always `null`.
 */
answer_delay: null, address: string | null, contact: ContactJson | null, reason_fr: string, reason_en: string, condition_fr: string, condition_en: string, how_fr: string, how_en: string, answer_delay_fr: string, answer_delay_en: string, caveats: Array<TextJson>, } | { "kind": "tribunal", applies: boolean | null, 
/**
 * Set by law, read in the decision letter: never computed.
 */
deadline: IsoDate | null, message_fr: string, message_en: string, } | { "kind": "reconsideration", 
/**
 * `true` once a ground is given, `null` before; never `false`.
 */
eligible: boolean | null, grounds: Array<'situation-change' | 'initial-error' | 'omitted-fact' | 'other'>, 
/**
 * None is published: always `null`.
 */
deadline: IsoDate | null, answer_delay: null, form: string, address: string | null, contact: ContactJson | null, scope_fr: string, scope_en: string, grounds_fr: string, grounds_en: string, how_fr: string, how_en: string, } | { "kind": "evaluation-review", deadline: IsoDate | null, days_left: number | null, address: string | null, contact: ContactJson | null, message_fr: string, message_en: string, } | { "kind": "complaint", phone: string | null, standard: StandardJson | null, contact: ContactJson | null, 
/**
 * What happens to a request that is not the complaints team's.
 */
transfer_fr: string, transfer_en: string, };

export type NoteJson = { id: string, from: IsoDate | null, until: IsoDate | null, source: SourceJson, text_fr: string, text_en: string, };

export type PublishedResultJson = { period: string, source: SourceJson, text_fr: string, text_en: string, };

export type WarningJson = { code: string, 
/**
 * True for the project's own assumptions (docs/rules.md, "Assumption (ours)").
 */
assumption: boolean, message_fr: string, message_en: string, };

/**
 * The engine's whole answer for one request.
 */
export type EstimateJson = { service: ServiceId, target: IsoDate, received: IsoDate, calendar: string, counted_days: number, standard: AppliedStandardJson, skipped: Array<SkippedJson>, clock_stops: Array<StopJson>, service_name_fr: string, service_name_en: string, 
/**
 * Where documents for this request are mailed.
 */
documents_to: ContactJson | null, announced_target?: AnnouncedJson, status?: StatusJson, decision?: DecisionJson, recourse: Array<RecourseJson>, notes: Array<NoteJson>, published_results: Array<PublishedResultJson>, warnings: Array<WarningJson>, };

export type ServiceJson = { id: ServiceId, group: string, reference_standard: string | null, documents_to: string | null, name_fr: string, name_en: string, due_by_fr: string, due_by_en: string, };

export type DeclarationJson = { id: string, in_force_from: IsoDate, standards: Array<StandardJson>, title_fr: string, title_en: string, edition_fr: string, edition_en: string, };

/**
 * `delais services`: the catalogue as JSON.
 */
export type ServicesJson = { 
/**
 * The day the rules were last checked against the ministry's pages.
 */
checked_on: IsoDate, services: Array<ServiceJson>, declarations: Array<DeclarationJson>, contacts: Array<ContactJson>, };

/**
 * One day off, as `delais holidays` prints it.
 */
export type HolidayJson = { date: IsoDate, name_fr: string, name_en: string, observed: boolean, };

export type EstimateResult = EstimateJson;
export type EstimateError = ErrorJson;
export type Catalogue = ServicesJson;
export type Holiday = HolidayJson;

/** Loads the engine's Wasm (done by the other functions on first use). */
export function load(): Promise<unknown>;
/** One request → its estimate, or `{ error }`. Never rejects for bad input. */
export function estimate(request: EstimateRequest): Promise<EstimateResult | EstimateError>;
/** The rules catalogue: the day its rules were checked, services, Déclarations and contacts. */
export function services(): Promise<Catalogue>;
/** Every day off (weekends excluded) of the years, or `{ error }`. */
export function holidays(
  calendar?: 'qc-public-service' | 'qc-statutory',
  fromYear?: number,
  toYear?: number,
): Promise<Holiday[] | EstimateError>;
