//! What a person can do against a decision, and until when (DOMAIN.md §4).

use chrono::{Days, NaiveDate};

use super::calendar::{Calendar, CalendarId, DayKind};
use super::estimate::{Decision, Ground, MailingOrigin, Outcome, Request, Warning};
use super::rules::{Declaration, RecoursePolicy, Service, Source, Standard};
use crate::i18n::Text;

/// Politique sur le réexamen administratif (2021); Loi sur l'immigration au Québec
/// art. 71: the request must *reach* the service within 90 calendar days after the
/// date on the decision letter.
pub const REEXAMINATION_DAYS: u64 = 90;
/// Québec.ca: new documents or a disagreement within 365 days after the answer.
pub const EVALUATION_REVIEW_DAYS: u64 = 365;

pub const REEXAMINATION_ADDRESS: &str = "Service de réexamen administratif\nMinistère de l'Immigration, de la Francisation et de l'Intégration\n285, rue Notre-Dame Ouest, 4e étage\nMontréal (Québec)  H2Y 1T8\nCANADA";
pub const REEXAMINATION_FORM: &str = "A-5000-F0";
pub const RECONSIDERATION_ADDRESS: &str = "Reconsidération d'une décision\nMinistère de l'Immigration, de la Francisation et de l'Intégration\n1200, boulevard Saint-Laurent, bureau 2.200\nMontréal (Québec)  H2X 0C9\nCANADA";
pub const COMPLAINTS_PHONE: &str = "1 800 771-0464";

pub const REEXAMINATION_SOURCE: Source = Source {
    document: Text::new(
        "Politique sur le réexamen administratif (2021); Loi sur l'immigration au Québec, art. 71",
        "Administrative re-examination policy (2021); Québec Immigration Act, s. 71",
    ),
    date: "2021",
    section: Text::new("Délai de 90 jours civils", "90 calendar days"),
};

pub const TAQ_SOURCE: Source = Source {
    document: Text::new(
        "MIFI, Guide des procédures d'immigration 5-8, chapitre 3",
        "MIFI, Immigration procedures guide 5-8, chapter 3",
    ),
    date: "",
    section: Text::new("Refus d'un engagement", "Refusal of an undertaking"),
};

pub const TRIBUNAL_TEXT: Text = Text::new(
    "Un refus se conteste devant le Tribunal administratif du Québec. Le délai est fixé par la loi : lisez-le dans la lettre de décision. Délais ne calcule pas cette date.",
    "A refusal is contested before the Tribunal administratif du Québec. The delay is set by law: read it in the decision letter. Délais does not compute this date.",
);
pub const RECONSIDERATION_TEXT: Text = Text::new(
    "Aucun délai n'est publié : agissez rapidement. Il faut au moins un motif : un changement de situation, une erreur ou un oubli dans la demande initiale, ou un fait essentiel omis par le Ministère.",
    "No deadline is published: act promptly. You need at least one ground: a change in your situation, an error or omission in the initial request, or an essential fact the Ministry left out.",
);
pub const EVALUATION_REVIEW_TEXT: Text = Text::new(
    "L'évaluation comparative n'est pas réexaminée, mais vous pouvez envoyer de nouveaux documents ou exprimer votre désaccord par la poste dans les 365 jours suivant la réponse.",
    "The comparative evaluation is not re-examined, but you can send new documents or state your disagreement by mail within 365 days after the answer.",
);

