use std::rc::Rc;

use yew::prelude::*;

use super::form::{Picker, RequestForm};
use super::result::ResultView;
use crate::app::browser;
use crate::app::state::{compute, Action, HistoryMode, State};
use crate::app::Mode;
use crate::export;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

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
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let mode = props.mode;
    let state = {
        let props = props.clone();
        use_reducer(move || initial_state(&props))
    };
    // One callback for the app's whole life: children compare props, and a new
    // callback each render would re-render every field on every keystroke.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    // Back/Forward restore the state the address describes (not in a partner's page).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            if mode != Mode::Widget {
                browser::on_popstate(move |query| dispatch.emit(Action::Restore(query)));
            }
        });
    }
    // The address bar always holds the whole state; the page's language follows it.
    {
        let (query, history, lang) = (state.query(), state.history, state.lang);
        use_effect_with((query.clone(), lang), move |_| {
            if mode != Mode::Widget && history != HistoryMode::None {
                browser::set_query(&query, history == HistoryMode::Push);
            }
            if mode == Mode::Page {
                browser::set_document_lang(lang, ui(lang).app_title);
            }
        });
    }
    // A widget's attributes changed: follow them.
    {
        let dispatch = dispatch.clone();
        use_effect_with((props.lang, props.service.clone()), move |(lang, service)| {
            if mode == Mode::Widget {
                if let Some(lang) = lang {
                    dispatch.emit(Action::SetLang(*lang));
                }
                if let Some(service) = service {
                    dispatch.emit(Action::SetService(service.clone()));
                }
            }
        });
    }

    let computed = Rc::new(compute(&state));
    let lang = state.lang;
    let t = ui(lang);
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let switch = html! {
        <button type="button" class="link-button" lang={t.switch_language_lang}
            onclick={dispatch.reform(move |_: MouseEvent| Action::SetLang(other))}>
            { t.switch_language }
        </button>
    };
    let announcement = match (&computed.estimate, state.flash) {
        (_, Some(flash)) => flash.message(lang).to_string(),
        (Some(estimate), None) => {
            let status = estimate.status.map(|s| export::status_text(estimate, s, lang).join(" ")).unwrap_or_default();
            format!("{} {status}", export::headline(estimate, lang))
        }
        (None, None) => String::new(),
    };
    let show_picker = !(mode == Mode::Widget && props.service.is_some());
    let state_rc: Rc<State> = Rc::new((*state).clone());
    let columns = html! {
        <div class="columns">
            <div class="inputs">
                if show_picker {
                    <Picker lang={lang} service={state.form.service.clone()} dispatch={dispatch.clone()} />
                }
                <RequestForm state={state_rc.clone()} computed={computed.clone()} dispatch={dispatch.clone()} />
            </div>
            <ResultView state={state_rc} computed={computed} dispatch={dispatch} mode={mode} />
        </div>
    };
    let live = html! { <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div> };

    if mode == Mode::Page {
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
                </div>
                { columns }
                { live }
            </main>
            <footer class="footer"><p>{ t.footer }</p></footer>
            </>
        };
    }
    // Embedded: no masthead and no h1 (the host page has its own headings).
    html! {
        <section class={classes!("delais", "embedded", props.compact.then_some("compact"))} lang={lang.code()}
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

fn initial_state(props: &AppProps) -> State {
    let today = browser::today();
    match props.mode {
        Mode::Page | Mode::Embed => State::from_query(&browser::location_search(), browser::browser_lang(), today),
        Mode::Widget => {
            let mut state = State::from_query("", props.lang.unwrap_or_else(browser::browser_lang), today);
            if let Some(service) = &props.service {
                state = state.apply(Action::SetService(service.clone()));
            }
            state.history = HistoryMode::None;
            state
        }
    }
}
