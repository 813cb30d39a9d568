//! The answer: the date, where the request stands, why that date, what can be done
//! against a decision, and where every rule comes from.

use std::rc::Rc;

use yew::prelude::*;

use super::contact::{contact_card, postal_address};
use super::text::{heading, item, long_date, para, para_class};
use super::timeline::timeline;
use crate::app::browser;
use crate::app::compute::Computed;
use crate::app::state::{Action, Flash, State};
use crate::app::Mode;
use crate::engine::recourse::{
    COMPLAINT_TRANSFER, EVALUATION_REVIEW_DAYS, EVALUATION_REVIEW_TEXT, REEXAMINATION_DAYS, RECONSIDERATION_GROUNDS, RECONSIDERATION_HOW, RECONSIDERATION_SCOPE,
    REEXAMINATION_ANSWER_DELAY, REEXAMINATION_CAVEATS, REEXAMINATION_CONDITION, REEXAMINATION_HOW, TRIBUNAL_TEXT,
};
use crate::engine::rules::{COMPLAINTS, CONTACT_CENTRE, IMMIGRATION_FILES, RECONSIDERATION, REEXAMINATION_SERVICE};
use crate::engine::{Catalogue, Estimate, Recourse, Status, Warning};
use crate::export::{self, explain, unit_name};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, format_date_long, iso, Lang};

/// The answer's place: what is missing for one, then the answer.
pub fn result_view(state: &State, computed: &Computed, dispatch: &Callback<Action>, mode: Mode, later: bool) -> Html {
    let lang = state.lang;
    let t = ui(lang);
    let body = match &computed.estimate {
        Some(_) if later => html! { <div data-pending="" /> },
        None => para_class("waiting", t.result_waiting),
        Some(e) => html! {
            <>
            { headline(e, lang) }
            { status(e, lang) }
            { actions(e, lang, state.flash, dispatch, mode) }
            { why_this_date(e, lang) }
            { recourse(e, lang) }
            { contacts(e, lang) }
            { timeline(e, lang) }
            { notes(e, lang) }
            </>
        },
    };
    html! {
        <section id="result" class="result" aria-labelledby="result-heading" tabindex="-1">
            <h2 id="result-heading" class="visually-hidden">{ t.result_heading }</h2>
            { body }
        </section>
    }
}

fn headline(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let standard = e.applied.standard;
    html! {
        <div class="headline">
            { para_class("service-name", e.service.name.get(lang)) }
            { program_closed(e, lang) }
            { para_class("target-label", t.target_label) }
            <p class="target" id="target">
                { e.service.due_by.get(lang) }{" "}{ long_date(e.target, lang) }
            </p>
            { para_class("share", (t.share)(standard.share_percent)) }
            { para_class("standard", (t.standard_line)(standard.amount, unit_name(standard.unit, i64::from(standard.amount), lang), standard.share_percent)) }
            if let Some(footnote) = standard.footnote {
                { para_class("footnote", footnote.get(lang)) }
            }
            if let Some(announced) = e.announced {
                <div class="announced">
                    { para_class("announced-title", t.announced_heading) }
                    <p class="announced-date" id="announced-target">{ long_date(announced.target, lang) }</p>
                    { para(announced.delay.text.get(lang)) }
                </div>
            }
            if !e.results.is_empty() {
                <div class="published">
                    { para_class("published-title", t.published_heading) }
                    <ul>
                        { for e.results.iter().map(|r| html! {
                            <li>{ r.text.get(lang) }{" "}<span class="source-inline">{ format!("({}, {})", r.source.document.get(lang), r.source.date) }</span></li>
                        }) }
                    </ul>
                </div>
            }
        </div>
    }
}

/// Before the target: the program no longer received applications on the day this one
/// was received, so the date is only what the standard would give (docs/rules.md §5).
fn program_closed(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let Some(warning) = e.warnings.iter().find(|w| matches!(w, Warning::ProgramClosed { .. })) else {
        return html! {};
    };
    let source = Catalogue::OFFICIAL.closure_for(e.service.id).map(|c| c.source);
    html! {
        <div class="program-closed" id="program-closed">
            { para_class("program-closed-title", t.closed_title) }
            <p>
                { warning.message(lang) }
                if let Some(source) = source {
                    {" "}<span class="source-inline">{ format!("({}, {})", source.document.get(lang), source.date) }</span>
                }
            </p>
        </div>
    }
}

fn status(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let Some(status) = e.status else { return html! {} };
    let lines = export::status_text(e, status, lang);
    html! {
        <div class={format!("status status-{}", status.code())} id="status">
            <h3>{ t.status_heading }</h3>
            if let Some(today) = e.today {
                { para_class("as-of", (t.as_of_today)(&format_date(today, lang))) }
            }
            { for lines.iter().map(|l| para(l.clone())) }
            if matches!(status, Status::Overdue { .. }) {
                <p><a href="#contacts-heading">{ t.contacts_heading }</a></p>
            }
        </div>
    }
}

