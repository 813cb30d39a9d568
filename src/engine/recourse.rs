//! What a person can do against a decision, and until when (docs/rules.md §4).

use chrono::{Days, NaiveDate};

use super::calendar::{within_horizon, Calendar, CalendarId, DayKind};
use super::errors::{Field, InputError};
use super::request::{Decision, Ground, MailingOrigin, Outcome, Request};
use super::warnings::Warning;
use super::rules::{Declaration, RecoursePolicy, Service, Source, Standard, COMPLAINT_SERVICE};
use crate::i18n::recourse::{
    REASON_ACCEPTED, REASON_EVALUATION_NOT_REVIEWABLE, REASON_FAMILY_REFUSAL_GOES_TO_TRIBUNAL, REASON_IF_REFUSED_OR_REJECTED,
    REASON_IF_REJECTED, REASON_REFUSED_OR_REJECTED, REASON_UNCONFIRMED,
};
use crate::i18n::Text;

pub use super::rules::{EVALUATION_REVIEW_DAYS, REEXAMINATION_DAYS};

// Addresses, phones and hours are contacts in the rules data (`rules::CONTACTS`); the
// sentences that explain each recourse are in `i18n::recourse`.

pub const REEXAMINATION_SOURCE: Source = Source {
    document: Text::new(
        "Politique sur le réexamen administratif (2021); Loi sur l'immigration au Québec, art. 71",
        "Administrative re-examination policy (2021); Québec Immigration Act, s. 71",
    ),
    date: "2021",
    section: Text::new("Délai de 90 jours civils", "90 calendar days"),
};

pub const TAQ_SOURCE: Source = Source {
    document: Text::new(
        "MIFI, Guide des procédures d'immigration 5-8, chapitre 3",
        "MIFI, Immigration procedures guide 5-8, chapter 3",
    ),
    date: "",
    section: Text::new("Refus d'un engagement", "Refusal of an undertaking"),
};

/// Why re-examination is, is not, or may be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EligibilityReason {
    /// A refusal or a rejection of a reviewable request.
    RefusedOrRejected,
    /// No decision entered yet: open if the decision is a refusal or a rejection.
    IfRefusedOrRejected,
    Accepted,
    /// A refusal of a family-reunification undertaking goes to the TAQ instead.
    FamilyRefusalGoesToTribunal,
    /// No decision yet on a family undertaking: re-examination for a rejection only.
    IfRejected,
    /// The comparative evaluation is not re-examined.
    EvaluationNotReviewable,
    /// PSTQ: not confirmed.
    Unconfirmed,
}

