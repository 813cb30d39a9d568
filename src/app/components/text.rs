//! Elements that hold one text and nothing else, each built by one function. `html!`
//! builds every element inline where it is written, so the answer's many such
//! paragraphs and list items share one copy of that code instead.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::i18n::{format_date_long, iso, Lang};

/// `<p>` holding `text`.
pub fn para(text: impl Into<AttrValue>) -> Html {
    let text: AttrValue = text.into();
    html! { <p>{ text }</p> }
}

/// `<li>` holding `text`.
pub fn item(text: impl Into<AttrValue>) -> Html {
    let text: AttrValue = text.into();
    html! { <li>{ text }</li> }
}

/// `<p class={class}>` holding `text`.
pub fn para_class(class: &'static str, text: impl Into<AttrValue>) -> Html {
    let text: AttrValue = text.into();
    html! { <p {class}>{ text }</p> }
}

/// A section's `<h3>`, with the `id` its `aria-labelledby` names.
pub fn heading(id: &'static str, text: &'static str) -> Html {
    html! { <h3 {id}>{ text }</h3> }
}

/// A date written out in full ("lundi 26 janvier 2026"), in a `<time>` that gives its
/// ISO form to machines.
pub fn long_date(date: NaiveDate, lang: Lang) -> Html {
    html! { <time datetime={iso(date)}>{ format_date_long(date, lang) }</time> }
}
