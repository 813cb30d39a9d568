//! The questions: the situation, then only the dates that situation needs.

use yew::prelude::*;

use chrono::NaiveDate;

use super::fields::{date_input, error_for, error_summary, DateInput};
use super::ViewContext;
use crate::app::state::{selectable_service, Action, DateField, Form, UrlProblems};
use crate::engine::rules::{Group, RecoursePolicy};
use crate::engine::{CalendarId, Catalogue, Ground, InputError, MailingOrigin, Outcome};
use crate::i18n::catalogue::ui;
use crate::i18n::format_date;

/// A select's value as the property it must be set as (the `selected` attributes only
/// choose until the person has touched the list, and Back must still show the state).
/// The build-time render (`app::prerender`) has no JavaScript and skips properties.
fn select_value(value: &str) -> wasm_bindgen::JsValue {
    #[cfg(target_arch = "wasm32")]
    return wasm_bindgen::JsValue::from_str(value);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = value;
        wasm_bindgen::JsValue::UNDEFINED
    }
}

/// The situation, as a native select grouped by what the person wants to do.
pub fn picker(cx: &ViewContext, chosen: &str) -> Html {
    let lang = cx.lang;
    let t = ui(lang);
    let onchange = cx.dispatch.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetService(select.value())
    });
    html! {
        <div class="field">
            <label for="service"><span class="label-large">{ t.situation_label }</span></label>
            <p class="hint" id="service-hint">{ t.situation_hint }</p>
            <select id="service" name="service" aria-describedby="service-hint" ~value={select_value(chosen)} {onchange}>
                <option value="" selected={chosen.is_empty()}>{ t.situation_placeholder }</option>
                { for Group::ALL.iter().map(|group| html! {
                    <optgroup label={group.name().get(lang)}>
                        { for Catalogue::OFFICIAL.services.iter()
                            .filter(|s| s.group == *group && selectable_service(s.id).is_some())
                            .map(|s| html! {
                                <option value={s.id} selected={chosen == s.id}>{ s.name.get(lang) }</option>
                            }) }
                    </optgroup>
                }) }
            </select>
        </div>
    }
}

/// What the questions show.
pub struct Questions<'a> {
    /// The answers as typed.
    pub form: &'a Form,
    /// Each field's problem, in the order of the page.
    pub errors: &'a [(DateField, InputError)],
    /// Suspensions whose documents have not arrived, counted as running until `as_of`.
    pub open_stops: &'a [usize],
    pub as_of: NaiveDate,
    /// What the address held that the app could not read.
    pub url_problems: &'a UrlProblems,
}

