use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::form::{picker, request_form};
use super::result::result_view;
use super::summary_bar::{bar_beside, keep_clear, summary_bar, summary_lines};
use super::text::{para, para_class, quoting, MARK};
use super::undo::undo_notice;
use crate::app::{browser, hooks};
use crate::app::compute::compute;
use crate::app::state::{selectable_service, Action, HistoryMode, State};
use crate::app::Mode;
use crate::i18n::catalogue::ui;
use crate::engine::Catalogue;
use crate::i18n::{excerpt, format_date, Lang};

/// Where a widget keeps its answers' query, so the element can take them along when
/// the host page moves it or takes it out and puts it back (memory only).
#[derive(Clone, Debug, Default)]
pub struct KeptQuery(pub Rc<RefCell<String>>);

impl PartialEq for KeptQuery {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Properties)]
pub struct AppProps {
    #[prop_or_default]
    pub mode: Mode,
    /// Widget: the `lang` attribute (otherwise the address, then the browser, decide).
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Widget: the `service` attribute; the situation picker is hidden when set.
    #[prop_or_default]
    pub service: Option<String>,
    #[prop_or_default]
    pub compact: bool,
    /// Widget: the query of the answers it had before being taken out of the page.
    #[prop_or_default]
    pub restore: AttrValue,
    /// Widget: kept up to date with the state's query (see `KeptQuery`).
    #[prop_or_default]
    pub keep: Option<KeptQuery>,
    /// Build time (`src/bin/prerender.rs`): the page with no address, in this language,
    /// rendered by Yew's server renderer without touching any browser API.
    #[prop_or_default]
    pub prerender: Option<Lang>,
    /// The page: the situation chosen in the prerendered HTML before the Wasm arrived
    /// (static/main.js hands it to `widget::mount_app`), kept when the address names none.
    #[prop_or_default]
    pub chosen_early: AttrValue,
    /// The page's first render (`widget::mount_app`): an answer the address holds is left
    /// out (`data-pending` in its place, which static/main.js waits out), and rendered
    /// when the props change back, a task later.
    #[prop_or_default]
    pub answer_later: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let mode = props.mode;
    let state = {
        let props = props.clone();
        use_reducer(move || initial_state(&props))
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
    hooks::use_address(mode, query.clone(), state.history, dispatch.reform(Action::Restore));
    hooks::use_document(mode, state.lang);
    hooks::use_widget(mode, props.lang, props.service.clone(), props.keep.clone(), query, dispatch.clone());

    // The engine runs again only when what it reads changed: a language switch, a
    // message or an undo offer re-render without recomputing.
    let computed = {
        let state = state.clone();
        use_memo((state.form.clone(), state.today, state.editing), move |_| compute(&state))
    };
    let lang = state.lang;
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
    // The summary bar must not hide the field the person is in: when they move to a
    // field behind it (Tab, a click on a label), or when it appears as they type. Yew
    // renders in a microtask queued by the event's dispatch; a task spawned after it
    // sees the page as rendered.
    let onfocusin = Callback::from(|event: FocusEvent| {
        let field: web_sys::Element = event.target_unchecked_into();
        if let Some(bar) = bar_beside(&field) {
            keep_clear(&bar, &field);
        }
    });
    let oninput = Callback::from(|event: InputEvent| {
        let field: web_sys::Element = event.target_unchecked_into();
        // Only when this keystroke may make the bar appear: reading the layout on every
        // keystroke forced a synchronous layout that cost about 3 ms (make bench).
        if bar_beside(&field).is_some() {
            return;
        }
        yew::platform::spawn_local(async move {
            if let Some(bar) = bar_beside(&field) {
                keep_clear(&bar, &field);
            }
        });
    });
    // After « Recommencer » (the click that makes the undo notice appear; on the page it
    // also takes its own button away with the form), the focus goes to the way back.
    let onclick = Callback::from(|event: MouseEvent| {
        let Some(inputs) = event.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        else {
            return;
        };
        let had_undo = inputs.query_selector("#undo").ok().flatten().is_some();
        yew::platform::spawn_local(async move {
            let undo = inputs.query_selector("#undo button").ok().flatten();
            if let Some(undo) = undo.filter(|_| !had_undo) {
                if let Ok(undo) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(undo) {
                    let _ = undo.focus();
                }
            }
        });
    });
    let columns = html! {
        <div class="columns">
            <div class="inputs" {onfocusin} {oninput} {onclick}>
                if let Some(unknown) = unknown {
                    <p class="unknown-service" id="unknown-service">{ quoting(&(t.unknown_service)(MARK), &[excerpt(unknown)]) }</p>
                }
                if show_picker {
                    { picker(lang, &state.form.service, &dispatch) }
                }
                if state.undo.is_some() {
                    { undo_notice(lang, &dispatch) }
                }
                { request_form(&state, &computed, &dispatch) }
                if let Some(estimate) = &computed.estimate {
                    { summary_bar(estimate, lang) }
                }
            </div>
            { result_view(&state, &computed, &dispatch, mode, props.answer_later) }
        </div>
    };
    let live = html! { <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div> };

    if mode == Mode::Page {
        return html! {
            <>
            <a class="skip-link" href="#result">{ t.skip_to_result }</a>
            <header class="masthead">
                <div class="masthead-inner">
                    { para_class("brand", t.app_title) }
                    { switch }
                </div>
            </header>
            <main id="content" class="layout delais">
                <div class="intro">
                    <h1>{ t.tagline }</h1>
                    { para_class("privacy", t.privacy) }
                    <p class="caseload-link"><a href={if lang == Lang::En { "dossiers.html?lang=en" } else { "dossiers.html" }}>{ t.caseload_link }</a></p>
                </div>
                { columns }
                { live }
            </main>
            <footer class="footer">
                { para(t.footer) }
                { para_class("rules-checked", (t.rules_checked)(&format_date(Catalogue::OFFICIAL.checked_on, lang))) }
            </footer>
            </>
        };
    }
    // Embedded: no masthead and no h1 (the host page has its own headings).
    html! {
        <section class={if props.compact { "delais embedded compact" } else { "delais embedded" }} lang={lang.code()}
            aria-label={t.app_title}>
            <div class="embedded-bar">
                { para_class("brand", t.app_title) }
                { switch }
            </div>
            { columns }
            { live }
        </section>
    }
}

fn initial_state(props: &AppProps) -> State {
    if let Some(lang) = props.prerender {
        // No estimate without a situation: "today" is never read in this state.
        return State::from_query("", lang, chrono::NaiveDate::MIN);
    }
    let today = browser::today();
    match props.mode {
        Mode::Page | Mode::Embed => {
            let mut state = State::from_query(&hooks::initial_query(props.mode), browser::browser_lang(), today);
            if state.form.service.is_empty() && selectable_service(&props.chosen_early).is_some() {
                // Into the address as well, as if chosen now (a reload keeps it).
                state = state.apply(Action::SetService(props.chosen_early.to_string()));
                state.history = HistoryMode::Replace;
            }
            state
        }
        Mode::Widget => {
            let state = State::from_query(&props.restore, props.lang.unwrap_or_else(browser::browser_lang), today);
            state.apply(Action::Pin(props.service.clone()))
        }
    }
}
