//! Out: the engine's whole answer for one request, as JSON.

use chrono::NaiveDate;
use serde::Serialize;

use crate::engine::rules::{COMPLAINTS, CONTACT_CENTRE, IMMIGRATION_FILES, RECONSIDERATION, REEXAMINATION_SERVICE};
use crate::engine::{Catalogue, ClockStop, DayKind, Estimate, Recourse, SkipReason, SkippedRange, Status};
use crate::i18n::recourse::{
    COMPLAINT_TRANSFER, EVALUATION_REVIEW_TEXT, RECONSIDERATION_FORM, RECONSIDERATION_GROUNDS, RECONSIDERATION_HOW, RECONSIDERATION_SCOPE,
    REEXAMINATION_ANSWER_DELAY, REEXAMINATION_CAVEATS, REEXAMINATION_CONDITION, REEXAMINATION_HOW, REEXAMINATION_PAGE,
    TRIBUNAL_TEXT,
};
use crate::i18n::Lang;

use super::catalogue::{ContactJson, IsoDate, SourceJson, StandardJson, TextJson};

fn dates(date: Option<NaiveDate>) -> Option<IsoDate> {
    date.map(IsoDate)
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
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "SkipReason"))]
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
        #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Unit"))]
        unit: &'static str,
    },
    Paused {
        elapsed: u32,
        remaining: u32,
        #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Unit"))]
        unit: &'static str,
        stop: StopJson,
    },
    DueToday {
        elapsed: u32,
        #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Unit"))]
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
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Outcome"))]
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
        #[cfg_attr(not(target_arch = "wasm32"), ts(type = "EligibilityReason"))]
        reason: &'static str,
        /// The last day for the request to arrive.
        deadline: Option<IsoDate>,
        #[cfg_attr(not(target_arch = "wasm32"), ts(type = "DayKind | null"))]
        deadline_day: Option<&'static str>,
        mail_by: Option<IsoDate>,
        #[cfg_attr(not(target_arch = "wasm32"), ts(type = "MailingOrigin"))]
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
        #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Array<Ground>"))]
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
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Calendar"))]
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
            deadline_day: r.deadline_day.map(DayKind::code),
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
