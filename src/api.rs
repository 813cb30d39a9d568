//! The JSON interface shared by the CLI (`delais estimate`) and the JavaScript API:
//! one request object in, one result object (or `{"error": …}`) out. README.md
//! documents the fields; the types below are that document in Rust, with serde.
//!
//! A bilingual text is two fields, `name_fr` and `name_en`, so a script reads one
//! language without knowing the other.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use crate::engine::recourse::{
    COMPLAINT_TRANSFER, EVALUATION_REVIEW_TEXT, RECONSIDERATION_FORM, RECONSIDERATION_GROUNDS, RECONSIDERATION_HOW, RECONSIDERATION_SCOPE,
    REEXAMINATION_ANSWER_DELAY, REEXAMINATION_CAVEATS, REEXAMINATION_CONDITION, REEXAMINATION_HOW, REEXAMINATION_PAGE,
    TRIBUNAL_TEXT,
};
use crate::engine::rules::{
    Contact, Group, Source, Standard, COMPLAINTS, CONTACT_CENTRE, IMMIGRATION_FILES, RECONSIDERATION,
    REEXAMINATION_SERVICE,
};
use crate::engine::{
    estimate, parse_date, within_horizon_year, CalendarId, Catalogue, ClockStop, DayKind, Decision, Estimate, Field,
    Ground, InputError, MailingOrigin, Outcome, Recourse, Request, SkipReason, SkippedRange, Status,
};
use crate::i18n::{iso, Lang, Text};

// ---------------------------------------------------------------------------------
// In: one request object. Unknown fields are skipped; `null` is the same as absent.
// Each field is read as a loose JSON value first, so a wrong type is reported on the
// field's own path (`pauses[2].to`), not as a parser position.
// ---------------------------------------------------------------------------------

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), ts(rename = "EstimateRequest"))]
pub struct RequestJson {
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceId"))]
    pub service: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "string"))]
    pub received: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Array<{ from: string; to: string }> | null", optional))]
    pub pauses: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "{ date: string; outcome: 'refusal' | 'rejection' | 'acceptance' } | null", optional))]
    pub decision: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "string | null", optional))]
    pub today: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'qc-public-service' | 'qc-statutory' | null", optional))]
    pub calendar: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'quebec' | 'canada' | 'abroad' | null", optional))]
    pub mailing_from: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Array<'situation-change' | 'initial-error' | 'omitted-fact' | 'other'> | null", optional))]
    pub grounds: Value,
}

/// The longest request read, in bytes: the CLI's line and the JavaScript API's request.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// Answers one request line: the result's JSON text, or the error's.
pub fn estimate_line(catalogue: &Catalogue, line: &str) -> Result<String, String> {
    let request = parse_request(line).map_err(|e| to_json(&error_json(&e)))?;
    let result = estimate(catalogue, &request).map_err(|e| to_json(&error_json(&e)))?;
    Ok(to_json(&estimate_json(&result)))
}

/// The request a JSON text describes. Unknown fields are skipped unread (serde's
/// `IgnoredAny`), whatever they hold: a number past any float, deep nesting.
pub fn parse_request(line: &str) -> Result<Request, InputError> {
    if line.len() > MAX_REQUEST_BYTES {
        return Err(InputError::RequestTooLarge { limit: MAX_REQUEST_BYTES });
    }
    if !line.trim_start_matches([' ', '\t', '\n', '\r']).starts_with('{') {
        // JSON, but not an object (an array would otherwise be read as the fields in order).
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(line) {
            Ok(_) => InputError::WrongType(Field::Request),
            Err(error) => malformed(&error),
        });
    }
    let json: RequestJson = serde_json::from_str(line).map_err(|e| malformed(&e))?;
    request_from_json(json)
}

/// The parser's complaint, which names what it expected and where, never the input.
fn malformed(error: &serde_json::Error) -> InputError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => InputError::MalformedJson(error.to_string()),
        // Only a field given twice gets here: said in our words, so that nothing is echoed.
        Category::Data => InputError::MalformedJson(format!("a field given twice at line {} column {}", error.line(), error.column())),
    }
}

