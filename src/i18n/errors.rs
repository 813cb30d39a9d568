//! The input errors' sentences, once per language (the engine's `InputError::message`
//! picks the entry). A sentence missing from `FR` or `EN` is a missing field, and the
//! build fails. Arguments are plain: a value from the request is already quoted (an
//! excerpt), a field is its JSON path, a list of choices is already joined.

use super::Lang;

pub struct ErrorTexts {
    /// Joins the last two choices of a list: "a, b or c".
    pub or: &'static str,
    /// The id as given.
    pub unknown_service: fn(&str) -> String,
    /// The service's name.
    pub not_dated: fn(&str) -> String,
    pub malformed_date: fn(&str) -> String,
    pub impossible_date: fn(&str) -> String,
    /// The value, the first and the last year the calendars cover.
    pub year_out_of_range: fn(&str, i32, i32) -> String,
    /// The suspension's number, from 1.
    pub stop_ends_before_start: fn(usize) -> String,
    pub stop_before_receipt: fn(usize) -> String,
    pub decision_before_receipt: &'static str,
    pub unknown_outcome: fn(&str) -> String,
    /// The value, and the codes to choose from.
    pub unknown_calendar: fn(&str, &str) -> String,
    pub unknown_mailing_origin: fn(&str, &str) -> String,
    pub unknown_ground: fn(&str, &str) -> String,
    /// The last year the calendars cover.
    pub target_out_of_range: fn(i32) -> String,
    pub not_a_year: fn(&str) -> String,
    pub years_reversed: fn(i32, i32) -> String,
    /// The line's number, from 1.
    pub not_utf8: fn(usize) -> String,
    /// The line's number, and the limit in bytes.
    pub line_too_long: fn(usize, usize) -> String,
    pub request_too_large: fn(usize) -> String,
    /// The parser's own words.
    pub malformed_json: fn(&str) -> String,
    /// The field's JSON path.
    pub missing_field: fn(&str) -> String,
    pub wrong_type: fn(&str) -> String,
}

pub fn errors(lang: Lang) -> &'static ErrorTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The codes as a list to choose from: "a, b ou c".
pub fn choices(codes: &[&str], lang: Lang) -> String {
    let mut list = String::new();
    for (i, code) in codes.iter().enumerate() {
        if i > 0 {
            list.push_str(if i + 1 == codes.len() { errors(lang).or } else { ", " });
        }
        list.push_str(code);
    }
    list
}

pub const FR: ErrorTexts = ErrorTexts {
    or: " ou ",
    unknown_service: |id| format!("Situation inconnue : « {id} ». Choisissez une situation de la liste."),
    not_dated: |name| format!("La norme « {name} » est un délai d'attente au téléphone : aucune date à calculer."),
    malformed_date: |value| format!("« {value} » n'est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-01-26."),
    impossible_date: |value| format!("Le {value} n'existe pas. Vérifiez le jour et le mois."),
    year_out_of_range: |value, first, last| format!("L'année de « {value} » doit être entre {first} et {last}."),
    stop_ends_before_start: |n| format!("Suspension {n} : la date de réception des documents doit suivre la date de la demande de documents."),
    stop_before_receipt: |n| format!("Suspension {n} : le Ministère ne peut pas demander de documents avant d'avoir reçu la demande."),
    decision_before_receipt: "La date de la décision doit suivre la date de réception de la demande.",
    unknown_outcome: |value| format!("Décision inconnue : « {value} ». Choisissez refus, rejet ou acceptation."),
    unknown_calendar: |value, codes| format!("Calendrier inconnu : « {value} ». Choisissez {codes}."),
    unknown_mailing_origin: |value, codes| format!("Lieu d'envoi inconnu : « {value} ». Choisissez {codes}."),
    unknown_ground: |value, codes| format!("Motif inconnu : « {value} ». Choisissez {codes}."),
    target_out_of_range: |last| format!("Une date calculée tomberait après {last} : ce calendrier ne va pas plus loin."),
    not_a_year: |value| format!("« {value} » n'est pas une année. Écrivez-la en chiffres, par exemple 2026."),
    years_reversed: |from, to| format!("L'année de début ({from}) doit précéder ou égaler l'année de fin ({to})."),
    not_utf8: |line| format!("La ligne {line} n'est pas du texte UTF-8 : elle est ignorée."),
    line_too_long: |line, limit| format!("La ligne {line} dépasse {limit} octets : elle n'est pas lue."),
    request_too_large: |limit| format!("La requête dépasse {limit} octets : elle n'est pas lue."),
    malformed_json: |detail| format!("Ligne JSON illisible : {detail}."),
    missing_field: |path| format!("Le champ « {path} » est obligatoire."),
    wrong_type: |path| format!("Le champ « {path} » n'a pas le bon type."),
};

pub const EN: ErrorTexts = ErrorTexts {
    or: " or ",
    unknown_service: |id| format!("Unknown situation: “{id}”. Choose a situation from the list."),
    not_dated: |name| format!("The standard for “{name}” is a phone waiting time: there is no date to compute."),
    malformed_date: |value| format!("“{value}” is not a date. Write it as YYYY-MM-DD, for example 2026-01-26."),
    impossible_date: |value| format!("{value} does not exist. Check the day and the month."),
    year_out_of_range: |value, first, last| format!("The year of “{value}” must be between {first} and {last}."),
    stop_ends_before_start: |n| format!("Suspension {n}: the date the documents were received must be on or after the date they were requested."),
    stop_before_receipt: |n| format!("Suspension {n}: the Ministry cannot ask for documents before it has received the request."),
    decision_before_receipt: "The decision date must be on or after the date the request was received.",
    unknown_outcome: |value| format!("Unknown decision: “{value}”. Choose refusal, rejection or acceptance."),
    unknown_calendar: |value, codes| format!("Unknown calendar: “{value}”. Choose {codes}."),
    unknown_mailing_origin: |value, codes| format!("Unknown mailing origin: “{value}”. Choose {codes}."),
    unknown_ground: |value, codes| format!("Unknown ground: “{value}”. Choose {codes}."),
    target_out_of_range: |last| format!("A computed date would fall after {last}: the calendar does not go further."),
    not_a_year: |value| format!("“{value}” is not a year. Write it in digits, for example 2026."),
    years_reversed: |from, to| format!("The first year ({from}) must not come after the last year ({to})."),
    not_utf8: |line| format!("Line {line} is not UTF-8 text: it is skipped."),
    line_too_long: |line, limit| format!("Line {line} is longer than {limit} bytes: it is not read."),
    request_too_large: |limit| format!("The request is longer than {limit} bytes: it is not read."),
    malformed_json: |detail| format!("Unreadable JSON line: {detail}."),
    missing_field: |path| format!("The field “{path}” is required."),
    wrong_type: |path| format!("The field “{path}” has the wrong type."),
};