fn why_this_date(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let why = explain(e);
    let standard = e.applied.standard;
    let counted_unit = export::counting_unit_name(standard.unit, i64::from(e.budget), lang);
    html! {
        <section class="why" aria-labelledby="why-heading">
            { heading("why-heading", t.why_heading) }
            { para((t.why_intro)(&format_date(e.received, lang), e.budget, counted_unit)) }
            if why.total == 0 {
                { para(t.why_none) }
            } else {
                <details>
                    <summary>{ (t.why_summary)(why.total) }</summary>
                    <ul class="skipped">
                        if why.weekend_days > 0 {
                            { item((t.why_weekends)(why.weekend_days)) }
                        }
                        { for why.holidays.iter().map(|off| html! {
                            <li>{ long_date(off.date, lang) }{" — "}{ off.name().get(lang) }</li>
                        }) }
                        { for why.stops.iter().map(|(stop, days)| html! {
                            { item((t.why_stop)(&format_date(stop.from, lang), &format_date(stop.to, lang), *days)) }
                        }) }
                    </ul>
                </details>
            }
        </section>
    }
}

fn recourse(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    html! {
        <section class="recourse" aria-labelledby="recourse-heading">
            { heading("recourse-heading", t.recourse_heading) }
            { for e.recourse.iter().map(|entry| recourse_entry(entry, lang)) }
        </section>
    }
}

fn recourse_entry(entry: &Recourse, lang: Lang) -> Html {
    let t = ui(lang);
    let address = |id: &str| Catalogue::OFFICIAL.contact(id).map(|c| postal_address(c.post)).unwrap_or_default();
    match entry {
        Recourse::Reexamination(r) => {
            let (badge, class) = match r.eligible {
                Some(true) => (t.eligible_yes, "badge badge-yes"),
                Some(false) => (t.eligible_no, "badge badge-no"),
                None => (t.eligible_unknown, "badge badge-unknown"),
            };
            let open = r.eligible != Some(false);
            html! {
                <div class="recourse-entry" id="reexamination">
                    <h4>{ t.reexam_heading }{" "}<span class={class}>{ badge }</span></h4>
                    { para(r.reason.text().get(lang)) }
                    if open {
                        if let Some(deadline) = r.deadline {
                            <p class="deadline" id="reexam-deadline" data-date={iso(deadline)}><strong>{ (t.reexam_deadline)(&format_date_long(deadline, lang), REEXAMINATION_DAYS) }</strong></p>
                            if let Some(left) = r.days_left {
                                { para((t.reexam_days_left)(left)) }
                            }
                            if let Some(mail_by) = r.mail_by {
                                <p class="mail-by" id="mail-by" data-date={iso(mail_by)}>{ (t.reexam_mail_by)(&format_date_long(mail_by, lang), r.origin.name().get(lang)) }</p>
                            }
                        } else {
                            { para(t.reexam_enter_decision) }
                        }
                        { para(REEXAMINATION_CONDITION.get(lang)) }
                        { para(REEXAMINATION_HOW.get(lang)) }
                        { para(t.reexam_how) }
                        { address(REEXAMINATION_SERVICE) }
                        { para(REEXAMINATION_ANSWER_DELAY.get(lang)) }
                        <ul class="caveats">
                            { for REEXAMINATION_CAVEATS.iter().map(|c| item(c.get(lang))) }
                        </ul>
                    }
                </div>
            }
        }
        Recourse::Tribunal { .. } => html! {
            <div class="recourse-entry" id="tribunal">
                <h4>{ t.tribunal_heading }</h4>
                { para(TRIBUNAL_TEXT.get(lang)) }
            </div>
        },
        Recourse::Reconsideration { eligible, .. } => html! {
            <div class="recourse-entry" id="reconsideration">
                <h4>{ t.reconsideration_heading }</h4>
                { para(RECONSIDERATION_SCOPE.get(lang)) }
                if *eligible == Some(true) {
                    { para(t.reconsideration_ok) }
                } else {
                    { para(t.reconsideration_no_ground) }
                }
                { para(RECONSIDERATION_GROUNDS.get(lang)) }
                { para(RECONSIDERATION_HOW.get(lang)) }
                { para_class("contact-label", t.reconsideration_heading_form) }
                { address(RECONSIDERATION) }
            </div>
        },
        Recourse::EvaluationReview { deadline, days_left } => html! {
            <div class="recourse-entry" id="evaluation-review">
                <h4>{ t.evaluation_heading }</h4>
                { para(EVALUATION_REVIEW_TEXT.get(lang)) }
                if let Some(deadline) = deadline {
                    <p class="deadline" id="evaluation-deadline" data-date={iso(*deadline)}><strong>{ (t.evaluation_deadline)(&format_date_long(*deadline, lang), EVALUATION_REVIEW_DAYS) }</strong></p>
                    if let Some(left) = days_left {
                        { para((t.reexam_days_left)(*left)) }
                    }
                } else {
                    { para(t.reexam_enter_decision) }
                }
                { para_class("contact-label", t.contact_post) }
                { address(IMMIGRATION_FILES) }
            </div>
        },
        Recourse::Complaint { standard } => html! {
            <div class="recourse-entry" id="complaint">
                <h4>{ t.complaint_heading }</h4>
                if let Some(s) = standard {
                    { para((t.complaint_text)(s.amount, s.share_percent)) }
                }
                { para(COMPLAINT_TRANSFER.get(lang)) }
                { contact_card(COMPLAINTS, lang, false) }
            </div>
        },
    }
}

