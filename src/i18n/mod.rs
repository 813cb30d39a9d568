//! Languages, bilingual texts and the one date formatter.
//!
//! Every sentence a person reads is here: the interface's texts in the typed catalogue
//! (`catalogue.rs`), the warnings' and the input errors' sentences in typed tables of
//! the same kind (`warnings.rs`, `errors.rs`, and the caseload's page and messages in
//! `caseload.rs`), where a missing translation is a missing struct field and does not
//! compile, and the recourse's explanations as `Text` pairs (`recourse.rs`). Names that
//! belong to a rule (a holiday's, a service's) stay as `Text` pairs beside it, in the
//! engine's data. This module names no engine or caseload type: the engine and the
//! caseload pick an entry and pass plain values (dates written out, numbers, names).

pub mod caseload;
pub mod catalogue;
pub mod errors;
pub mod recourse;
pub mod warnings;

use chrono::{Datelike, NaiveDate, Weekday};

/// The two languages of the product. French is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Accepts `fr`, `en` and browser tags such as `en-CA` or `fr-ca`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("fr") {
            Some(Lang::Fr)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A text in both languages, known at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub fr: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(fr: &'static str, en: &'static str) -> Text {
        Text { fr, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }
}

const MONTHS_FR: [&str; 12] = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

pub fn weekday_name(day: Weekday, lang: Lang) -> &'static str {
    let index = day.num_days_from_monday() as usize;
    match lang {
        Lang::Fr => ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][index],
        Lang::En => ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index],
    }
}

pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let index = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Fr => MONTHS_FR[index],
        Lang::En => MONTHS_EN[index],
    }
}

/// "lundi 26 janvier 2026" / "Monday, January 26, 2026" (Office québécois de la langue
/// française: lower-case weekday and month, "1er" for the first day).
pub fn format_date_long(date: NaiveDate, lang: Lang) -> String {
    let weekday = weekday_name(date.weekday(), lang);
    format!("{weekday}{}", format_date_sep(date, lang))
}

/// "26 janvier 2026" / "January 26, 2026".
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    let text = format_date_sep(date, lang);
    text.trim_start_matches([' ', ',']).to_string()
}

fn format_date_sep(date: NaiveDate, lang: Lang) -> String {
    let month = month_name(date.month(), lang);
    let (day, year) = (date.day(), date.year());
    match lang {
        Lang::Fr if day == 1 => format!(" 1er {month} {year}"),
        Lang::Fr => format!(" {day} {month} {year}"),
        Lang::En => format!(", {month} {day}, {year}"),
    }
}

/// `YYYY-MM-DD`, the one machine format (URLs, JSON, `.ics` uses it without dashes).
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Picks the noun form for a count: French uses the singular for 0 and 1
/// ("0 jour", "1 jour"), English only for 1 ("0 days", "1 day").
pub fn plural<'a>(lang: Lang, count: i64, one: &'a str, many: &'a str) -> &'a str {
    let singular = match lang {
        Lang::Fr => count.abs() <= 1,
        Lang::En => count.abs() == 1,
    };
    if singular {
        one
    } else {
        many
    }
}

/// The most characters of a value from outside (an address, an attribute, a request, a
/// pasted cell) that a message quotes back: a date is 10.
pub const EXCERPT_CHARS: usize = 12;

/// Whether `c` changes the direction of the text around it (U+202A–U+202E embeddings
/// and overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A value the interface did not write, made safe to quote in a message: direction
/// controls and other control characters removed, at most `EXCERPT_CHARS` characters,
/// cut with "…". A message quotes nothing else from outside; the page also isolates the
/// excerpt (`<bdi>`) and sets it apart from its own words.
pub fn excerpt(value: &str) -> String {
    let mut out = String::new();
    // U+2028/U+2029 end a line or a paragraph, which resets the text's direction too.
    let shown = |c: &char| !c.is_control() && !is_bidi_control(*c) && !matches!(c, '\u{2028}' | '\u{2029}');
    for (kept, c) in value.chars().filter(shown).enumerate() {
        if kept == EXCERPT_CHARS {
            out.push('…');
            break;
        }
        out.push(c);
    }
    out
}
