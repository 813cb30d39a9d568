//! A date written out in full for people, with its ISO form for machines.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::i18n::{format_date_long, iso, Lang};

/// "lundi 26 janvier 2026", in a `<time>` whose `datetime` gives the date to machines
/// (and to the tests, which compare it with the engine's).
pub fn long_date(date: NaiveDate, lang: Lang) -> Html {
    html! { <time datetime={iso(date)}>{ format_date_long(date, lang) }</time> }
}
