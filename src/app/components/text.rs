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

/// Stands in a message for a value the page did not write; `quoting` puts the value there.
pub const MARK: &str = "\u{1}";

/// `text` with each `MARK` replaced by the next of `values` (excerpts, see
/// `i18n::excerpt`), each in a `<bdi class="quoted">`: isolated from the direction of
/// the page's words, and set apart from them (not in the message's bold or colour).
pub fn quoting(text: &str, values: &[String]) -> Html {
    let mut values = values.iter();
    let mut nodes: Vec<Html> = Vec::new();
    for (i, part) in text.split(MARK).enumerate() {
        if i > 0 {
            if let Some(value) = values.next() {
                nodes.push(html! { <bdi class="quoted">{ value.clone() }</bdi> });
            }
        }
        nodes.push(html! { { part.to_string() } });
    }
    html! { <>{ for nodes }</> }
}

/// An engine error's message, its quoted values isolated as `quoting` does.
pub fn error_message(error: &crate::engine::InputError, lang: Lang) -> Html {
    let mut values = Vec::new();
    let text = error.message_quoting(lang, &mut |value| {
        values.push(crate::i18n::excerpt(value));
        MARK.to_string()
    });
    quoting(&text, &values)
}
