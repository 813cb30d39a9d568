//! The JSON interface shared by the CLI (`delais estimate`) and the JavaScript API:
//! one request object in, one result object (or `{"error": …}`) out. README.md
//! documents the fields.

use chrono::{Datelike, NaiveDate};

use crate::engine::recourse::{
    EVALUATION_REVIEW_TEXT, RECONSIDERATION_FORM, RECONSIDERATION_GROUNDS, RECONSIDERATION_HOW, RECONSIDERATION_SCOPE,
    REEXAMINATION_ANSWER_DELAY, REEXAMINATION_CAVEATS, REEXAMINATION_CONDITION, REEXAMINATION_HOW, REEXAMINATION_PAGE,
    TRIBUNAL_TEXT,
};
use crate::engine::rules::{
    Contact, Source, Standard, COMPLAINTS, CONTACT_CENTRE, IMMIGRATION_FILES, RECONSIDERATION, REEXAMINATION_SERVICE,
};
use crate::engine::{
    estimate, parse_date, CalendarId, Catalogue, ClockStop, DayKind, Decision, Estimate, Field, Ground, InputError,
    MailingOrigin, Outcome, Recourse, Request, SkipReason, Status, FIRST_YEAR, LAST_YEAR,
};
use crate::i18n::{iso, Lang, Text};
use crate::json::{self, object, Value};

/// Answers one request line: the result object, or the error object.
pub fn estimate_line(catalogue: &Catalogue, line: &str) -> Result<Value, Value> {
    let request = parse_request(line).map_err(|e| error_json(&e))?;
    let result = estimate(catalogue, &request).map_err(|e| error_json(&e))?;
    Ok(estimate_json(&result))
}

/// `{"error": {"code", "field", "message_fr", "message_en"}}`.
pub fn error_json(error: &InputError) -> Value {
    object([(
        "error",
        object([
            ("code", error.code().into()),
            ("field", error.field().path().into()),
            ("message_fr", error.message(Lang::Fr).into()),
            ("message_en", error.message(Lang::En).into()),
        ]),
    )])
}

pub fn parse_request(line: &str) -> Result<Request, InputError> {
    let value = json::parse(line).map_err(InputError::MalformedJson)?;
    request_from_value(&value)
}

fn request_from_value(value: &Value) -> Result<Request, InputError> {
    if !matches!(value, Value::Object(_)) {
        return Err(InputError::WrongType(Field::Request));
    }
    let service = required_str(value, "service", Field::Service)?;
    let received = parse_date(Field::Received, required_str(value, "received", Field::Received)?)?;
    let mut request = Request::new(service, received);

    if let Some(pauses) = present(value, "pauses") {
        let Value::Array(items) = pauses else {
            return Err(InputError::WrongType(Field::StopFrom(0)));
        };
        for (index, item) in items.iter().enumerate() {
            if !matches!(item, Value::Object(_)) {
                return Err(InputError::WrongType(Field::StopFrom(index)));
            }
            let from = required_str(item, "from", Field::StopFrom(index))?;
            let to = required_str(item, "to", Field::StopTo(index))?;
            request.clock_stops.push(ClockStop {
                from: parse_date(Field::StopFrom(index), from)?,
                to: parse_date(Field::StopTo(index), to)?,
            });
        }
    }
    if let Some(decision) = present(value, "decision") {
        if !matches!(decision, Value::Object(_)) {
            return Err(InputError::WrongType(Field::DecisionDate));
        }
        let date = parse_date(Field::DecisionDate, required_str(decision, "date", Field::DecisionDate)?)?;
        let outcome = required_str(decision, "outcome", Field::Outcome)?;
        let outcome = Outcome::from_code(outcome).ok_or_else(|| InputError::UnknownOutcome(outcome.to_string()))?;
        request.decision = Some(Decision { date, outcome });
    }
    if let Some(today) = optional_str(value, "today", Field::Today)? {
        request.today = Some(parse_date(Field::Today, today)?);
    }
    if let Some(calendar) = optional_str(value, "calendar", Field::Calendar)? {
        request.calendar =
            CalendarId::from_code(calendar).ok_or_else(|| InputError::UnknownCalendar(calendar.to_string()))?;
    }
    if let Some(origin) = optional_str(value, "mailing_from", Field::MailingFrom)? {
        request.mailing_from =
            MailingOrigin::from_code(origin).ok_or_else(|| InputError::UnknownMailingOrigin(origin.to_string()))?;
    }
    if let Some(grounds) = present(value, "grounds") {
        let Value::Array(items) = grounds else {
            return Err(InputError::WrongType(Field::Grounds));
        };
        for item in items {
            let code = item.as_str().ok_or(InputError::WrongType(Field::Grounds))?;
            let ground = Ground::from_code(code).ok_or_else(|| InputError::UnknownGround(code.to_string()))?;
            if !request.grounds.contains(&ground) {
                request.grounds.push(ground);
            }
        }
    }
    Ok(request)
}

