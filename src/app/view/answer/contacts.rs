//! Whom to write, call or mail: the Centre de contacts clientèle with its hours, and
//! where this request's documents go.

use yew::prelude::*;

use crate::app::view::contact::contact_card;
use crate::engine::rules::CONTACT_CENTRE;
use crate::engine::Estimate;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

/// Where to write, call or mail: the documents address for this request, and the
/// Centre de contacts clientèle with its hours.
pub fn contacts(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    html! {
        <section class="contacts" aria-labelledby="contacts-heading">
            <h3 id="contacts-heading">{ t.contacts_heading }</h3>
            { contact_card(CONTACT_CENTRE, lang, true) }
            if let Some(documents) = e.service.documents_to {
                <h4>{ t.documents_heading }</h4>
                { contact_card(documents, lang, true) }
            }
        </section>
    }
}
