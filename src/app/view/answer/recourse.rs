//! What can be done against a decision, and until when: re-examination, the TAQ,
//! reconsideration, the comparative evaluation's window, and a complaint.

use yew::prelude::*;

use crate::app::view::contact::{contact_card, postal_address};
use crate::engine::recourse::{
    COMPLAINT_TRANSFER, EVALUATION_REVIEW_DAYS, EVALUATION_REVIEW_TEXT, REEXAMINATION_DAYS, RECONSIDERATION_GROUNDS, RECONSIDERATION_HOW, RECONSIDERATION_SCOPE,
    REEXAMINATION_ANSWER_DELAY, REEXAMINATION_CAVEATS, REEXAMINATION_CONDITION, REEXAMINATION_HOW, TRIBUNAL_TEXT,
};
use crate::engine::rules::{COMPLAINTS, IMMIGRATION_FILES, RECONSIDERATION, REEXAMINATION_SERVICE};
use crate::engine::{Catalogue, Estimate, Recourse};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date_long, iso, Lang};

pub fn recourse(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    html! {
        <section class="recourse" aria-labelledby="recourse-heading">
            <h3 id="recourse-heading">{ t.recourse_heading }</h3>
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
                    <p>{ r.reason.text().get(lang) }</p>
                    if open {
                        if let Some(deadline) = r.deadline {
                            <p class="deadline" id="reexam-deadline" data-date={iso(deadline)}><strong>{ (t.reexam_deadline)(&format_date_long(deadline, lang), REEXAMINATION_DAYS) }</strong></p>
                            if let Some(left) = r.days_left {
                                <p>{ (t.reexam_days_left)(left) }</p>
                            }
                            if let Some(mail_by) = r.mail_by {
                                <p class="mail-by" id="mail-by" data-date={iso(mail_by)}>{ (t.reexam_mail_by)(&format_date_long(mail_by, lang), r.origin.name().get(lang)) }</p>
                            }
                        } else {
                            <p>{ t.reexam_enter_decision }</p>
                        }
                        <p>{ REEXAMINATION_CONDITION.get(lang) }</p>
                        <p>{ REEXAMINATION_HOW.get(lang) }</p>
                        <p>{ t.reexam_how }</p>
                        { address(REEXAMINATION_SERVICE) }
                        <p>{ REEXAMINATION_ANSWER_DELAY.get(lang) }</p>
                        <ul class="caveats">
                            { for REEXAMINATION_CAVEATS.iter().map(|c| html! { <li>{ c.get(lang) }</li> }) }
                        </ul>
                    }
                </div>
            }
        }
        Recourse::Tribunal { .. } => html! {
            <div class="recourse-entry" id="tribunal">
                <h4>{ t.tribunal_heading }</h4>
                <p>{ TRIBUNAL_TEXT.get(lang) }</p>
            </div>
        },
        Recourse::Reconsideration { eligible, .. } => html! {
            <div class="recourse-entry" id="reconsideration">
                <h4>{ t.reconsideration_heading }</h4>
                <p>{ RECONSIDERATION_SCOPE.get(lang) }</p>
                if *eligible == Some(true) {
                    <p>{ t.reconsideration_ok }</p>
                } else {
                    <p>{ t.reconsideration_no_ground }</p>
                }
                <p>{ RECONSIDERATION_GROUNDS.get(lang) }</p>
                <p>{ RECONSIDERATION_HOW.get(lang) }</p>
                <p class="contact-label">{ t.reconsideration_heading_form }</p>
                { address(RECONSIDERATION) }
            </div>
        },
        Recourse::EvaluationReview { deadline, days_left } => html! {
            <div class="recourse-entry" id="evaluation-review">
                <h4>{ t.evaluation_heading }</h4>
                <p>{ EVALUATION_REVIEW_TEXT.get(lang) }</p>
                if let Some(deadline) = deadline {
                    <p class="deadline" id="evaluation-deadline" data-date={iso(*deadline)}><strong>{ (t.evaluation_deadline)(&format_date_long(*deadline, lang), EVALUATION_REVIEW_DAYS) }</strong></p>
                    if let Some(left) = days_left {
                        <p>{ (t.reexam_days_left)(*left) }</p>
                    }
                } else {
                    <p>{ t.reexam_enter_decision }</p>
                }
                <p class="contact-label">{ t.contact_post }</p>
                { address(IMMIGRATION_FILES) }
            </div>
        },
        Recourse::Complaint { standard } => html! {
            <div class="recourse-entry" id="complaint">
                <h4>{ t.complaint_heading }</h4>
                if let Some(s) = standard {
                    <p>{ (t.complaint_text)(s.amount, s.share_percent) }</p>
                }
                <p>{ COMPLAINT_TRANSFER.get(lang) }</p>
                { contact_card(COMPLAINTS, lang, false) }
            </div>
        },
    }
}