/// The questions for the chosen situation.
pub fn request_form(cx: &ViewContext, questions: Questions<'_>) -> Html {
    let (lang, dispatch) = (cx.lang, &cx.dispatch);
    let t = ui(lang);
    let Questions { form, errors, open_stops, as_of, url_problems } = questions;
    let Some(service) = Catalogue::OFFICIAL.service(&form.service) else {
        return error_summary(errors, url_problems, lang);
    };
    let date = |field: DateField, label: &'static str, hint: &'static str, value: &str| {
        let error = error_for(errors, field, lang);
        date_input(DateInput { field, label, hint, value, error, placeholder: t.date_placeholder }, dispatch)
    };
    let recourse = service.recourse;
    let mailing_matters = matches!(
        recourse,
        RecoursePolicy::Reexamination | RecoursePolicy::ReexaminationUnconfirmed | RecoursePolicy::FamilyReunification
    );
    let has_decision = !matches!(recourse, RecoursePolicy::ComplaintOnly);

    html! {
        <form class="request" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { error_summary(errors, url_problems, lang) }
            <fieldset>
                <legend>{ t.dates_legend }</legend>
                { date(DateField::Received, t.received_label, t.received_hint, &form.received) }
            </fieldset>

            <fieldset>
                <legend>{ t.stops_legend }</legend>
                <p class="hint">{ t.stops_hint }</p>
                { for form.stops.iter().enumerate().map(|(i, stop)| {
                    let remove = dispatch.reform(move |_: MouseEvent| Action::RemoveStop(i));
                    html! {
                        <fieldset class="stop" key={i}>
                            <legend>{ (t.stop_heading)(i + 1) }</legend>
                            { date(DateField::StopFrom(i), t.stop_from_label, t.date_hint, &stop.from) }
                            { date(DateField::StopTo(i), t.stop_to_label, t.date_hint, &stop.to) }
                            if open_stops.contains(&i) {
                                <p class="stop-open" id={format!("stop-{}-open", i + 1)}>
                                    { (t.stop_open)(&format_date(as_of, lang)) }
                                </p>
                            }
                            <button type="button" class="button-secondary" onclick={remove}>{ (t.stop_remove)(i + 1) }</button>
                        </fieldset>
                    }
                }) }
                <button type="button" class="button-secondary" onclick={dispatch.reform(|_: MouseEvent| Action::AddStop)}>
                    { t.stop_add }
                </button>
            </fieldset>

            if has_decision {
                <fieldset>
                    <legend>{ t.decision_legend }</legend>
                    <div class="radios">
                        { radio("decided", "decided-no", t.decision_no, None, !form.decided,
                            dispatch.reform(|_: Event| Action::SetDecided(false))) }
                        { radio("decided", "decided-yes", t.decision_yes, None, form.decided,
                            dispatch.reform(|_: Event| Action::SetDecided(true))) }
                    </div>
                    if form.decided {
                        <div class="conditional">
                            { date(DateField::DecisionDate, t.decision_date_label, t.decision_date_hint, &form.decision_date) }
                            <fieldset>
                                <legend>{ t.outcome_legend }</legend>
                                <div class="radios">
                                    { for Outcome::ALL.into_iter().map(|outcome| {
                                        let hint = match outcome {
                                            Outcome::Refusal => t.outcome_hint_refusal,
                                            Outcome::Rejection => t.outcome_hint_rejection,
                                            Outcome::Acceptance => t.outcome_hint_acceptance,
                                        };
                                        radio("outcome", &format!("outcome-{}", outcome.code()), outcome.name().get(lang),
                                            Some(hint), form.outcome == Some(outcome),
                                            dispatch.reform(move |_: Event| Action::SetOutcome(outcome)))
                                    }) }
                                </div>
                            </fieldset>
                            if mailing_matters {
                                <div class="field">
                                    <label for="mailing-from">{ t.mailing_label }</label>
                                    <p class="hint" id="mailing-from-hint">{ t.mailing_hint }</p>
                                    <select id="mailing-from" aria-describedby="mailing-from-hint" ~value={form.mailing_from.code()}
                                        onchange={dispatch.reform(|e: Event| {
                                            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                                            Action::SetMailingFrom(MailingOrigin::from_code(&select.value()).unwrap_or_default())
                                        })}>
                                        { for MailingOrigin::ALL.iter().map(|o| html! {
                                            <option value={o.code()} selected={form.mailing_from == *o}>{ o.name().get(lang) }</option>
                                        }) }
                                    </select>
                                </div>
                            }
                            if recourse == RecoursePolicy::Reconsideration {
                                <fieldset>
                                    <legend>{ t.grounds_legend }</legend>
                                    <p class="hint">{ t.grounds_hint }</p>
                                    <div class="checkboxes">
                                        { for Ground::ALL.iter().map(|g| {
                                            let ground = *g;
                                            let id = format!("ground-{}", ground.code());
                                            html! {
                                                <div class="choice">
                                                    <input type="checkbox" id={id.clone()} checked={form.grounds.contains(&ground)}
                                                        onchange={dispatch.reform(move |_: Event| Action::ToggleGround(ground))} />
                                                    <label for={id}>{ ground.name().get(lang) }</label>
                                                </div>
                                            }
                                        }) }
                                    </div>
                                </fieldset>
                            }
                        </div>
                    }
                </fieldset>
            }

            <details class="options" open={!form.as_of.is_empty() || form.calendar != CalendarId::default()}>
                <summary>{ t.options_summary }</summary>
                { date(DateField::AsOf, t.as_of_label, t.as_of_hint, &form.as_of) }
                <div class="field">
                    <label for="calendar">{ t.calendar_label }</label>
                    <select id="calendar" ~value={form.calendar.code()} onchange={dispatch.reform(|e: Event| {
                        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                        Action::SetCalendar(CalendarId::from_code(&select.value()).unwrap_or_default())
                    })}>
                        { for CalendarId::ALL.iter().map(|c| html! {
                            <option value={c.code()} selected={form.calendar == *c}>{ c.name().get(lang) }</option>
                        }) }
                    </select>
                </div>
            </details>
            <button type="button" class="button-secondary" onclick={dispatch.reform(|_: MouseEvent| Action::Reset)}>
                { t.action_reset }
            </button>
        </form>
    }
}

fn radio(name: &'static str, id: &str, label: &str, hint: Option<&str>, checked: bool, onchange: Callback<Event>) -> Html {
    let hint_id = format!("{id}-hint");
    html! {
        <div class="choice">
            <input type="radio" id={id.to_string()} name={name} {checked} {onchange}
                aria-describedby={hint.map(|_| hint_id.clone())} />
            <label for={id.to_string()}>{ label.to_string() }</label>
            if let Some(hint) = hint {
                <p class="hint choice-hint" id={hint_id}>{ hint.to_string() }</p>
            }
        </div>
    }
}