/// The request a parsed JSON value describes.
pub fn request_from_value(value: Value) -> Result<Request, InputError> {
    if !value.is_object() {
        return Err(InputError::WrongType(Field::Request));
    }
    let json: RequestJson = serde_json::from_value(value).map_err(|_| InputError::WrongType(Field::Request))?;
    request_from_json(json)
}

fn request_from_json(json: RequestJson) -> Result<Request, InputError> {
    let service = required_str(&json.service, Field::Service)?;
    let received = parse_date(Field::Received, required_str(&json.received, Field::Received)?)?;
    let mut request = Request::new(service, received);

    match &json.pauses {
        Value::Null => {}
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                if !item.is_object() {
                    return Err(InputError::WrongType(Field::StopFrom(index)));
                }
                let from = required_str(&item["from"], Field::StopFrom(index))?;
                let to = required_str(&item["to"], Field::StopTo(index))?;
                request.clock_stops.push(ClockStop {
                    from: parse_date(Field::StopFrom(index), from)?,
                    to: parse_date(Field::StopTo(index), to)?,
                });
            }
        }
        _ => return Err(InputError::WrongType(Field::StopFrom(0))),
    }
    match &json.decision {
        Value::Null => {}
        decision @ Value::Object(_) => {
            let date = parse_date(Field::DecisionDate, required_str(&decision["date"], Field::DecisionDate)?)?;
            let outcome = required_str(&decision["outcome"], Field::Outcome)?;
            let outcome = Outcome::from_code(outcome).ok_or_else(|| InputError::UnknownOutcome(outcome.to_string()))?;
            request.decision = Some(Decision { date, outcome });
        }
        _ => return Err(InputError::WrongType(Field::DecisionDate)),
    }
    if let Some(today) = optional_str(&json.today, Field::Today)? {
        request.today = Some(parse_date(Field::Today, today)?);
    }
    if let Some(calendar) = optional_str(&json.calendar, Field::Calendar)? {
        request.calendar =
            CalendarId::from_code(calendar).ok_or_else(|| InputError::UnknownCalendar(calendar.to_string()))?;
    }
    if let Some(origin) = optional_str(&json.mailing_from, Field::MailingFrom)? {
        request.mailing_from =
            MailingOrigin::from_code(origin).ok_or_else(|| InputError::UnknownMailingOrigin(origin.to_string()))?;
    }
    match &json.grounds {
        Value::Null => {}
        Value::Array(items) => {
            for item in items {
                let code = item.as_str().ok_or(InputError::WrongType(Field::Grounds))?;
                let ground = Ground::from_code(code).ok_or_else(|| InputError::UnknownGround(code.to_string()))?;
                if !request.grounds.contains(&ground) {
                    request.grounds.push(ground);
                }
            }
        }
        _ => return Err(InputError::WrongType(Field::Grounds)),
    }
    Ok(request)
}

fn required_str(value: &Value, field: Field) -> Result<&str, InputError> {
    optional_str(value, field)?.ok_or(InputError::MissingField(field))
}

fn optional_str(value: &Value, field: Field) -> Result<Option<&str>, InputError> {
    match value {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text)),
        _ => Err(InputError::WrongType(field)),
    }
}

// ---------------------------------------------------------------------------------
// Out.
// ---------------------------------------------------------------------------------

/// Any of the interface's answers as JSON text.
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Cannot fail: every type here has string keys and infallible fields.
    serde_json::to_string(value).unwrap_or_default()
}

/// A date as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(type = "string"))]
pub struct IsoDate(pub NaiveDate);

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&iso(self.0))
    }
}

fn dates(date: Option<NaiveDate>) -> Option<IsoDate> {
    date.map(IsoDate)
}

/// `{"error": {"code", "field", "message_fr", "message_en"}}`.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ErrorJson {
    pub error: ErrorBody,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub code: &'static str,
    pub field: String,
    pub message_fr: String,
    pub message_en: String,
}