impl EligibilityReason {
    pub const ALL: [EligibilityReason; 7] = [
        EligibilityReason::RefusedOrRejected,
        EligibilityReason::IfRefusedOrRejected,
        EligibilityReason::Accepted,
        EligibilityReason::FamilyRefusalGoesToTribunal,
        EligibilityReason::IfRejected,
        EligibilityReason::EvaluationNotReviewable,
        EligibilityReason::Unconfirmed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EligibilityReason::RefusedOrRejected => "refused-or-rejected",
            EligibilityReason::IfRefusedOrRejected => "if-refused-or-rejected",
            EligibilityReason::Accepted => "accepted",
            EligibilityReason::FamilyRefusalGoesToTribunal => "family-refusal-goes-to-taq",
            EligibilityReason::IfRejected => "if-rejected",
            EligibilityReason::EvaluationNotReviewable => "evaluation-not-reviewable",
            EligibilityReason::Unconfirmed => "unconfirmed",
        }
    }

    /// Why, in both languages (`i18n::recourse`).
    pub fn text(self) -> Text {
        match self {
            EligibilityReason::RefusedOrRejected => REASON_REFUSED_OR_REJECTED,
            EligibilityReason::IfRefusedOrRejected => REASON_IF_REFUSED_OR_REJECTED,
            EligibilityReason::Accepted => REASON_ACCEPTED,
            EligibilityReason::FamilyRefusalGoesToTribunal => REASON_FAMILY_REFUSAL_GOES_TO_TRIBUNAL,
            EligibilityReason::IfRejected => REASON_IF_REJECTED,
            EligibilityReason::EvaluationNotReviewable => REASON_EVALUATION_NOT_REVIEWABLE,
            EligibilityReason::Unconfirmed => REASON_UNCONFIRMED,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reexamination {
    /// `None` when not confirmed (PSTQ).
    pub eligible: Option<bool>,
    pub reason: EligibilityReason,
    /// `decision + 90 days`, when a decision date is known and it may be open.
    pub deadline: Option<NaiveDate>,
    /// What kind of day the deadline is, in the request's calendar.
    pub deadline_day: Option<DayKind>,
    /// Latest day to mail it from `origin` so it arrives in time.
    pub mail_by: Option<NaiveDate>,
    pub origin: MailingOrigin,
    pub delivery_business_days: u32,
    /// Calendar days from "today" to the deadline (negative once passed).
    pub days_left: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recourse {
    Reexamination(Reexamination),
    /// Refusal of a family-reunification undertaking: Tribunal administratif du
    /// Québec. Its delay is set by law and not confirmed here: no date computed.
    Tribunal { applies: Option<bool> },
    /// PILI/PAFILI reconsideration, for any decision the person disagrees with.
    /// `eligible` is `Some(true)` once a ground is given, `None` before: the ground
    /// decides, and the three the Déclaration lists are only examples. No deadline
    /// and no answer delay are published.
    Reconsideration { eligible: Option<bool>, grounds: Vec<Ground> },
    /// Comparative evaluation: new documents or a disagreement within 365 days.
    EvaluationReview { deadline: Option<NaiveDate>, days_left: Option<i64> },
    /// Always possible; answered within the complaint standard.
    Complaint { standard: Option<&'static Standard> },
}

impl Recourse {
    pub fn code(&self) -> &'static str {
        match self {
            Recourse::Reexamination(_) => "reexamination",
            Recourse::Tribunal { .. } => "tribunal",
            Recourse::Reconsideration { .. } => "reconsideration",
            Recourse::EvaluationReview { .. } => "evaluation-review",
            Recourse::Complaint { .. } => "complaint",
        }
    }
}

/// The recourse entries for a service, in the order a person should read them. A
/// date past the calendars' last year is refused, as a target would be.
pub fn recourse_for(
    service: &Service,
    request: &Request,
    declaration: &'static Declaration,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Recourse>, InputError> {
    let decision = request.decision;
    let outcome = decision.map(|d| d.outcome);
    let mut entries = Vec::new();
    match service.recourse {
        RecoursePolicy::Reexamination => {
            let (eligible, reason) = match outcome {
                None => (Some(true), EligibilityReason::IfRefusedOrRejected),
                Some(Outcome::Acceptance) => (Some(false), EligibilityReason::Accepted),
                Some(_) => (Some(true), EligibilityReason::RefusedOrRejected),
            };
            entries.push(Recourse::Reexamination(reexamination(request, eligible, reason, warnings)?));
        }
        RecoursePolicy::ReexaminationUnconfirmed => {
            let (eligible, reason) = match outcome {
                Some(Outcome::Acceptance) => (Some(false), EligibilityReason::Accepted),
                _ => (None, EligibilityReason::Unconfirmed),
            };
            entries.push(Recourse::Reexamination(reexamination(request, eligible, reason, warnings)?));
        }
        RecoursePolicy::FamilyReunification => {
            let (eligible, reason, tribunal) = match outcome {
                None => (Some(true), EligibilityReason::IfRejected, None),
                Some(Outcome::Rejection) => (Some(true), EligibilityReason::RefusedOrRejected, Some(false)),
                Some(Outcome::Refusal) => (Some(false), EligibilityReason::FamilyRefusalGoesToTribunal, Some(true)),
                Some(Outcome::Acceptance) => (Some(false), EligibilityReason::Accepted, Some(false)),
            };
            entries.push(Recourse::Reexamination(reexamination(request, eligible, reason, warnings)?));
            if tribunal != Some(false) {
                entries.push(Recourse::Tribunal { applies: tribunal });
            }
        }
        RecoursePolicy::EvaluationReview => {
            entries.push(Recourse::Reexamination(Reexamination {
                eligible: Some(false),
                reason: EligibilityReason::EvaluationNotReviewable,
                deadline: None,
                deadline_day: None,
                mail_by: None,
                origin: request.mailing_from,
                delivery_business_days: request.mailing_from.delivery_business_days(),
                days_left: None,
            }));
            let deadline = decision.map(|d| days_after(d.date, EVALUATION_REVIEW_DAYS)).transpose()?;
            let days_left = days_left(request.today, deadline);
            entries.push(Recourse::EvaluationReview { deadline, days_left });
        }
        RecoursePolicy::Reconsideration => {
            // Any decision, an acceptance included (a course granted, the aid refused).
            let eligible = (!request.grounds.is_empty()).then_some(true);
            entries.push(Recourse::Reconsideration { eligible, grounds: request.grounds.clone() });
        }
        RecoursePolicy::ComplaintOnly => {}
    }
    entries.push(Recourse::Complaint { standard: declaration.standard(COMPLAINT_SERVICE) });
    Ok(entries)
}

/// `date + days` calendar days, within the calendars' horizon (the decision date's
/// field carries the error: it is the date the person typed).
fn days_after(date: NaiveDate, days: u64) -> Result<NaiveDate, InputError> {
    date.checked_add_days(Days::new(days))
        .filter(|d| within_horizon(*d))
        .ok_or(InputError::TargetOutOfRange { field: Field::DecisionDate })
}

fn reexamination(
    request: &Request,
    eligible: Option<bool>,
    reason: EligibilityReason,
    warnings: &mut Vec<Warning>,
) -> Result<Reexamination, InputError> {
    let origin = request.mailing_from;
    let delivery = origin.delivery_business_days();
    let open = eligible != Some(false);
    let deadline = request
        .decision
        .filter(|_| open)
        .map(|Decision { date, .. }| days_after(date, REEXAMINATION_DAYS))
        .transpose()?;
    let mut entry = Reexamination {
        eligible,
        reason,
        deadline,
        deadline_day: None,
        mail_by: None,
        origin,
        delivery_business_days: delivery,
        days_left: days_left(request.today, deadline),
    };
    if let Some(deadline) = deadline {
        let kind = Calendar::new(request.calendar).kind(deadline);
        entry.deadline_day = Some(kind);
        if kind != DayKind::Business {
            warnings.push(Warning::DeadlineDayOff { deadline, day: kind });
        }
        entry.mail_by = Some(mail_by(deadline, delivery));
        warnings.push(Warning::MailDelayAssumption { business_days: delivery });
        if request.today.is_some_and(|today| today > deadline) {
            warnings.push(Warning::DeadlinePassed { deadline });
        }
    }
    Ok(entry)
}

/// The last day to mail a request so it arrives by `deadline` (**decision**): the
/// `delivery` business days of the statutory calendar (mail delivery days) before the
/// last business day on or before the deadline, the mailing day not counted.
pub fn mail_by(deadline: NaiveDate, delivery: u32) -> NaiveDate {
    let mut post = Calendar::new(CalendarId::QcStatutory);
    let last_delivery_day = post.business_day_on_or_before(deadline);
    post.business_days_before(last_delivery_day, delivery)
}

fn days_left(today: Option<NaiveDate>, deadline: Option<NaiveDate>) -> Option<i64> {
    Some((deadline? - today?).num_days())
}
