//! A labelled date input with its hint and its error, and the error summary that
//! links to each field (GOV.UK error pattern).

use yew::prelude::*;

use crate::app::browser;
use super::quote::{error_message, quoting, MARK};
use crate::app::state::{Action, DateField, UrlProblems, MAX_STOPS};
use crate::engine::InputError;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

/// A date field: its label, hint, error (if any) and input. `field` names it in the
/// state and gives its id; `value` is what the person typed, kept as typed.
pub struct DateInput<'a> {
    pub field: DateField,
    pub label: &'static str,
    pub hint: &'static str,
    pub value: &'a str,
    pub error: Option<Html>,
    pub placeholder: &'static str,
}

pub fn date_input(props: DateInput<'_>, dispatch: &Callback<Action>) -> Html {
    let field = props.field;
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let oninput = dispatch.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Edit(field, input.value())
    });
    let onchange = dispatch.reform(move |_: Event| Action::Blur(field));
    let described = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        <div class={if props.error.is_some() { "field field-error" } else { "field" }}>
            <label for={id.clone()}>{ props.label }</label>
            <p class="hint" id={hint_id}>{ props.hint }</p>
            if let Some(error) = &props.error {
                <p class="error-message" id={error_id}>{ error.clone() }</p>
            }
            <input
                type="text"
                class="date-input"
                id={id}
                name={field.id()}
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                placeholder={props.placeholder}
                maxlength="10"
                value={props.value.to_string()}
                aria-describedby={described}
                aria-invalid={props.error.is_some().then_some("true")}
                {oninput}
                {onchange}
            />
        </div>
    }
}

/// The message for a field, if it has one.
pub fn error_for(errors: &[(DateField, InputError)], field: DateField, lang: Lang) -> Option<Html> {
    errors.iter().find(|(f, _)| *f == field).map(|(_, e)| error_message(e, lang))
}

/// The error summary: every field's error, linked to the field, and what the address
/// held that the app could not read.
pub fn error_summary(errors: &[(DateField, InputError)], url_problems: &UrlProblems, lang: Lang) -> Html {
    if errors.is_empty() && url_problems.is_empty() {
        return html! {};
    }
    let t = ui(lang);
    html! {
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ t.error_summary_title }</h2>
            <ul>
                { for errors.iter().map(|(field, error)| {
                    let id = field.id();
                    let focus = {
                        let id = id.clone();
                        Callback::from(move |e: MouseEvent| {
                            // Focus the field itself (a fragment link only scrolls to it).
                            if let Some(input) = browser::in_app_from(&e, &format!("#{id}")) {
                                e.prevent_default();
                                let _ = input.focus();
                            }
                        })
                    };
                    html! { <li><a href={format!("#{id}")} onclick={focus}>{ error_message(error, lang) }</a></li> }
                }) }
                { for url_problems.iter().map(|(name, value)| html! {
                    <li>{ quoting(&(t.url_problem)(MARK, MARK), &[name.clone(), value.clone()]) }</li>
                }) }
                if url_problems.more > 0 {
                    <li>{ (t.url_problems_more)(url_problems.more) }</li>
                }
                if url_problems.extra_stops > 0 {
                    <li>{ (t.url_extra_stops)(url_problems.extra_stops, MAX_STOPS) }</li>
                }
            </ul>
        </div>
    }
}
