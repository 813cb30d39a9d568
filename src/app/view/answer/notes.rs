//! After the picture: the program's dated notes, what to know to read the answer
//! honestly (our assumptions marked), and the sources with the day the rules were checked.

use yew::prelude::*;

use crate::engine::{Catalogue, Estimate, Warning};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, Lang};

pub fn notes(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let declaration = e.applied.declaration;
    let standard = e.applied.standard;
    html! {
        <>
        if !e.notes.is_empty() {
            <section class="notes" aria-labelledby="notes-heading">
                <h3 id="notes-heading">{ t.notes_heading }</h3>
                <ul>
                    { for e.notes.iter().map(|n| html! {
                        <li>{ n.text.get(lang) }{" "}<span class="source-inline">{ format!("({}, {})", n.source.document.get(lang), n.source.date) }</span></li>
                    }) }
                </ul>
            </section>
        }
        <section class="warnings" aria-labelledby="warnings-heading">
            <h3 id="warnings-heading">{ t.warnings_heading }</h3>
            <ul>
                { for e.warnings.iter().filter(|w| !matches!(w, Warning::ProgramClosed { .. })).map(|w| html! {
                    <li class={w.is_assumption().then_some("assumption")}>
                        { w.message(lang) }
                    </li>
                }) }
            </ul>
        </section>
        <section class="sources" aria-labelledby="sources-heading">
            <h3 id="sources-heading">{ t.sources_heading }</h3>
            <p>{ (t.source_standard)(declaration.title.get(lang), declaration.edition.get(lang), standard.section.get(lang)) }</p>
            <blockquote lang="fr">{ standard.commitment.fr }</blockquote>
            <p class="rules-checked">{ (t.rules_checked)(&format_date(Catalogue::OFFICIAL.checked_on, lang)) }</p>
            <p class="disclaimer">{ t.disclaimer }</p>
        </section>
        </>
    }
}
