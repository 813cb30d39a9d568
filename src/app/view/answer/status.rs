//! Where the request stands on the status date: counting, suspended, due, overdue or decided.

use yew::prelude::*;

use crate::engine::{Estimate, Status};
use crate::export;
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, Lang};

pub fn status(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let Some(status) = e.status else { return html! {} };
    let lines = export::status_text(e, status, lang);
    html! {
        <div class={format!("status status-{}", status.code())} id="status">
            <h3>{ t.status_heading }</h3>
            if let Some(today) = e.today {
                <p class="as-of">{ (t.as_of_today)(&format_date(today, lang)) }</p>
            }
            { for lines.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
            if matches!(status, Status::Overdue { .. }) {
                <p><a href="#contacts-heading">{ t.contacts_heading }</a></p>
            }
        </div>
    }
}