/// A field that is there and not `null`.
fn present<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    value.get(key).filter(|v| !v.is_null())
}

fn required_str<'a>(value: &'a Value, key: &str, field: Field) -> Result<&'a str, InputError> {
    optional_str(value, key, field)?.ok_or(InputError::MissingField(field))
}

fn optional_str<'a>(value: &'a Value, key: &str, field: Field) -> Result<Option<&'a str>, InputError> {
    match present(value, key) {
        None => Ok(None),
        Some(v) => v.as_str().map(Some).ok_or(InputError::WrongType(field)),
    }
}

fn text_pair(prefix: &str, text: Text) -> [(String, Value); 2] {
    [(format!("{prefix}_fr"), text.fr.into()), (format!("{prefix}_en"), text.en.into())]
}

fn with_texts(mut fields: Vec<(String, Value)>, texts: &[(&str, Text)]) -> Value {
    for (prefix, text) in texts {
        fields.extend(text_pair(prefix, *text));
    }
    Value::Object(fields)
}

fn fields<const N: usize>(pairs: [(&str, Value); N]) -> Vec<(String, Value)> {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

fn date(d: NaiveDate) -> Value {
    iso(d).into()
}

fn source_json(source: &Source) -> Value {
    with_texts(fields([("date", source.date.into())]), &[("document", source.document), ("section", source.section)])
}

fn standard_fields(standard: &Standard) -> Vec<(String, Value)> {
    let mut f = fields([
        ("service", standard.service.into()),
        ("amount", standard.amount.into()),
        ("unit", standard.unit.code().into()),
        ("share_percent", u32::from(standard.share_percent).into()),
    ]);
    f.extend(text_pair("commitment", standard.commitment));
    f.extend(text_pair("section", standard.section));
    if let Some(footnote) = standard.footnote {
        f.extend(text_pair("footnote", footnote));
    }
    f
}

/// A contact of the rules data (docs/rules.md §4b), as `delais services` lists it.
pub fn contact_json(contact: &Contact) -> Value {
    let phones = contact
        .phones
        .iter()
        .map(|p| {
            let mut f = fields([("number", p.number.into()), ("toll_free", p.toll_free.into()), ("tty", p.tty.into())]);
            f.extend(text_pair("area", p.area));
            Value::Object(f)
        })
        .collect();
    let hours = contact.hours.iter().map(|h| Value::Object(text_pair("text", *h).into())).collect();
    let online_form = contact.online_form.map(|form| {
        let mut f = fields([("url", form.url.into())]);
        f.extend(text_pair("name", form.name));
        Value::Object(f)
    });
    let mut f = fields([
        ("id", contact.id.into()),
        ("phones", Value::Array(phones)),
        ("hours", Value::Array(hours)),
        ("online_form", online_form.into()),
        ("fax", contact.fax.into()),
        ("post", Value::Array(contact.post.iter().map(|l| (*l).into()).collect())),
        ("source", source_json(&contact.source)),
    ]);
    f.extend(text_pair("name", contact.name));
    f.extend(text_pair("purpose", contact.purpose));
    match contact.closed {
        Some(closed) => f.extend(text_pair("closed", closed)),
        None => f.extend(fields([("closed_fr", Value::Null), ("closed_en", Value::Null)])),
    }
    Value::Object(f)
}

/// The official contact `id` as JSON (`null` if a custom catalogue lacks it).
fn contact_by_id(id: &str) -> Value {
    Catalogue::OFFICIAL.contact(id).map(contact_json).into()
}

/// A contact's postal address as one text, a line per element.
fn postal_address(id: &str) -> Value {
    Catalogue::OFFICIAL.contact(id).map(|c| c.post.join("\n")).into()
}

fn standard_json(standard: &Standard) -> Value {
    Value::Object(standard_fields(standard))
}

fn day_kind_code(kind: DayKind) -> &'static str {
    match kind {
        DayKind::Business => "business",
        DayKind::Weekend => "weekend",
        DayKind::Holiday(_) => "holiday",
    }
}

