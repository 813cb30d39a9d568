//! A decision and what can follow it (docs/rules.md §4): the outcome written on the
//! letter, where a re-examination request is mailed from, and the grounds for a
//! reconsideration. Each has its codes, as in URLs and JSON (`ALL`, `code`).

use crate::i18n::Text;

/// The outcome written on a decision letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Refus: the request was examined and refused.
    Refusal,
    /// Rejet: the request was not examined (incomplete, ineligible…). A request
    /// returned unprocessed because a cap was reached is not a rejection (§5).
    Rejection,
    Acceptance,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Refusal, Outcome::Rejection, Outcome::Acceptance];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Refusal => "refusal",
            Outcome::Rejection => "rejection",
            Outcome::Acceptance => "acceptance",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            Outcome::Refusal => Text::new("Refus", "Refusal"),
            Outcome::Rejection => Text::new("Rejet", "Rejection"),
            Outcome::Acceptance => Text::new("Acceptation", "Acceptance"),
        }
    }
}

/// Where a re-examination request is mailed from (docs/rules.md §4, "mail early").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MailingOrigin {
    #[default]
    Quebec,
    Canada,
    Abroad,
}

impl MailingOrigin {
    pub const ALL: [MailingOrigin; 3] = [MailingOrigin::Quebec, MailingOrigin::Canada, MailingOrigin::Abroad];

    pub fn code(self) -> &'static str {
        match self {
            MailingOrigin::Quebec => "quebec",
            MailingOrigin::Canada => "canada",
            MailingOrigin::Abroad => "abroad",
        }
    }

    pub fn from_code(code: &str) -> Option<MailingOrigin> {
        MailingOrigin::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            MailingOrigin::Quebec => Text::new("du Québec", "from Québec"),
            MailingOrigin::Canada => Text::new("d'ailleurs au Canada", "from elsewhere in Canada"),
            MailingOrigin::Abroad => Text::new("de l'extérieur du Canada", "from outside Canada"),
        }
    }

    /// **Decision**: Canada Post's standard is 3–7 business days since 2025 (strikes
    /// happen), so 7 within Canada; no standard is published from abroad, so 15.
    pub fn delivery_business_days(self) -> u32 {
        match self {
            MailingOrigin::Quebec | MailingOrigin::Canada => 7,
            MailingOrigin::Abroad => 15,
        }
    }
}

/// A ground for reconsidering a PILI/PAFILI decision (Déclaration 2021, "Recours :
/// Demande de reconsidération d'une décision"). The Déclaration gives the first three
/// as examples ("Par exemple"): any ground likely to change the person's eligibility
/// counts, hence `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ground {
    SituationChange,
    InitialError,
    OmittedFact,
    /// Another ground likely to change eligibility for the courses or the aid.
    Other,
}

impl Ground {
    pub const ALL: [Ground; 4] = [Ground::SituationChange, Ground::InitialError, Ground::OmittedFact, Ground::Other];

    pub fn code(self) -> &'static str {
        match self {
            Ground::SituationChange => "situation-change",
            Ground::InitialError => "initial-error",
            Ground::OmittedFact => "omitted-fact",
            Ground::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Ground> {
        Ground::ALL.into_iter().find(|g| g.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            Ground::SituationChange => Text::new(
                "Un changement est survenu dans ma situation",
                "My situation has changed",
            ),
            Ground::InitialError => Text::new(
                "Ma demande initiale comportait une erreur ou un oubli de ma part",
                "My initial request had an error or an omission on my part",
            ),
            Ground::OmittedFact => Text::new(
                "Le Ministère a omis un fait essentiel en rendant sa décision",
                "The Ministry left out an essential fact when it decided",
            ),
            Ground::Other => Text::new(
                "Un autre motif qui pourrait modifier mon admissibilité aux cours ou à l'aide financière",
                "Another ground that may change my eligibility for the courses or the financial aid",
            ),
        }
    }
}
