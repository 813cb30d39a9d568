//! What a person can do against a decision, and until when (docs/rules.md §4).

use chrono::{Days, NaiveDate};

use super::calendar::{within_horizon, Calendar, CalendarId, DayKind};
use super::errors::{Field, InputError};
use super::request::{Decision, Ground, MailingOrigin, Outcome, Request};
use super::warnings::Warning;
use super::rules::{Declaration, RecoursePolicy, Service, Source, Standard, COMPLAINT_SERVICE};
use crate::i18n::Text;

pub use super::rules::{EVALUATION_REVIEW_DAYS, REEXAMINATION_DAYS};

// Addresses, phones and hours are contacts in the rules data (`rules::CONTACTS`).

/// Déclaration 2021, "Recours : Demande d'un réexamen administratif": who may ask.
/// It names no form: the page to consult is `REEXAMINATION_PAGE`.
pub const REEXAMINATION_CONDITION: Text = Text::new(
    "Vous pouvez la demander si vous avez des motifs de croire que la décision de refus ou de rejet a été prise par erreur, selon les cas précisés dans la Politique sur le réexamen administratif.",
    "You may ask for it if you have reason to believe that the refusal or rejection was decided in error, in the cases set out in the Politique sur le réexamen administratif (administrative re-examination policy).",
);
/// The ministry's page with the conditions and the documents to send.
pub const REEXAMINATION_PAGE: &str = "Demande de réexamen administratif";
pub const REEXAMINATION_HOW: Text = Text::new(
    "Les conditions et les documents à fournir sont sur la page « Demande de réexamen administratif » du Ministère. La demande doit obligatoirement être envoyée par courrier postal et arriver au Service de réexamen administratif dans les 90 jours civils suivant la date de la décision.",
    "The conditions and the documents to send are on the Ministry's page “Demande de réexamen administratif”. The request must be sent by post and must reach the Service de réexamen administratif within 90 calendar days after the date of the decision.",
);
/// Nothing is published on how long the ministry takes to answer.
pub const REEXAMINATION_ANSWER_DELAY: Text = Text::new(
    "Aucun délai de réponse n'est publié pour le réexamen administratif.",
    "No delay is published for the Ministry's answer to a re-examination.",
);
/// Déclaration 2021, "Recours : Demande de reconsidération d'une décision".
pub const RECONSIDERATION_FORM: &str = "Demande de reconsidération d'une décision";

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

pub const TRIBUNAL_TEXT: Text = Text::new(
    "Un refus se conteste devant le Tribunal administratif du Québec. Le délai est fixé par la loi : lisez-le dans la lettre de décision. Délais ne calcule pas cette date.",
    "A refusal is contested before the Tribunal administratif du Québec. The delay is set by law: read it in the decision letter. Délais does not compute this date.",
);
/// What a ground is: the Déclaration's three are examples ("Par exemple").
pub const RECONSIDERATION_GROUNDS: Text = Text::new(
    "Pour être étudiée, la demande doit s'appuyer sur un motif susceptible de modifier votre admissibilité aux cours et à l'aide financière de ces programmes. Par exemple : un changement dans votre situation ; une erreur ou un oubli de votre part dans la demande initiale ; un fait essentiel omis par le Ministère au moment de sa décision. Un autre motif qui peut modifier votre admissibilité compte aussi.",
    "To be examined, the request must rest on a ground likely to change your eligibility for these programs' courses and financial aid. For example: a change in your situation; an error or omission on your part in the initial request; an essential fact the Ministry left out when it decided. Another ground that may change your eligibility counts too.",
);
/// Any decision on these programs can be reconsidered, not only a refusal.
pub const RECONSIDERATION_SCOPE: Text = Text::new(
    "Elle vise toute décision sur le PILI ou le PAFILI avec laquelle vous êtes en désaccord : un refus, mais aussi, par exemple, un cours accordé sans l'aide financière.",
    "It covers any decision on PILI or PAFILI you disagree with: a refusal, but also, for example, a course granted without the financial aid.",
);
pub const RECONSIDERATION_HOW: Text = Text::new(
    "Remplissez le formulaire « Demande de reconsidération d'une décision » et envoyez-le par courrier postal. Aucun délai n'est publié, ni pour envoyer la demande ni pour la réponse du Ministère : agissez rapidement.",
    "Fill in the form “Demande de reconsidération d'une décision” (request for reconsideration of a decision) and send it by post. No deadline is published, neither for sending the request nor for the Ministry's answer: act promptly.",
);
pub const EVALUATION_REVIEW_TEXT: Text = Text::new(
    "L'évaluation comparative n'est pas réexaminée, mais vous pouvez envoyer de nouveaux documents ou exprimer votre désaccord par courrier postal dans les 365 jours suivant la réponse.",
    "The comparative evaluation is not re-examined, but you can send new documents or state your disagreement by post within 365 days after the answer.",
);

/// Déclaration 2021, "Formuler une plainte ou un commentaire": what the complaints
/// team does with a request that is not its own.
pub const COMPLAINT_TRANSFER: Text = Text::new(
    "Si votre demande ne relève pas de l'équipe de la gestion des plaintes, elle est transférée au service concerné ou vers le recours possible, et vous en êtes informé.",
    "If your request is not for the complaints team, it is transferred to the service concerned or to the recourse open to you, and you are told so.",
);

/// Things a person may mistake for a re-examinable decision.
pub const REEXAMINATION_CAVEATS: &[Text] = &[
    Text::new(
        "Une « intention de refus » n'est pas une décision : répondez dans le délai qu'elle donne (par exemple 60 jours pour un CAQ).",
        "A “notice of intent to refuse” is not a decision: reply within the delay it gives (for example 60 days for a CAQ).",
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
                "Non confirmé : la Politique sur le réexamen administratif de 2021 précède le PSTQ. Renseignez-vous auprès du Ministère ; par prudence, la date ci-dessous suppose le délai de 90 jours.",
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