pub fn estimate_json(result: &Estimate) -> Value {
    let applied = result.applied;
    let mut standard = standard_fields(applied.standard);
    standard.push(("declaration".into(), applied.declaration.id.into()));
    standard.push(("reference_only".into(), applied.reference_only.into()));
    standard.push(("source".into(), source_json(&applied.declaration.source(applied.standard.section))));

    let skipped = result
        .skipped
        .iter()
        .map(|s| {
            let mut f = fields([("date", date(s.date)), ("reason", s.reason.code().into())]);
            match s.reason {
                SkipReason::Holiday(off) => {
                    f.extend(text_pair("name", off.name()));
                    f.push(("observed".into(), off.observed.into()));
                }
                SkipReason::ClockStop(index) => f.push(("stop".into(), (index as u32).into())),
                SkipReason::Weekend => {}
            }
            Value::Object(f)
        })
        .collect();

    let stops = result
        .clock_stops
        .iter()
        .map(|s| object([("from", date(s.from)), ("to", date(s.to))]))
        .collect();

    let mut out = fields([
        ("service", result.service.id.into()),
        ("target", date(result.target)),
        ("received", date(result.received)),
        ("calendar", result.calendar.code().into()),
        ("counted_days", result.budget.into()),
        ("standard", Value::Object(standard)),
        ("skipped", Value::Array(skipped)),
        ("clock_stops", Value::Array(stops)),
    ]);
    out.extend(text_pair("service_name", result.service.name));
    out.push(("documents_to".into(), result.service.documents_to.map(contact_by_id).into()));
    if let Some(announced) = result.announced {
        out.push((
            "announced_target".into(),
            with_texts(
                fields([
                    ("date", date(announced.target)),
                    ("extra_business_days", announced.delay.extra_business_days.into()),
                    ("since", date(announced.delay.since)),
                    ("source", source_json(&announced.delay.source)),
                ]),
                &[("message", announced.delay.text)],
            ),
        ));
    }
    if let Some(status) = result.status {
        out.push(("status".into(), status_json(result, status)));
    }
    if let Some(decision) = result.decision {
        out.push((
            "decision".into(),
            object([
                ("date", date(decision.date)),
                ("outcome", decision.outcome.code().into()),
                ("days_after_target", (decision.date - result.target).num_days().into()),
            ]),
        ));
    }
    out.push(("recourse".into(), Value::Array(result.recourse.iter().map(recourse_json).collect())));
    out.push((
        "notes".into(),
        Value::Array(
            result
                .notes
                .iter()
                .map(|n| {
                    with_texts(
                        fields([
                            ("id", n.id.into()),
                            ("from", n.from.map(date).into()),
                            ("until", n.until.map(date).into()),
                            ("source", source_json(&n.source)),
                        ]),
                        &[("text", n.text)],
                    )
                })
                .collect(),
        ),
    ));
    out.push((
        "published_results".into(),
        Value::Array(
            result
                .results
                .iter()
                .map(|r| {
                    with_texts(
                        fields([("period", r.period.into()), ("source", source_json(&r.source))]),
                        &[("text", r.text)],
                    )
                })
                .collect(),
        ),
    ));
    out.push((
        "warnings".into(),
        Value::Array(
            result
                .warnings
                .iter()
                .map(|w| {
                    object([
                        ("code", w.code().into()),
                        ("assumption", w.is_assumption().into()),
                        ("message_fr", w.message(Lang::Fr).into()),
                        ("message_en", w.message(Lang::En).into()),
                    ])
                })
                .collect(),
        ),
    ));
    Value::Object(out)
}

fn status_json(result: &Estimate, status: Status) -> Value {
    let unit = result.unit().code();
    let mut f = fields([("code", status.code().into())]);
    match status {
        Status::NotReceivedYet { days_until } => f.push(("days_until_receipt".into(), days_until.into())),
        Status::Counting { elapsed, remaining } => {
            f.extend(fields([("elapsed", elapsed.into()), ("remaining", remaining.into()), ("unit", unit.into())]));
        }
        Status::Paused { elapsed, remaining, stop } => f.extend(fields([
            ("elapsed", elapsed.into()),
            ("remaining", remaining.into()),
            ("unit", unit.into()),
            ("stop", object([("from", date(stop.from)), ("to", date(stop.to))])),
        ])),
        Status::DueToday { elapsed } => f.extend(fields([("elapsed", elapsed.into()), ("unit", unit.into())])),
        Status::Overdue { calendar_days_late, business_days_late } => {
            f.extend(fields([
                ("calendar_days_late", calendar_days_late.into()),
                ("business_days_late", business_days_late.into()),
                ("next_steps", Value::Array(result.follow_up.iter().map(|s| standard_json(s)).collect())),
                ("contacts", Value::Array(vec![contact_by_id(CONTACT_CENTRE), contact_by_id(COMPLAINTS)])),
            ]));
        }
        Status::Decided { on, days_after_target } => {
            f.extend(fields([("decided_on", date(on)), ("days_after_target", days_after_target.into())]));
        }
    }
    Value::Object(f)
}

