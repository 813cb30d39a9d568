//! The warnings' sentences, once per language (the engine's `Warning::message` picks
//! the entry and formats its dates). A sentence missing from `FR` or `EN` is a missing
//! field, and the build fails. Arguments are plain: dates already written out,
//! numbers, names.

use super::Lang;

pub struct WarningTexts {
    /// The program, the day received, the day it ended.
    pub program_closed: fn(&str, &str, &str) -> String,
    /// Appended to `program_closed`: the program that replaced it.
    pub program_closed_successor: fn(&str) -> String,
    /// The program, the day it ended.
    pub closing_day: fn(&str, &str) -> String,
    /// The day the rules were checked, the day the answer is for.
    pub rules_may_be_outdated: fn(&str, &str) -> String,
    /// The share of requests the standard is for, in percent.
    pub estimate_only: fn(u8) -> String,
    pub calendar_public_service: &'static str,
    pub calendar_statutory: &'static str,
    pub observed_holidays: &'static str,
    /// The day the first Déclaration came into force.
    pub before_first_declaration: fn(&str) -> String,
    /// The name of the service whose standard is shown.
    pub reference_standard: fn(&str) -> String,
    /// The suspension's number, from 1.
    pub stop_in_future: fn(usize) -> String,
    pub decision_in_future: &'static str,
    /// Suspensions entered, suspensions counted.
    pub stops_merged: fn(usize, usize) -> String,
    /// "a Saturday": the deadline's weekday, when it is not a holiday.
    pub a_weekday: fn(&str) -> String,
    /// The deadline, and what day it is (a holiday's name or `a_weekday`).
    pub deadline_day_off: fn(&str, &str) -> String,
    /// The business days the mail is assumed to take.
    pub mail_delay: fn(u32) -> String,
    /// The deadline, and the re-examination's delay in calendar days.
    pub deadline_passed: fn(&str, u64) -> String,
}

pub fn warnings(lang: Lang) -> &'static WarningTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

pub const FR: WarningTexts = WarningTexts {
    program_closed: |program, received, ended_on| format!("Le {program} ne recevait plus de demandes le {received}\u{a0}: il a pris fin le {ended_on}. La date cible est seulement celle que donnerait la norme de service. Vérifiez la date de réception sur votre accusé de réception."),
    program_closed_successor: |successor| format!(" Pour une nouvelle demande, voyez le {successor}."),
    closing_day: |program, ended_on| format!("Hypothèse\u{a0}: le {program} a pris fin le {ended_on}\u{a0}; une demande reçue ce jour-là est considérée comme reçue avant la fin du programme. Vérifiez la date de réception sur votre accusé de réception."),
    rules_may_be_outdated: |checked_on, as_of| format!("Les règles de Délais ont été vérifiées le {checked_on}, plus de 12\u{a0}mois avant le {as_of}\u{a0}: des changements plus récents peuvent manquer. Vérifiez les pages du Ministère sur Québec.ca (quebec.ca/immigration)."),
    estimate_only: |share_percent| format!("Ceci est une estimation, pas une décision : la norme est une cible que le Ministère vise pour {share_percent} % des demandes, pas une promesse."),
    calendar_public_service: "Hypothèse : les jours ouvrables excluent les 13 jours fériés de la fonction publique du Québec, car ce sont les jours où les bureaux du Ministère sont fermés.",
    calendar_statutory: "Vous avez choisi le calendrier des jours fériés légaux : il compte moins de jours fériés que celui de la fonction publique, donc la date peut être plus tôt que la réalité.",
    observed_holidays: "Hypothèse : un jour férié tombant la fin de semaine est reporté à un jour de semaine, comme dans les fermetures publiées par l'État civil (2022) et le SFPQ (2011-2012).",
    before_first_declaration: |in_force_from| format!("La demande précède la Déclaration de services du {in_force_from} : la norme de 2021 est appliquée quand même."),
    reference_standard: |name| format!("Aucune norme de service n'est publiée pour ce programme : la date vient de la norme du programme « {name} », montrée seulement comme repère."),
    stop_in_future: |n| format!("Suspension {n} : elle se termine après aujourd'hui. Le calcul suppose que les documents arriveront à cette date."),
    decision_in_future: "La date de décision est après aujourd'hui : vérifiez-la sur la lettre.",
    stops_merged: |entered, merged| format!("{entered} suspensions saisies se chevauchent : elles comptent comme {merged}."),
    a_weekday: |weekday| format!("un {weekday}"),
    deadline_day_off: |deadline, what| format!("La date limite pour demander un réexamen est le {deadline} ({what}). Hypothèse prudente : elle n'est pas reportée au jour ouvrable suivant. Faites en sorte que la demande arrive avant."),
    mail_delay: |business_days| format!("Hypothèse : la poste prend jusqu'à {business_days} jours ouvrables. Utilisez un envoi avec suivi."),
    deadline_passed: |deadline, days| format!("La date limite pour demander un réexamen était le {deadline}. La Déclaration de services exige que la demande arrive dans les {days} jours civils suivant la date de la décision. Une plainte reste possible en tout temps."),
};

pub const EN: WarningTexts = WarningTexts {
    program_closed: |program, received, ended_on| format!("The {program} no longer accepted applications on {received}: it ended on {ended_on}. The target date is only what the service standard would give. Check the date of receipt on your acknowledgement of receipt."),
    program_closed_successor: |successor| format!(" For a new application, see the {successor}."),
    closing_day: |program, ended_on| format!("Assumption: the {program} ended on {ended_on}; a request received that day is taken as received before the program ended. Check the date of receipt on your acknowledgement of receipt."),
    rules_may_be_outdated: |checked_on, as_of| format!("Délais's rules were checked on {checked_on}, more than 12 months before {as_of}: newer changes may be missing. Check the Ministry's pages on Québec.ca (quebec.ca/en/immigration)."),
    estimate_only: |share_percent| format!("This is an estimate, not a decision: the standard is a target the Ministry aims to meet for {share_percent}% of requests, not a promise."),
    calendar_public_service: "Assumption: business days exclude the Québec public service's 13 holidays, the days the Ministry's offices are closed.",
    calendar_statutory: "You chose the statutory holidays calendar: it has fewer holidays than the public service's, so the date may come earlier than in reality.",
    observed_holidays: "Assumption: a holiday that falls on a weekend is moved to a weekday, as in the closures published by État civil (2022) and the SFPQ (2011-2012).",
    before_first_declaration: |in_force_from| format!("The request predates the Statement of services of {in_force_from}: the 2021 standard is applied anyway."),
    reference_standard: |name| format!("No service standard is published for this program: the date comes from the standard of the “{name}”, shown only as a reference."),
    stop_in_future: |n| format!("Suspension {n}: it ends after today. The estimate assumes the documents arrive on that date."),
    decision_in_future: "The decision date is after today: check it on the letter.",
    stops_merged: |entered, merged| format!("{entered} suspensions entered overlap: they count as {merged}."),
    a_weekday: |weekday| format!("a {weekday}"),
    deadline_day_off: |deadline, what| format!("The last day for a re-examination request to arrive is {deadline} ({what}). Careful assumption: it is not moved to the next business day. Make sure your request arrives before it."),
    mail_delay: |business_days| format!("Assumption: the mail takes up to {business_days} business days. Use a tracked service."),
    deadline_passed: |deadline, days| format!("The last day for a re-examination request to arrive was {deadline}. The Statement of services requires the request to arrive within {days} calendar days after the date of the decision. A complaint remains possible at any time."),
};
