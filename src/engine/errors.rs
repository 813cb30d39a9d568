//! Bad input, as typed errors with a message in each language. Nothing in the engine
//! panics on input: every way a request can be wrong is a variant here.

use super::calendar::{FIRST_YEAR, LAST_YEAR};
use super::rules::Catalogue;
use crate::i18n::{excerpt, Lang};

/// Where in a request the bad value is, so the interface can put the message next to
/// the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Service,
    Received,
    /// The start (`from`) of the clock stop at this index.
    StopFrom(usize),
    /// The end (`to`) of the clock stop at this index.
    StopTo(usize),
    DecisionDate,
    Outcome,
    Today,
    Calendar,
    MailingFrom,
    Grounds,
    /// The request as a whole (JSON that is not an object, a missing field…).
    Request,
}

impl Field {
    /// The JSON name of the field (`pauses[2].to`), used in messages and by the API.
    pub fn path(self) -> String {
        match self {
            Field::Service => "service".into(),
            Field::Received => "received".into(),
            Field::StopFrom(i) => format!("pauses[{i}].from"),
            Field::StopTo(i) => format!("pauses[{i}].to"),
            Field::DecisionDate => "decision.date".into(),
            Field::Outcome => "decision.outcome".into(),
            Field::Today => "today".into(),
            Field::Calendar => "calendar".into(),
            Field::MailingFrom => "mailing_from".into(),
            Field::Grounds => "grounds".into(),
            Field::Request => "request".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    UnknownService(String),
    /// The service has a standard that is not a date (the phone's 3 minutes).
    NotDated(String),
    /// Not of the form `YYYY-MM-DD`.
    MalformedDate { field: Field, value: String },
    /// Of the form, but no such day (`2026-02-30`).
    ImpossibleDate { field: Field, value: String },
    YearOutOfRange { field: Field, value: String },
    StopEndsBeforeStart { index: usize },
    StopBeforeReceipt { index: usize },
    DecisionBeforeReceipt,
    UnknownOutcome(String),
    UnknownCalendar(String),
    UnknownMailingOrigin(String),
    UnknownGround(String),
    /// A computed date (the target, or a recourse date) would fall after the last
    /// supported year; `field` is the date that leads there.
    TargetOutOfRange { field: Field },
    /// `delais holidays` was given a year that is not a whole number.
    NotAYear(String),
    /// `delais holidays` asked for a range that ends before it starts.
    YearsReversed { from: i32, to: i32 },
    /// A line of input that is not UTF-8 (CLI only): `line` counts from 1.
    NotUtf8 { line: usize },
    /// A line of input longer than the CLI reads (CLI only).
    LineTooLong { line: usize, limit: usize },
    /// A request larger than the JavaScript API reads (the CLI's line limit).
    RequestTooLarge { limit: usize },
    /// JSON-level problems (CLI and JavaScript API only): the parser's own words and
    /// position, which never quote the input.
    MalformedJson(String),
    MissingField(Field),
    WrongType(Field),
}

impl InputError {
    /// Stable machine code, as in the CLI's `{"error": {"code": …}}`.
    pub fn code(&self) -> &'static str {
        match self {
            InputError::UnknownService(_) => "unknown-service",
            InputError::NotDated(_) => "service-not-dated",
            InputError::MalformedDate { .. } => "malformed-date",
            InputError::ImpossibleDate { .. } => "impossible-date",
            InputError::YearOutOfRange { .. } => "year-out-of-range",
            InputError::StopEndsBeforeStart { .. } => "stop-ends-before-start",
            InputError::StopBeforeReceipt { .. } => "stop-before-receipt",
            InputError::DecisionBeforeReceipt => "decision-before-receipt",
            InputError::UnknownOutcome(_) => "unknown-outcome",
            InputError::UnknownCalendar(_) => "unknown-calendar",
            InputError::UnknownMailingOrigin(_) => "unknown-mailing-origin",
            InputError::UnknownGround(_) => "unknown-ground",
            InputError::TargetOutOfRange { .. } => "target-out-of-range",
            InputError::NotAYear(_) => "malformed-year",
            InputError::YearsReversed { .. } => "years-reversed",
            InputError::NotUtf8 { .. } => "not-utf8",
            InputError::LineTooLong { .. } => "line-too-long",
            InputError::RequestTooLarge { .. } => "request-too-large",
            InputError::MalformedJson(_) => "malformed-json",
            InputError::MissingField(_) => "missing-field",
            InputError::WrongType(_) => "wrong-type",
        }
    }

    /// The field the message belongs next to.
    pub fn field(&self) -> Field {
        match self {
            InputError::UnknownService(_) | InputError::NotDated(_) => Field::Service,
            InputError::MalformedDate { field, .. }
            | InputError::ImpossibleDate { field, .. }
            | InputError::YearOutOfRange { field, .. } => *field,
            InputError::StopEndsBeforeStart { index } => Field::StopTo(*index),
            InputError::StopBeforeReceipt { index } => Field::StopFrom(*index),
            InputError::DecisionBeforeReceipt => Field::DecisionDate,
            InputError::UnknownOutcome(_) => Field::Outcome,
            InputError::UnknownCalendar(_) => Field::Calendar,
            InputError::UnknownMailingOrigin(_) => Field::MailingFrom,
            InputError::UnknownGround(_) => Field::Grounds,
            InputError::TargetOutOfRange { field } => *field,
            InputError::MalformedJson(_)
            | InputError::NotAYear(_)
            | InputError::YearsReversed { .. }
            | InputError::NotUtf8 { .. }
            | InputError::LineTooLong { .. }
            | InputError::RequestTooLarge { .. } => Field::Request,
            InputError::MissingField(field) | InputError::WrongType(field) => *field,
        }
    }

    /// A plain sentence saying what is wrong and what to do. A value from the request
    /// appears only as a short excerpt (`i18n::excerpt`).
    pub fn message(&self, lang: Lang) -> String {
        self.message_quoting(lang, &mut |value| excerpt(value))
    }

    /// The message, with each value from the request written by `quote` (given the
    /// value as received): the page isolates its excerpts in elements of their own.
    pub fn message_quoting(&self, lang: Lang, quote: &mut dyn FnMut(&str) -> String) -> String {
        use InputError as E;
        let fr = lang == Lang::Fr;
        match self {
            E::UnknownService(id) if fr => format!("Situation inconnue : « {} ». Choisissez une situation de la liste.", quote(id)),
            E::UnknownService(id) => format!("Unknown situation: “{}”. Choose a situation from the list.", quote(id)),
            // Named as people know the service, not by its id.
            E::NotDated(id) if fr => format!(
                "La norme « {} » est un délai d'attente au téléphone : aucune date à calculer.",
                service_name(id, lang, quote)
            ),
            E::NotDated(id) => format!(
                "The standard for “{}” is a phone waiting time: there is no date to compute.",
                service_name(id, lang, quote)
            ),
            E::MalformedDate { value, .. } if fr => {
                format!("« {} » n'est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-01-26.", quote(value))
            }
            E::MalformedDate { value, .. } => {
                format!("“{}” is not a date. Write it as YYYY-MM-DD, for example 2026-01-26.", quote(value))
            }
            E::ImpossibleDate { value, .. } if fr => {
                format!("Le {} n'existe pas. Vérifiez le jour et le mois.", quote(value))
            }
            E::ImpossibleDate { value, .. } => format!("{} does not exist. Check the day and the month.", quote(value)),
            E::YearOutOfRange { value, .. } if fr => {
                format!("L'année de « {} » doit être entre {FIRST_YEAR} et {LAST_YEAR}.", quote(value))
            }
            E::YearOutOfRange { value, .. } => format!("The year of “{}” must be between {FIRST_YEAR} and {LAST_YEAR}.", quote(value)),
            E::StopEndsBeforeStart { index } if fr => format!(
                "Suspension {} : la date de réception des documents doit suivre la date de la demande de documents.",
                index + 1
            ),
            E::StopEndsBeforeStart { index } => format!(
                "Suspension {}: the date the documents were received must be on or after the date they were requested.",
                index + 1
            ),
            E::StopBeforeReceipt { index } if fr => format!(
                "Suspension {} : le Ministère ne peut pas demander de documents avant d'avoir reçu la demande.",
                index + 1
            ),
            E::StopBeforeReceipt { index } => format!(
                "Suspension {}: the Ministry cannot ask for documents before it has received the request.",
                index + 1
            ),
            E::DecisionBeforeReceipt if fr => {
                "La date de la décision doit suivre la date de réception de la demande.".into()
            }
            E::DecisionBeforeReceipt => "The decision date must be on or after the date the request was received.".into(),
            E::UnknownOutcome(value) if fr => {
                format!("Décision inconnue : « {} ». Choisissez refus, rejet ou acceptation.", quote(value))
            }
            E::UnknownOutcome(value) => {
                format!("Unknown decision: “{}”. Choose refusal, rejection or acceptance.", quote(value))
            }
            E::UnknownCalendar(value) if fr => {
                format!("Calendrier inconnu : « {} ». Choisissez qc-public-service ou qc-statutory.", quote(value))
            }
            E::UnknownCalendar(value) => {
                format!("Unknown calendar: “{}”. Choose qc-public-service or qc-statutory.", quote(value))
            }
            E::UnknownMailingOrigin(value) if fr => {
                format!("Lieu d'envoi inconnu : « {} ». Choisissez quebec, canada ou abroad.", quote(value))
            }
            E::UnknownMailingOrigin(value) => {
                format!("Unknown mailing origin: “{}”. Choose quebec, canada or abroad.", quote(value))
            }
            E::UnknownGround(value) if fr => format!(
                "Motif inconnu : « {} ». Choisissez situation-change, initial-error, omitted-fact ou other.",
                quote(value)
            ),
            E::UnknownGround(value) => format!(
                "Unknown ground: “{}”. Choose situation-change, initial-error, omitted-fact or other.",
                quote(value)
            ),
            E::TargetOutOfRange { .. } if fr => {
                format!("Une date calculée tomberait après {LAST_YEAR} : ce calendrier ne va pas plus loin.")
            }
            E::TargetOutOfRange { .. } => format!("A computed date would fall after {LAST_YEAR}: the calendar does not go further."),
            E::NotAYear(value) if fr => format!("« {} » n'est pas une année. Écrivez-la en chiffres, par exemple 2026.", quote(value)),
            E::NotAYear(value) => format!("“{}” is not a year. Write it in digits, for example 2026.", quote(value)),
            E::YearsReversed { from, to } if fr => {
                format!("L'année de début ({from}) doit précéder ou égaler l'année de fin ({to}).")
            }
            E::YearsReversed { from, to } => format!("The first year ({from}) must not come after the last year ({to})."),
            E::NotUtf8 { line } if fr => format!("La ligne {line} n'est pas du texte UTF-8 : elle est ignorée."),
            E::NotUtf8 { line } => format!("Line {line} is not UTF-8 text: it is skipped."),
            E::LineTooLong { line, limit } if fr => {
                format!("La ligne {line} dépasse {limit} octets : elle n'est pas lue.")
            }
            E::LineTooLong { line, limit } => format!("Line {line} is longer than {limit} bytes: it is not read."),
            E::RequestTooLarge { limit } if fr => format!("La requête dépasse {limit} octets : elle n'est pas lue."),
            E::RequestTooLarge { limit } => format!("The request is longer than {limit} bytes: it is not read."),
            E::MalformedJson(detail) if fr => format!("Ligne JSON illisible : {detail}."),
            E::MalformedJson(detail) => format!("Unreadable JSON line: {detail}."),
            E::MissingField(field) if fr => format!("Le champ « {} » est obligatoire.", field.path()),
            E::MissingField(field) => format!("The field “{}” is required.", field.path()),
            E::WrongType(field) if fr => format!("Le champ « {} » n'a pas le bon type.", field.path()),
            E::WrongType(field) => format!("The field “{}” has the wrong type.", field.path()),
        }
    }
}

/// A service's name in `lang`, or the id as given (quoted) when it is not in the catalogue.
fn service_name(id: &str, lang: Lang, quote: &mut dyn FnMut(&str) -> String) -> String {
    Catalogue::OFFICIAL.service(id).map_or_else(|| quote(id), |s| s.name.get(lang).to_string())
}

impl core::fmt::Display for InputError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
