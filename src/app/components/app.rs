use std::rc::Rc;

use yew::prelude::*;

use super::form::{Picker, RequestForm};
use super::result::ResultView;
use crate::app::browser;
use crate::app::state::{compute, Action, HistoryMode, State};
use crate::export;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::from_query(&browser::location_search(), browser::browser_lang(), browser::today()));
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    // Back/Forward restore the state the address describes.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| browser::on_popstate(move |query| dispatch.emit(Action::Restore(query))));
    }
    // The address bar always holds the whole state; the page's language follows it.
    {
        let (query, history, lang) = (state.query(), state.history, state.lang);
        use_effect_with((query.clone(), lang), move |_| {
            if history != HistoryMode::None {
                browser::set_query(&query, history == HistoryMode::Push);
            }
            browser::set_document_lang(lang, ui(lang).app_title);
        });
    }

    let computed = Rc::new(compute(&state));
    let lang = state.lang;
    let t = ui(lang);
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let switch = dispatch.reform(move |_: MouseEvent| Action::SetLang(other));
    let announcement = match (&computed.estimate, state.flash) {
        (_, Some(flash)) => match flash {
            crate::app::state::Flash::Copied => t.action_copied.to_string(),
            crate::app::state::Flash::CopyFailed => t.action_copy_failed.to_string(),
            crate::app::state::Flash::LinkCopied => t.action_shared.to_string(),
        },
        (Some(estimate), None) => {
            let status = estimate.status.map(|s| export::status_text(estimate, s, lang).join(" ")).unwrap_or_default();
            format!("{} {status}", export::headline(estimate, lang))
        }
        (None, None) => String::new(),
    };
    let state_rc: Rc<State> = Rc::new((*state).clone());

    html! {
        <>
        <a class="skip-link" href="#result">{ t.skip_to_result }</a>
        <header class="masthead">
            <div class="masthead-inner">
                <p class="brand">{ t.app_title }</p>
                <button type="button" class="link-button" lang={t.switch_language_lang} onclick={switch}>
                    { t.switch_language }
                </button>
            </div>
        </header>
        <main id="content" class="layout">
            <div class="intro">
                <h1>{ t.tagline }</h1>
                <p class="privacy">{ t.privacy }</p>
            </div>
            <div class="columns">
                <div class="inputs">
                    <Picker state={state_rc.clone()} dispatch={dispatch.clone()} />
                    <RequestForm state={state_rc.clone()} computed={computed.clone()} dispatch={dispatch.clone()} />
                </div>
                <ResultView state={state_rc} computed={computed} dispatch={dispatch} />
            </div>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </main>
        <footer class="footer"><p>{ t.footer }</p></footer>
        </>
    }
}