pub fn error_json(error: &InputError) -> ErrorJson {
    ErrorJson {
        error: ErrorBody {
            code: error.code(),
            field: error.field().path(),
            message_fr: error.message(Lang::Fr),
            message_en: error.message(Lang::En),
        },
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct SourceJson {
    pub date: &'static str,
    pub document_fr: &'static str,
    pub document_en: &'static str,
    pub section_fr: &'static str,
    pub section_en: &'static str,
}

impl From<&Source> for SourceJson {
    fn from(source: &Source) -> Self {
        SourceJson {
            date: source.date,
            document_fr: source.document.fr,
            document_en: source.document.en,
            section_fr: source.section.fr,
            section_en: source.section.en,
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct StandardJson {
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceId"))]
    pub service: &'static str,
    pub amount: u32,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'business-days' | 'months' | 'minutes'"))]
    pub unit: &'static str,
    pub share_percent: u8,
    pub commitment_fr: &'static str,
    pub commitment_en: &'static str,
    pub section_fr: &'static str,
    pub section_en: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub footnote_fr: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub footnote_en: Option<&'static str>,
}

impl From<&Standard> for StandardJson {
    fn from(standard: &Standard) -> Self {
        StandardJson {
            service: standard.service,
            amount: standard.amount,
            unit: standard.unit.code(),
            share_percent: standard.share_percent,
            commitment_fr: standard.commitment.fr,
            commitment_en: standard.commitment.en,
            section_fr: standard.section.fr,
            section_en: standard.section.en,
            footnote_fr: standard.footnote.map(|t| t.fr),
            footnote_en: standard.footnote.map(|t| t.en),
        }
    }
}

/// The standard applied to a request: the standard, its Déclaration and source.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct AppliedStandardJson {
    #[serde(flatten)]
    pub standard: StandardJson,
    pub declaration: &'static str,
    pub reference_only: bool,
    pub source: SourceJson,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct PhoneJson {
    pub number: &'static str,
    pub toll_free: bool,
    pub tty: bool,
    pub area_fr: Option<&'static str>,
    pub area_en: Option<&'static str>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct TextJson {
    pub text_fr: &'static str,
    pub text_en: &'static str,
}

impl From<Text> for TextJson {
    fn from(text: Text) -> Self {
        TextJson { text_fr: text.fr, text_en: text.en }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct OnlineFormJson {
    pub url: Option<&'static str>,
    pub name_fr: &'static str,
    pub name_en: &'static str,
}

/// A contact of the rules data (docs/rules.md §4b), as `delais services` lists it.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ContactJson {
    pub id: &'static str,
    pub phones: Vec<PhoneJson>,
    pub hours: Vec<TextJson>,
    pub online_form: Option<OnlineFormJson>,
    pub fax: Option<&'static str>,
    pub post: &'static [&'static str],
    pub source: SourceJson,
    pub name_fr: &'static str,
    pub name_en: &'static str,
    pub purpose_fr: &'static str,
    pub purpose_en: &'static str,
    pub closed_fr: Option<&'static str>,
    pub closed_en: Option<&'static str>,
}

impl From<&Contact> for ContactJson {
    fn from(contact: &Contact) -> Self {
        ContactJson {
            id: contact.id,
            phones: contact
                .phones
                .iter()
                .map(|p| PhoneJson {
                    number: p.number,
                    toll_free: p.toll_free,
                    tty: p.tty,
                    area_fr: p.area.map(|a| a.fr),
                    area_en: p.area.map(|a| a.en),
                })
                .collect(),
            hours: contact.hours.iter().map(|h| TextJson::from(*h)).collect(),
            online_form: contact.online_form.map(|form| OnlineFormJson {
                url: form.url,
                name_fr: form.name.fr,
                name_en: form.name.en,
            }),
            fax: contact.fax,
            post: contact.post,
            source: (&contact.source).into(),
            name_fr: contact.name.fr,
            name_en: contact.name.en,
            purpose_fr: contact.purpose.fr,
            purpose_en: contact.purpose.en,
            closed_fr: contact.closed.map(|t| t.fr),
            closed_en: contact.closed.map(|t| t.en),
        }
    }
}

/// The official contact `id` (`None` if a custom catalogue lacks it).
fn contact_by_id(id: &str) -> Option<ContactJson> {
    Catalogue::OFFICIAL.contact(id).map(ContactJson::from)
}

/// A contact's postal address as one text, a line per element.
fn postal_address(id: &str) -> Option<String> {
    Catalogue::OFFICIAL.contact(id).map(|c| c.post.join("\n"))
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
/// Consecutive days skipped for the same reason, `from` to `to` included (one day:
/// `from` = `to`).
pub struct SkippedJson {
    pub from: IsoDate,
    pub to: IsoDate,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'weekend' | 'holiday' | 'clock-stop'"))]
    pub reason: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub name_fr: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub name_en: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub observed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub stop: Option<usize>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct StopJson {
    pub from: IsoDate,
    pub to: IsoDate,
}

impl From<&ClockStop> for StopJson {
    fn from(stop: &ClockStop) -> Self {
        StopJson { from: IsoDate(stop.from), to: IsoDate(stop.to) }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct AnnouncedJson {
    pub date: IsoDate,
    pub extra_business_days: u32,
    pub since: IsoDate,
    pub source: SourceJson,
    pub message_fr: &'static str,
    pub message_en: &'static str,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum StatusJson {
    NotReceivedYet {
        days_until_receipt: i64,
    },
    Counting {
        elapsed: u32,
        remaining: u32,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'business-days' | 'months' | 'minutes'"))]
        unit: &'static str,
    },
    Paused {
        elapsed: u32,
        remaining: u32,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'business-days' | 'months' | 'minutes'"))]
        unit: &'static str,
        stop: StopJson,
    },
    DueToday {
        elapsed: u32,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'business-days' | 'months' | 'minutes'"))]
        unit: &'static str,
    },
    Overdue {
        calendar_days_late: i64,
        business_days_late: u32,
        /// The e-mail and complaint standards.
        next_steps: Vec<StandardJson>,
        /// The Centre de contacts clientèle and the complaint channels.
        contacts: Vec<ContactJson>,
    },
    Decided {
        decided_on: IsoDate,
        days_after_target: i64,
    },
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct DecisionJson {
    pub date: IsoDate,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'refusal' | 'rejection' | 'acceptance'"))]
    pub outcome: &'static str,
    pub days_after_target: i64,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RecourseJson {
    Reexamination {
        /// `null` when not confirmed (PSTQ).
        eligible: Option<bool>,
        reason: &'static str,
        /// The last day for the request to arrive.
        deadline: Option<IsoDate>,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'business' | 'weekend' | 'holiday' | null"))]
        deadline_day: Option<&'static str>,
        mail_by: Option<IsoDate>,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "'quebec' | 'canada' | 'abroad'"))]
        mailing_from: &'static str,
        delivery_business_days: u32,
        days_left: Option<i64>,
        /// The ministry's page to consult (no form number is published).
        page: &'static str,
        /// No delay is published for the answer: always `null`.
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "null"))]
        answer_delay: Option<u32>,
        address: Option<String>,
        contact: Option<ContactJson>,
        reason_fr: &'static str,
        reason_en: &'static str,
        condition_fr: &'static str,
        condition_en: &'static str,
        how_fr: &'static str,
        how_en: &'static str,
        answer_delay_fr: &'static str,
        answer_delay_en: &'static str,
        caveats: Vec<TextJson>,
    },
    Tribunal {
        applies: Option<bool>,
        /// Set by law, read in the decision letter: never computed.
        deadline: Option<IsoDate>,
        message_fr: &'static str,
        message_en: &'static str,
    },
    Reconsideration {
        /// `true` once a ground is given, `null` before; never `false`.
        eligible: Option<bool>,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Array<'situation-change' | 'initial-error' | 'omitted-fact' | 'other'>"))]
        grounds: Vec<&'static str>,
        /// None is published: always `null`.
        deadline: Option<IsoDate>,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "null"))]
        answer_delay: Option<u32>,
        form: &'static str,
        address: Option<String>,
        contact: Option<ContactJson>,
        scope_fr: &'static str,
        scope_en: &'static str,
        grounds_fr: &'static str,
        grounds_en: &'static str,
        how_fr: &'static str,
        how_en: &'static str,
    },
    EvaluationReview {
        deadline: Option<IsoDate>,
        days_left: Option<i64>,
        address: Option<String>,
        contact: Option<ContactJson>,
        message_fr: &'static str,
        message_en: &'static str,
    },
    Complaint {
        phone: Option<&'static str>,
        standard: Option<StandardJson>,
        contact: Option<ContactJson>,
        /// What happens to a request that is not the complaints team's.
        transfer_fr: &'static str,
        transfer_en: &'static str,
    },
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct NoteJson {
    pub id: &'static str,
    pub from: Option<IsoDate>,
    pub until: Option<IsoDate>,
    pub source: SourceJson,
    pub text_fr: &'static str,
    pub text_en: &'static str,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct PublishedResultJson {
    pub period: &'static str,
    pub source: SourceJson,
    pub text_fr: &'static str,
    pub text_en: &'static str,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct WarningJson {
    pub code: &'static str,
    /// True for the project's own assumptions (docs/rules.md, "Assumption (ours)").
    pub assumption: bool,
    pub message_fr: String,
    pub message_en: String,
}

/// The engine's whole answer for one request.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct EstimateJson {
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceId"))]
    pub service: &'static str,
    pub target: IsoDate,
    pub received: IsoDate,
    pub calendar: &'static str,
    pub counted_days: u32,
    pub standard: AppliedStandardJson,
    pub skipped: Vec<SkippedJson>,
    pub clock_stops: Vec<StopJson>,
    pub service_name_fr: &'static str,
    pub service_name_en: &'static str,
    /// Where documents for this request are mailed.
    pub documents_to: Option<ContactJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub announced_target: Option<AnnouncedJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub status: Option<StatusJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub decision: Option<DecisionJson>,
    pub recourse: Vec<RecourseJson>,
    pub notes: Vec<NoteJson>,
    pub published_results: Vec<PublishedResultJson>,
    pub warnings: Vec<WarningJson>,
}

fn day_kind_code(kind: DayKind) -> &'static str {
    match kind {
        DayKind::Business => "business",
        DayKind::Weekend => "weekend",
        DayKind::Holiday(_) => "holiday",
    }
}

pub fn estimate_json(result: &Estimate) -> EstimateJson {
    let applied = result.applied;
    EstimateJson {
        service: result.service.id,
        target: IsoDate(result.target),
        received: IsoDate(result.received),
        calendar: result.calendar.code(),
        counted_days: result.budget,
        standard: AppliedStandardJson {
            standard: applied.standard.into(),
            declaration: applied.declaration.id,
            reference_only: applied.reference_only,
            source: (&applied.declaration.source(applied.standard.section)).into(),
        },
        skipped: result.skipped_ranges().iter().map(skipped_json).collect(),
        clock_stops: result.clock_stops.iter().map(StopJson::from).collect(),
        service_name_fr: result.service.name.fr,
        service_name_en: result.service.name.en,
        documents_to: result.service.documents_to.and_then(contact_by_id),
        announced_target: result.announced.map(|announced| AnnouncedJson {
            date: IsoDate(announced.target),
            extra_business_days: announced.delay.extra_business_days,
            since: IsoDate(announced.delay.since),
            source: (&announced.delay.source).into(),
            message_fr: announced.delay.text.fr,
            message_en: announced.delay.text.en,
        }),
        status: result.status.map(|status| status_json(result, status)),
        decision: result.decision.map(|decision| DecisionJson {
            date: IsoDate(decision.date),
            outcome: decision.outcome.code(),
            days_after_target: (decision.date - result.target).num_days(),
        }),
        recourse: result.recourse.iter().map(recourse_json).collect(),
        notes: result
            .notes
            .iter()
            .map(|n| NoteJson {
                id: n.id,
                from: dates(n.from),
                until: dates(n.until),
                source: (&n.source).into(),
                text_fr: n.text.fr,
                text_en: n.text.en,
            })
            .collect(),
        published_results: result
            .results
            .iter()
            .map(|r| PublishedResultJson {
                period: r.period,
                source: (&r.source).into(),
                text_fr: r.text.fr,
                text_en: r.text.en,
            })
            .collect(),
        warnings: result
            .warnings
            .iter()
            .map(|w| WarningJson {
                code: w.code(),
                assumption: w.is_assumption(),
                message_fr: w.message(Lang::Fr),
                message_en: w.message(Lang::En),
            })
            .collect(),
    }
}

fn skipped_json(range: &SkippedRange) -> SkippedJson {
    let mut json = SkippedJson {
        from: IsoDate(range.from),
        to: IsoDate(range.to),
        reason: range.reason.code(),
        name_fr: None,
        name_en: None,
        observed: None,
        stop: None,
    };
    match range.reason {
        SkipReason::Holiday(off) => {
            json.name_fr = Some(off.name().fr);
            json.name_en = Some(off.name().en);
            json.observed = Some(off.observed);
        }
        SkipReason::ClockStop(index) => json.stop = Some(index),
        SkipReason::Weekend => {}
    }
    json
}

fn status_json(result: &Estimate, status: Status) -> StatusJson {
    let unit = result.unit().code();
    match status {
        Status::NotReceivedYet { days_until } => StatusJson::NotReceivedYet { days_until_receipt: days_until },
        Status::Counting { elapsed, remaining } => StatusJson::Counting { elapsed, remaining, unit },
        Status::Paused { elapsed, remaining, stop } => {
            StatusJson::Paused { elapsed, remaining, unit, stop: (&stop).into() }
        }
        Status::DueToday { elapsed } => StatusJson::DueToday { elapsed, unit },
        Status::Overdue { calendar_days_late, business_days_late } => StatusJson::Overdue {
            calendar_days_late,
            business_days_late,
            next_steps: result.follow_up.iter().map(|s| StandardJson::from(*s)).collect(),
            contacts: [CONTACT_CENTRE, COMPLAINTS].into_iter().filter_map(contact_by_id).collect(),
        },
        Status::Decided { on, days_after_target } => StatusJson::Decided { decided_on: IsoDate(on), days_after_target },
    }
}

fn recourse_json(entry: &Recourse) -> RecourseJson {
    match entry {
        Recourse::Reexamination(r) => RecourseJson::Reexamination {
            eligible: r.eligible,
            reason: r.reason.code(),
            deadline: dates(r.deadline),
            deadline_day: r.deadline_day.map(day_kind_code),
            mail_by: dates(r.mail_by),
            mailing_from: r.origin.code(),
            delivery_business_days: r.delivery_business_days,
            days_left: r.days_left,
            page: REEXAMINATION_PAGE,
            answer_delay: None,
            address: postal_address(REEXAMINATION_SERVICE),
            contact: contact_by_id(REEXAMINATION_SERVICE),
            reason_fr: r.reason.text().fr,
            reason_en: r.reason.text().en,
            condition_fr: REEXAMINATION_CONDITION.fr,
            condition_en: REEXAMINATION_CONDITION.en,
            how_fr: REEXAMINATION_HOW.fr,
            how_en: REEXAMINATION_HOW.en,
            answer_delay_fr: REEXAMINATION_ANSWER_DELAY.fr,
            answer_delay_en: REEXAMINATION_ANSWER_DELAY.en,
            caveats: REEXAMINATION_CAVEATS.iter().map(|c| TextJson::from(*c)).collect(),
        },
        Recourse::Tribunal { applies } => RecourseJson::Tribunal {
            applies: *applies,
            deadline: None,
            message_fr: TRIBUNAL_TEXT.fr,
            message_en: TRIBUNAL_TEXT.en,
        },
        Recourse::Reconsideration { eligible, grounds } => RecourseJson::Reconsideration {
            eligible: *eligible,
            grounds: grounds.iter().map(|g| g.code()).collect(),
            deadline: None,
            answer_delay: None,
            form: RECONSIDERATION_FORM,
            address: postal_address(RECONSIDERATION),
            contact: contact_by_id(RECONSIDERATION),
            scope_fr: RECONSIDERATION_SCOPE.fr,
            scope_en: RECONSIDERATION_SCOPE.en,
            grounds_fr: RECONSIDERATION_GROUNDS.fr,
            grounds_en: RECONSIDERATION_GROUNDS.en,
            how_fr: RECONSIDERATION_HOW.fr,
            how_en: RECONSIDERATION_HOW.en,
        },
        Recourse::EvaluationReview { deadline, days_left } => RecourseJson::EvaluationReview {
            deadline: dates(*deadline),
            days_left: *days_left,
            address: postal_address(IMMIGRATION_FILES),
            contact: contact_by_id(IMMIGRATION_FILES),
            message_fr: EVALUATION_REVIEW_TEXT.fr,
            message_en: EVALUATION_REVIEW_TEXT.en,
        },
        Recourse::Complaint { standard } => {
            let contact = Catalogue::OFFICIAL.contact(COMPLAINTS);
            RecourseJson::Complaint {
                phone: contact.and_then(|c| c.phones.first()).map(|p| p.number),
                standard: standard.map(StandardJson::from),
                contact: contact.map(ContactJson::from),
                transfer_fr: COMPLAINT_TRANSFER.fr,
                transfer_en: COMPLAINT_TRANSFER.en,
            }
        }
    }
}

/// `delais services`: the catalogue as JSON.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ServicesJson {
    /// The day the rules were last checked against the ministry's pages.
    pub checked_on: IsoDate,
    pub services: Vec<ServiceJson>,
    pub declarations: Vec<DeclarationJson>,
    pub contacts: Vec<ContactJson>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ServiceJson {
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceId"))]
    pub id: &'static str,
    pub group: &'static str,
    pub reference_standard: Option<&'static str>,
    pub documents_to: Option<&'static str>,
    pub name_fr: &'static str,
    pub name_en: &'static str,
    pub due_by_fr: &'static str,
    pub due_by_en: &'static str,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct DeclarationJson {
    pub id: &'static str,
    pub in_force_from: IsoDate,
    pub standards: Vec<StandardJson>,
    pub title_fr: &'static str,
    pub title_en: &'static str,
    pub edition_fr: &'static str,
    pub edition_en: &'static str,
}

pub fn services_json(catalogue: &Catalogue) -> ServicesJson {
    ServicesJson {
        checked_on: IsoDate(catalogue.checked_on),
        services: catalogue
            .services
            .iter()
            .map(|s| ServiceJson {
                id: s.id,
                group: group_code(s.group),
                reference_standard: s.reference_standard,
                documents_to: s.documents_to,
                name_fr: s.name.fr,
                name_en: s.name.en,
                due_by_fr: s.due_by.fr,
                due_by_en: s.due_by.en,
            })
            .collect(),
        declarations: catalogue
            .declarations
            .iter()
            .map(|d| DeclarationJson {
                id: d.id,
                in_force_from: IsoDate(d.in_force_from),
                standards: d.standards.iter().map(StandardJson::from).collect(),
                title_fr: d.title.fr,
                title_en: d.title.en,
                edition_fr: d.edition.fr,
                edition_en: d.edition.en,
            })
            .collect(),
        contacts: catalogue.contacts.iter().map(ContactJson::from).collect(),
    }
}

fn group_code(group: Group) -> &'static str {
    match group {
        Group::Study => "study",
        Group::Permanent => "permanent",
        Group::Family => "family",
        Group::Evaluation => "evaluation",
        Group::French => "french",
        Group::Integration => "integration",
        Group::Enquiries => "enquiries",
    }
}

/// One day off, as `delais holidays` prints it.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct HolidayJson {
    pub date: IsoDate,
    pub name_fr: &'static str,
    pub name_en: &'static str,
    pub observed: bool,
}

/// `delais holidays`: every day off (weekends excluded) of the years, in order.
pub fn holidays_json(calendar: &str, from_year: i32, to_year: i32) -> Result<Vec<HolidayJson>, InputError> {
    let id = CalendarId::from_code(calendar).ok_or_else(|| InputError::UnknownCalendar(calendar.to_string()))?;
    for year in [from_year, to_year] {
        if !within_horizon_year(year) {
            return Err(InputError::YearOutOfRange { field: Field::Request, value: year.to_string() });
        }
    }
    if from_year > to_year {
        return Err(InputError::YearsReversed { from: from_year, to: to_year });
    }
    Ok((from_year..=to_year)
        .flat_map(|year| id.days_off(year).iter().collect::<Vec<_>>())
        .map(|off| HolidayJson { date: IsoDate(off.date), name_fr: off.name().fr, name_en: off.name().en, observed: off.observed })
        .collect())
}