/// Things a person may mistake for a re-examinable decision.
pub const REEXAMINATION_CAVEATS: &[Text] = &[
    Text::new(
        "Une « intention de refus » n'est pas une décision : répondez dans le délai qu'elle donne (par exemple 60 jours pour un CAQ).",
        "A “notice of intent to refuse” is not a decision: reply within the delay it gives (for example 60 days for a CAQ).",
    ),
    Text::new(
        "Une décision fondée sur une évaluation orale du français ne peut pas être réexaminée.",
        "A decision based on an oral French evaluation cannot be re-examined.",
    ),
];

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

    pub fn text(self) -> Text {
        match self {
            EligibilityReason::RefusedOrRejected => Text::new(
                "Un refus ou un rejet de cette demande peut faire l'objet d'un réexamen administratif.",
                "A refusal or a rejection of this request can be re-examined.",
            ),
            EligibilityReason::IfRefusedOrRejected => Text::new(
                "Si la décision est un refus ou un rejet, vous pourrez demander un réexamen administratif.",
                "If the decision is a refusal or a rejection, you can ask for an administrative re-examination.",
            ),
            EligibilityReason::Accepted => Text::new(
                "Votre demande a été acceptée : il n'y a rien à contester.",
                "Your request was accepted: there is nothing to contest.",
            ),
            EligibilityReason::FamilyRefusalGoesToTribunal => Text::new(
                "Le refus d'un engagement de regroupement familial se conteste devant le Tribunal administratif du Québec, pas par réexamen.",
                "A refusal of a family-reunification undertaking is contested before the Tribunal administratif du Québec, not by re-examination.",
            ),
            EligibilityReason::IfRejected => Text::new(
                "Un rejet peut être réexaminé ; un refus se conteste devant le Tribunal administratif du Québec.",
                "A rejection can be re-examined; a refusal is contested before the Tribunal administratif du Québec.",
            ),
            EligibilityReason::EvaluationNotReviewable => Text::new(
                "L'évaluation comparative ne fait pas l'objet d'un réexamen administratif.",
                "The comparative evaluation is not open to administrative re-examination.",
            ),
            EligibilityReason::Unconfirmed => Text::new(
                "Non confirmé : la Politique sur le réexamen administratif de 2021 précède le PSTQ. Renseignez-vous auprès du Ministère ; par prudence, la date ci-dessous suppose le délai de 90 jours.",
                "Not confirmed: the 2021 re-examination policy predates the PSTQ. Ask the Ministry; to be safe, the date below assumes the 90-day delay.",
            ),
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
    /// PILI/PAFILI reconsideration: needs at least one ground. No deadline is
    /// published.
    Reconsideration { eligible: bool, grounds: Vec<Ground> },
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

/// The recourse entries for a service, in the order a person should read them.
pub fn recourse_for(
    service: &Service,
    request: &Request,
    declaration: &'static Declaration,
    warnings: &mut Vec<Warning>,
) -> Vec<Recourse> {
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
            entries.push(Recourse::Reexamination(reexamination(request, eligible, reason, warnings)));
        }
        RecoursePolicy::ReexaminationUnconfirmed => {
            let (eligible, reason) = match outcome {
                Some(Outcome::Acceptance) => (Some(false), EligibilityReason::Accepted),
                _ => (None, EligibilityReason::Unconfirmed),
            };
            entries.push(Recourse::Reexamination(reexamination(request, eligible, reason, warnings)));
        }
        RecoursePolicy::FamilyReunification => {
            let (eligible, reason, tribunal) = match outcome {
                None => (Some(true), EligibilityReason::IfRejected, None),
                Some(Outcome::Rejection) => (Some(true), EligibilityReason::RefusedOrRejected, Some(false)),
                Some(Outcome::Refusal) => (Some(false), EligibilityReason::FamilyRefusalGoesToTribunal, Some(true)),
                Some(Outcome::Acceptance) => (Some(false), EligibilityReason::Accepted, Some(false)),
            };
            entries.push(Recourse::Reexamination(reexamination(request, eligible, reason, warnings)));
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
            let deadline = decision.and_then(|d| d.date.checked_add_days(Days::new(EVALUATION_REVIEW_DAYS)));
            let days_left = days_left(request.today, deadline);
            entries.push(Recourse::EvaluationReview { deadline, days_left });
        }
        RecoursePolicy::Reconsideration => {
            entries.push(Recourse::Reconsideration {
                eligible: !request.grounds.is_empty() && outcome != Some(Outcome::Acceptance),
                grounds: request.grounds.clone(),
            });
        }
        RecoursePolicy::ComplaintOnly => {}
    }
    entries.push(Recourse::Complaint { standard: declaration.standard("plainte") });
    entries
}

fn reexamination(
    request: &Request,
    eligible: Option<bool>,
    reason: EligibilityReason,
    warnings: &mut Vec<Warning>,
) -> Reexamination {
    let origin = request.mailing_from;
    let delivery = origin.delivery_business_days();
    let open = eligible != Some(false);
    let deadline = request
        .decision
        .filter(|_| open)
        .and_then(|Decision { date, .. }| date.checked_add_days(Days::new(REEXAMINATION_DAYS)));
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
    entry
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
