//! A value the page did not write (from a link, a widget's attribute, a file) inside a
//! message of the page: shown as a short excerpt, isolated from the direction of the
//! page's words and set apart from them, so it never speaks in the page's voice.

use yew::prelude::*;

use crate::i18n::Lang;

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