/// Where to write, call or mail: the documents address for this request, and the
/// Centre de contacts clientèle with its hours.
fn contacts(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    html! {
        <section class="contacts" aria-labelledby="contacts-heading">
            { heading("contacts-heading", t.contacts_heading) }
            { contact_card(CONTACT_CENTRE, lang, true) }
            if let Some(documents) = e.service.documents_to {
                <h4>{ t.documents_heading }</h4>
                { contact_card(documents, lang, true) }
            }
        </section>
    }
}

fn notes(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let declaration = e.applied.declaration;
    let standard = e.applied.standard;
    html! {
        <>
        if !e.notes.is_empty() {
            <section class="notes" aria-labelledby="notes-heading">
                { heading("notes-heading", t.notes_heading) }
                <ul>
                    { for e.notes.iter().map(|n| html! {
                        <li>{ n.text.get(lang) }{" "}<span class="source-inline">{ format!("({}, {})", n.source.document.get(lang), n.source.date) }</span></li>
                    }) }
                </ul>
            </section>
        }
        <section class="warnings" aria-labelledby="warnings-heading">
            { heading("warnings-heading", t.warnings_heading) }
            <ul>
                { for e.warnings.iter().filter(|w| !matches!(w, Warning::ProgramClosed { .. })).map(|w| html! {
                    <li class={w.is_assumption().then_some("assumption")}>
                        { w.message(lang) }
                    </li>
                }) }
            </ul>
        </section>
        <section class="sources" aria-labelledby="sources-heading">
            { heading("sources-heading", t.sources_heading) }
            { para((t.source_standard)(declaration.title.get(lang), declaration.edition.get(lang), standard.section.get(lang))) }
            <blockquote lang="fr">{ standard.commitment.fr }</blockquote>
            { para_class("rules-checked", (t.rules_checked)(&format_date(Catalogue::OFFICIAL.checked_on, lang))) }
            { para_class("disclaimer", t.disclaimer) }
        </section>
        </>
    }
}

/// Copy, share, add to a calendar, print; and what the last copy did (`flash`).
fn actions(estimate: &Rc<Estimate>, lang: Lang, flash: Option<Flash>, dispatch: &Callback<Action>, mode: Mode) -> Html {
    let t = ui(lang);
    // A widget lives in someone else's page: its address is not ours to share or print.
    let own_page = mode != Mode::Widget;
    let link = move || if own_page { browser::location_href() } else { String::new() };
    // Copies, then says what happened (in the live region and beside the buttons).
    let copy_then_say = |dispatch: Callback<Action>, text: String, done: Flash| {
        yew::platform::spawn_local(async move {
            let flash = match browser::copy_text(text).await {
                browser::Copy::Copied => done,
                browser::Copy::Failed => Flash::CopyFailed,
                browser::Copy::Unavailable => Flash::CopyUnavailable,
            };
            dispatch.emit(Action::Flash(Some(flash)));
        });
    };
    let copy = {
        let (estimate, dispatch) = (estimate.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            copy_then_say(dispatch.clone(), export::summary(&estimate, lang, &link()), Flash::Copied)
        })
    };
    let share = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| copy_then_say(dispatch.clone(), browser::location_href(), Flash::LinkCopied))
    };
    let calendar = {
        let estimate = estimate.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export::ics(&estimate, lang, &browser::utc_stamp(), &link());
            browser::download(&format!("delais-{}.ics", estimate.service.id), "text/calendar", &text);
        })
    };
    let flash = flash.map(|f| f.message(lang));
    html! {
        <section class="actions" aria-labelledby="actions-heading">
            <h3 id="actions-heading" class="visually-hidden">{ t.actions_heading }</h3>
            <div class="button-row">
                <button type="button" class="button" onclick={copy}>{ t.action_copy }</button>
                if own_page {
                    <button type="button" class="button" onclick={share}>{ t.action_share }</button>
                }
                <button type="button" class="button" onclick={calendar}>{ t.action_calendar }</button>
                if own_page {
                    <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ t.action_print }</button>
                }
            </div>
            if let Some(message) = flash {
                { para_class("flash", message) }
            }
        </section>
    }
}