fn recourse_json(entry: &Recourse) -> Value {
    let mut f = fields([("kind", entry.code().into())]);
    match entry {
        Recourse::Reexamination(r) => {
            f.extend(fields([
                ("eligible", r.eligible.into()),
                ("reason", r.reason.code().into()),
                ("deadline", r.deadline.map(date).into()),
                ("deadline_day", r.deadline_day.map(day_kind_code).into()),
                ("mail_by", r.mail_by.map(date).into()),
                ("mailing_from", r.origin.code().into()),
                ("delivery_business_days", r.delivery_business_days.into()),
                ("days_left", r.days_left.into()),
                ("page", REEXAMINATION_PAGE.into()),
                ("answer_delay", Value::Null),
                ("address", postal_address(REEXAMINATION_SERVICE)),
                ("contact", contact_by_id(REEXAMINATION_SERVICE)),
            ]));
            f.extend(text_pair("reason", r.reason.text()));
            f.extend(text_pair("condition", REEXAMINATION_CONDITION));
            f.extend(text_pair("how", REEXAMINATION_HOW));
            f.extend(text_pair("answer_delay", REEXAMINATION_ANSWER_DELAY));
            f.push((
                "caveats".into(),
                Value::Array(
                    REEXAMINATION_CAVEATS.iter().map(|c| Value::Object(text_pair("text", *c).into())).collect(),
                ),
            ));
        }
        Recourse::Tribunal { applies } => {
            f.extend(fields([("applies", (*applies).into()), ("deadline", Value::Null)]));
            f.extend(text_pair("message", TRIBUNAL_TEXT));
        }
        Recourse::Reconsideration { eligible, grounds } => {
            f.extend(fields([
                ("eligible", (*eligible).into()),
                ("grounds", Value::Array(grounds.iter().map(|g| g.code().into()).collect())),
                ("deadline", Value::Null),
                ("answer_delay", Value::Null),
                ("form", RECONSIDERATION_FORM.into()),
                ("address", postal_address(RECONSIDERATION)),
                ("contact", contact_by_id(RECONSIDERATION)),
            ]));
            f.extend(text_pair("scope", RECONSIDERATION_SCOPE));
            f.extend(text_pair("grounds", RECONSIDERATION_GROUNDS));
            f.extend(text_pair("how", RECONSIDERATION_HOW));
        }
        Recourse::EvaluationReview { deadline, days_left } => {
            f.extend(fields([
                ("deadline", deadline.map(date).into()),
                ("days_left", (*days_left).into()),
                ("address", postal_address(IMMIGRATION_FILES)),
                ("contact", contact_by_id(IMMIGRATION_FILES)),
            ]));
            f.extend(text_pair("message", EVALUATION_REVIEW_TEXT));
        }
        Recourse::Complaint { standard } => {
            let contact = Catalogue::OFFICIAL.contact(COMPLAINTS);
            f.extend(fields([
                ("phone", contact.and_then(|c| c.phones.first()).map(|p| p.number).into()),
                ("standard", standard.map(standard_json).into()),
                ("contact", contact.map(contact_json).into()),
            ]));
        }
    }
    Value::Object(f)
}

/// `delais services`: the catalogue as JSON.
pub fn services_json(catalogue: &Catalogue) -> Value {
    let services = catalogue
        .services
        .iter()
        .map(|s| {
            with_texts(
                fields([
                    ("id", s.id.into()),
                    ("group", group_code(s.group).into()),
                    ("reference_standard", s.reference_standard.into()),
                    ("documents_to", s.documents_to.into()),
                ]),
                &[("name", s.name), ("due_by", s.due_by)],
            )
        })
        .collect();
    let declarations = catalogue
        .declarations
        .iter()
        .map(|d| {
            with_texts(
                fields([
                    ("id", d.id.into()),
                    ("in_force_from", date(d.in_force_from)),
                    ("standards", Value::Array(d.standards.iter().map(standard_json).collect())),
                ]),
                &[("title", d.title), ("edition", d.edition)],
            )
        })
        .collect();
    object([
        ("services", Value::Array(services)),
        ("declarations", Value::Array(declarations)),
        ("contacts", Value::Array(catalogue.contacts.iter().map(contact_json).collect())),
    ])
}

fn group_code(group: crate::engine::rules::Group) -> &'static str {
    use crate::engine::rules::Group;
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

/// `delais holidays`: every day off (weekends excluded) of the years, in order.
pub fn holidays_json(calendar: &str, from_year: i32, to_year: i32) -> Result<Vec<Value>, InputError> {
    let id = CalendarId::from_code(calendar).ok_or_else(|| InputError::UnknownCalendar(calendar.to_string()))?;
    for year in [from_year, to_year] {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(InputError::YearOutOfRange { field: Field::Request, value: year.to_string() });
        }
    }
    let mut days = Vec::new();
    for year in from_year..=to_year {
        for off in id.days_off(year).iter() {
            debug_assert_eq!(off.date.year(), year);
            let mut f = fields([("date", date(off.date))]);
            f.extend(text_pair("name", off.name()));
            f.push(("observed".into(), off.observed.into()));
            days.push(Value::Object(f));
        }
    }
    Ok(days)
}

