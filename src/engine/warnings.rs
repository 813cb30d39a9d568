//! What the person must know to read an estimate honestly: each warning with its
//! message in both languages. `is_assumption` marks the project's own choices
//! (docs/rules.md, "Assumption (ours)").

use chrono::{Datelike, NaiveDate};

use super::calendar::{CalendarId, DayKind};
use super::rules::REEXAMINATION_DAYS;
use crate::i18n::{format_date, weekday_name, Lang, Text};

/// Something the person must know to read the result honestly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The program had stopped receiving applications when this one was received: the
    /// target is only what the standard would give (docs/rules.md §5). Listed first.
    ProgramClosed { program: &'static str, ended_on: NaiveDate, received: NaiveDate, successor: Option<Text> },
    /// Received on the day the program ended, taken as received before its end
    /// (**decision**).
    ClosingDayAssumption { program: &'static str, ended_on: NaiveDate },
    /// "As of" is more than 12 months after the day the rules were last checked.
    RulesMayBeOutdated { checked_on: NaiveDate, as_of: NaiveDate },
    /// Always: this is an estimate from published targets, not a decision.
    EstimateOnly { share_percent: u8 },
    /// Business days counted with our choice of holidays (**decision**).
    CalendarAssumption(CalendarId),
    /// A holiday moved off a weekend was skipped (**decision**).
    ObservedHolidayAssumption,
    BeforeFirstDeclaration { in_force_from: NaiveDate },
    /// The service has no standard; another's is shown (PSTQ → PRTQ), named by
    /// its service's name (an id is not for people).
    ReferenceStandard { reference: &'static str, name: Text },
    /// A clock stop ends after "today": planned, not yet happened.
    StopInFuture { index: usize },
    DecisionInFuture,
    /// Fewer clock stops counted than entered: some overlapped and were merged.
    StopsMerged { entered: usize, merged: usize },
    /// The re-examination deadline is a weekend or holiday: no extension assumed.
    DeadlineDayOff { deadline: NaiveDate, day: DayKind },
    /// "Mail by" allows our assumed delivery time (**decision**).
    MailDelayAssumption { business_days: u32 },
    /// Today is past the re-examination deadline.
    DeadlinePassed { deadline: NaiveDate },
}

impl Warning {
    pub fn code(&self) -> &'static str {
        match self {
            Warning::ProgramClosed { .. } => "program-closed",
            Warning::ClosingDayAssumption { .. } => "assumption-closing-day",
            Warning::RulesMayBeOutdated { .. } => "rules-may-be-outdated",
            Warning::EstimateOnly { .. } => "estimate-only",
            Warning::CalendarAssumption(_) => "assumption-calendar",
            Warning::ObservedHolidayAssumption => "assumption-observed-holidays",
            Warning::BeforeFirstDeclaration { .. } => "before-first-declaration",
            Warning::ReferenceStandard { .. } => "reference-standard",
            Warning::StopInFuture { .. } => "stop-in-future",
            Warning::DecisionInFuture => "decision-in-future",
            Warning::StopsMerged { .. } => "stops-merged",
            Warning::DeadlineDayOff { .. } => "deadline-day-off",
            Warning::MailDelayAssumption { .. } => "assumption-mail-delay",
            Warning::DeadlinePassed { .. } => "deadline-passed",
        }
    }

    /// True for the items docs/rules.md marks **decision**: our assumption, said as such.
    pub fn is_assumption(&self) -> bool {
        matches!(
            self,
            Warning::CalendarAssumption(_)
                | Warning::ClosingDayAssumption { .. }
                | Warning::ObservedHolidayAssumption
                | Warning::DeadlineDayOff { .. }
                | Warning::MailDelayAssumption { .. }
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match *self {
            Warning::ProgramClosed { program, ended_on, received, successor } => {
                let (received, ended_on) = (format_date(received, lang), format_date(ended_on, lang));
                let mut text = if fr {
                    format!("Le {program} ne recevait plus de demandes le {received}\u{a0}: il a pris fin le {ended_on}. La date cible est seulement celle que donnerait la norme de service. Vérifiez la date de réception sur votre accusé de réception.")
                } else {
                    format!("The {program} no longer accepted applications on {received}: it ended on {ended_on}. The target date is only what the service standard would give. Check the date of receipt on your acknowledgement of receipt.")
                };
                if let Some(successor) = successor {
                    text.push_str(&if fr {
                        format!(" Pour une nouvelle demande, voyez le {}.", successor.fr)
                    } else {
                        format!(" For a new application, see the {}.", successor.en)
                    });
                }
                text
            }
            Warning::ClosingDayAssumption { program, ended_on } if fr => format!(
                "Hypothèse\u{a0}: le {program} a pris fin le {}\u{a0}; une demande reçue ce jour-là est considérée comme reçue avant la fin du programme. Vérifiez la date de réception sur votre accusé de réception.",
                format_date(ended_on, lang)
            ),
            Warning::ClosingDayAssumption { program, ended_on } => format!(
                "Assumption: the {program} ended on {}; a request received that day is taken as received before the program ended. Check the date of receipt on your acknowledgement of receipt.",
                format_date(ended_on, lang)
            ),
            Warning::RulesMayBeOutdated { checked_on, as_of } if fr => format!(
                "Les règles de Délais ont été vérifiées le {}, plus de 12\u{a0}mois avant le {}\u{a0}: des changements plus récents peuvent manquer. Vérifiez les pages du Ministère sur Québec.ca (quebec.ca/immigration).",
                format_date(checked_on, lang),
                format_date(as_of, lang)
            ),
            Warning::RulesMayBeOutdated { checked_on, as_of } => format!(
                "Délais's rules were checked on {}, more than 12 months before {}: newer changes may be missing. Check the Ministry's pages on Québec.ca (quebec.ca/en/immigration).",
                format_date(checked_on, lang),
                format_date(as_of, lang)
            ),
            Warning::EstimateOnly { share_percent } if fr => format!(
                "Ceci est une estimation, pas une décision : la norme est une cible que le Ministère vise pour {share_percent} % des demandes, pas une promesse."
            ),
            Warning::EstimateOnly { share_percent } => format!(
                "This is an estimate, not a decision: the standard is a target the Ministry aims to meet for {share_percent}% of requests, not a promise."
            ),
            Warning::CalendarAssumption(CalendarId::QcPublicService) if fr => "Hypothèse : les jours ouvrables excluent les 13 jours fériés de la fonction publique du Québec, car ce sont les jours où les bureaux du Ministère sont fermés.".into(),
            Warning::CalendarAssumption(CalendarId::QcPublicService) => "Assumption: business days exclude the Québec public service's 13 holidays, the days the Ministry's offices are closed.".into(),
            Warning::CalendarAssumption(CalendarId::QcStatutory) if fr => "Vous avez choisi le calendrier des jours fériés légaux : il compte moins de jours fériés que celui de la fonction publique, donc la date peut être plus tôt que la réalité.".into(),
            Warning::CalendarAssumption(CalendarId::QcStatutory) => "You chose the statutory holidays calendar: it has fewer holidays than the public service's, so the date may come earlier than in reality.".into(),
            Warning::ObservedHolidayAssumption if fr => "Hypothèse : un jour férié tombant la fin de semaine est reporté à un jour de semaine, comme dans les fermetures publiées par l'État civil (2022) et le SFPQ (2011-2012).".into(),
            Warning::ObservedHolidayAssumption => "Assumption: a holiday that falls on a weekend is moved to a weekday, as in the closures published by État civil (2022) and the SFPQ (2011-2012).".into(),
            Warning::BeforeFirstDeclaration { in_force_from } if fr => format!(
                "La demande précède la Déclaration de services du {} : la norme de 2021 est appliquée quand même.",
                format_date(in_force_from, lang)
            ),
            Warning::BeforeFirstDeclaration { in_force_from } => format!(
                "The request predates the Statement of services of {}: the 2021 standard is applied anyway.",
                format_date(in_force_from, lang)
            ),
            Warning::ReferenceStandard { name, .. } if fr => format!(
                "Aucune norme de service n'est publiée pour ce programme : la date vient de la norme du programme « {} », montrée seulement comme repère.",
                name.fr
            ),
            Warning::ReferenceStandard { name, .. } => format!(
                "No service standard is published for this program: the date comes from the standard of the “{}”, shown only as a reference.",
                name.en
            ),
            Warning::StopInFuture { index } if fr => format!(
                "Suspension {} : elle se termine après aujourd'hui. Le calcul suppose que les documents arriveront à cette date.",
                index + 1
            ),
            Warning::StopInFuture { index } => format!(
                "Suspension {}: it ends after today. The estimate assumes the documents arrive on that date.",
                index + 1
            ),
            Warning::DecisionInFuture if fr => "La date de décision est après aujourd'hui : vérifiez-la sur la lettre.".into(),
            Warning::DecisionInFuture => "The decision date is after today: check it on the letter.".into(),
            Warning::StopsMerged { entered, merged } if fr => format!(
                "{entered} suspensions saisies se chevauchent : elles comptent comme {merged}."
            ),
            Warning::StopsMerged { entered, merged } => format!(
                "{entered} suspensions entered overlap: they count as {merged}."
            ),
            Warning::DeadlineDayOff { deadline, day } => {
                let what = match (day, fr) {
                    (DayKind::Holiday(off), _) => off.name().get(lang).to_string(),
                    (_, true) => format!("un {}", weekday_name(deadline.weekday(), lang)),
                    (_, false) => format!("a {}", weekday_name(deadline.weekday(), lang)),
                };
                if fr {
                    format!(
                        "La date limite pour demander un réexamen est le {} ({what}). Hypothèse prudente : elle n'est pas reportée au jour ouvrable suivant. Faites en sorte que la demande arrive avant.",
                        format_date(deadline, lang)
                    )
                } else {
                    format!(
                        "The last day for a re-examination request to arrive is {} ({what}). Careful assumption: it is not moved to the next business day. Make sure your request arrives before it.",
                        format_date(deadline, lang)
                    )
                }
            }
            Warning::MailDelayAssumption { business_days } if fr => format!(
                "Hypothèse : la poste prend jusqu'à {business_days} jours ouvrables. Utilisez un envoi avec suivi."
            ),
            Warning::MailDelayAssumption { business_days } => format!(
                "Assumption: the mail takes up to {business_days} business days. Use a tracked service."
            ),
            Warning::DeadlinePassed { deadline } if fr => format!(
                "La date limite pour demander un réexamen était le {}. La Déclaration de services exige que la demande arrive dans les {REEXAMINATION_DAYS} jours civils suivant la date de la décision. Une plainte reste possible en tout temps.",
                format_date(deadline, lang)
            ),
            Warning::DeadlinePassed { deadline } => format!(
                "The last day for a re-examination request to arrive was {}. The Statement of services requires the request to arrive within {REEXAMINATION_DAYS} calendar days after the date of the decision. A complaint remains possible at any time.",
                format_date(deadline, lang)
            ),
        }
    }
}

