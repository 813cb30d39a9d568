//! Why that date: the counted days, and every day that was skipped and why.

use yew::prelude::*;

use crate::app::view::time::long_date;
use crate::engine::Estimate;
use crate::export::{self, explain};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, Lang};

pub fn why_this_date(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let why = explain(e);
    let standard = e.applied.standard;
    let counted_unit = export::counting_unit_name(standard.unit, i64::from(e.budget), lang);
    html! {
        <section class="why" aria-labelledby="why-heading">
            <h3 id="why-heading">{ t.why_heading }</h3>
            <p>{ (t.why_intro)(&format_date(e.received, lang), e.budget, counted_unit) }</p>
            if why.total == 0 {
                <p>{ t.why_none }</p>
            } else {
                <details>
                    <summary>{ (t.why_summary)(why.total) }</summary>
                    <ul class="skipped">
                        if why.weekend_days > 0 {
                            <li>{ (t.why_weekends)(why.weekend_days) }</li>
                        }
                        { for why.holidays.iter().map(|off| html! {
                            <li>{ long_date(off.date, lang) }{" — "}{ off.name().get(lang) }</li>
                        }) }
                        { for why.stops.iter().map(|(stop, days)| html! {
                            <li>{ (t.why_stop)(&format_date(stop.from, lang), &format_date(stop.to, lang), *days) }</li>
                        }) }
                    </ul>
                </details>
            }
        </section>
    }
}
