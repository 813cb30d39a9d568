//! `App`: the state and its reducer, the effects (each in its hook), and the page's or
//! the embedded layout around the questions and the answer.

use yew::prelude::*;

use super::answer::{answer, AnswerInput};
use super::form::{picker, request_form, Questions};
use super::quote::{quoting, MARK};
use super::summary_bar::{summary_bar, summary_lines};
use super::undo::undo_notice;
use super::ViewContext;
use crate::app::compute::compute;
use crate::app::host::{Host, PageMount, WidgetMount};
use crate::app::state::{selectable_service, Action, HistoryMode, State};
use crate::app::{browser, hooks};
use crate::engine::Catalogue;
use crate::i18n::catalogue::ui;
use crate::i18n::{excerpt, format_date, Lang};

#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    pub host: Host,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let host = &props.host;
    let state = {
        let host = host.clone();
        use_reducer(move || initial_state(&host))
    };
    // The reducer's dispatcher as a `Callback`, the one every part of the view is given
    // (the same for the app's whole life).
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    // The effects, each in its hook: the address holds the whole state (Back/Forward
    // restore it), the page's language follows the app, a widget follows its attributes.
    let query = state.query();
    hooks::use_address(host.address(), query.clone(), state.history, dispatch.reform(Action::Restore));
    hooks::use_document(host.owns_document(), state.lang);
    let widget = match host {
        Host::Widget(widget) => Some(widget.clone()),
        _ => None,
    };
    hooks::use_widget(widget, query, dispatch.clone());
    let focus = hooks::use_focus();

    // The engine runs again only when what it reads changed: a language switch, a
    // message or an undo offer re-render without recomputing.
    let computed = {
        let state = state.clone();
        use_memo((state.form.clone(), state.today, state.editing), move |_| compute(&state))
    };
    let lang = state.lang;
    let cx = ViewContext { lang, dispatch: dispatch.clone() };
    let t = ui(lang);
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let switch = html! {
        <button type="button" class="link-button" lang={t.switch_language_lang}
            onclick={dispatch.reform(move |_: MouseEvent| Action::SetLang(other))}>
            { t.switch_language }
        </button>
    };
    // The live region: a message at once (copied, cleared…); the answer's summary when
    // it changes, but not while a date is being typed (each keystroke could change it):
    // the region is empty then, and says the answer once the person leaves the field.
    let announcement = match (state.flash, &computed.estimate) {
        (Some(flash), _) => flash.message(lang).to_string(),
        (None, Some(estimate)) if state.editing.is_none() => summary_lines(estimate, lang).join(". "),
        _ => String::new(),
    };
    // A widget's known `service` fixes the situation; an unknown one is named, and the
    // person chooses from the list instead.
    let pinned = state.pinned_service.as_deref().filter(|s| !s.is_empty());
    let show_picker = pinned.and_then(selectable_service).is_none();
    let unknown = pinned.filter(|s| selectable_service(s).is_none());
    let questions = Questions {
        form: &state.form,
        errors: &computed.errors,
        open_stops: &computed.open_stops,
        as_of: computed.as_of,
        url_problems: &state.url_problems,
    };
    let answer_input = AnswerInput {
        estimate: computed.estimate.as_ref(),
        flash: state.flash,
        own_page: host.own_page(),
        later: host.answer_later(),
    };
    let columns = html! {
        <div class="columns">
            <div class="inputs" onfocusin={focus.onfocusin} oninput={focus.oninput} onclick={focus.onclick}>
                if let Some(unknown) = unknown {
                    <p class="unknown-service" id="unknown-service">{ quoting(&(t.unknown_service)(MARK), &[excerpt(unknown)]) }</p>
                }
                if show_picker {
                    { picker(&cx, &state.form.service) }
                }
                if state.undo.is_some() {
                    { undo_notice(&cx) }
                }
                { request_form(&cx, questions) }
                if let Some(estimate) = &computed.estimate {
                    { summary_bar(estimate, lang) }
                }
            </div>
            { answer(&cx, answer_input) }
        </div>
    };
    let live = html! { <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div> };

    if host.is_page() {
        return html! {
            <>
            <a class="skip-link" href="#result">{ t.skip_to_result }</a>
            <header class="masthead">
                <div class="masthead-inner">
                    <p class="brand">{ t.app_title }</p>
                    { switch }
                </div>
            </header>
            <main id="content" class="layout delais">
                <div class="intro">
                    <h1>{ t.tagline }</h1>
                    <p class="privacy">{ t.privacy }</p>
                    <p class="caseload-link"><a href={if lang == Lang::En { "dossiers.html?lang=en" } else { "dossiers.html" }}>{ t.caseload_link }</a></p>
                </div>
                { columns }
                { live }
            </main>
            <footer class="footer">
                <p>{ t.footer }</p>
                <p class="rules-checked">{ (t.rules_checked)(&format_date(Catalogue::OFFICIAL.checked_on, lang)) }</p>
            </footer>
            </>
        };
    }
    // Embedded: no masthead and no h1 (the host page has its own headings).
    html! {
        <section class={if host.compact() { "delais embedded compact" } else { "delais embedded" }} lang={lang.code()}
            aria-label={t.app_title}>
            <div class="embedded-bar">
                <p class="brand">{ t.app_title }</p>
                { switch }
            </div>
            { columns }
            { live }
        </section>
    }
}

fn initial_state(host: &Host) -> State {
    match host {
        // No estimate without a situation: "today" is never read in this state.
        Host::Prerender(lang) => State::from_query("", *lang, chrono::NaiveDate::MIN),
        Host::Page(PageMount { chosen_early, .. }) => {
            let mut state = State::from_query(&hooks::initial_query(), browser::browser_lang(), browser::today());
            if state.form.service.is_empty() && selectable_service(chosen_early).is_some() {
                // Into the address as well, as if chosen now (a reload keeps it).
                state = state.apply(Action::SetService(chosen_early.clone()));
                state.history = HistoryMode::Replace;
            }
            state
        }
        Host::Embed => State::from_query(&hooks::initial_query(), browser::browser_lang(), browser::today()),
        Host::Widget(WidgetMount { lang, service, restore, .. }) => {
            let state = State::from_query(restore, lang.unwrap_or_else(browser::browser_lang), browser::today());
            state.apply(Action::Pin(service.clone()))
        }
    }
}
