//! The pages' first views, rendered at build time by Yew's server renderer from the same
//! components as in the browser (`src/bin/prerender.rs` writes them into index.html and
//! dossiers.html). The public page's state is the one with no address: only the situation
//! picker, no date, no answer; the caseload page's is the one with no file. The browser
//! does not hydrate them: the app renders afresh beside the view and takes its place
//! before the next paint (static/main.js, static/dossiers.js; README, "Performance").

use yew::BaseComponent;

use crate::app::caseload::{Caseload, CaseloadProps};
use crate::app::{App, AppProps, Host};
use crate::i18n::Lang;

/// The public page's markup for the state with no address, in `lang`.
pub fn first_view(lang: Lang) -> String {
    render::<App>(AppProps { host: Host::Prerender(lang) })
}

/// The caseload page's markup with no file open, in `lang`.
pub fn caseload_first_view(lang: Lang) -> String {
    render::<Caseload>(CaseloadProps { lang, prerender: true })
}

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let render = yew::LocalServerRenderer::<C>::with_props(props).hydratable(false).render();
    // Nothing in a first view waits (no suspense, no I/O): one thread, no timers.
    match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime.block_on(render),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::selectable_service;
    use crate::engine::Catalogue;
    use crate::i18n::catalogue::ui;

    #[test]
    fn the_first_view_is_the_page_with_no_address_in_each_language() {
        for lang in [Lang::Fr, Lang::En] {
            let html = first_view(lang);
            let t = ui(lang);
            // The page's masthead, question and empty answer, in this language.
            assert!(html.contains(&format!(">{}</button>", t.switch_language)), "{html}");
            assert!(html.contains(r#"<select id="service" name="service""#), "{html}");
            assert!(html.contains(&format!(r#"<option value="" selected="selected">{}</option>"#, t.situation_placeholder)), "{html}");
            assert!(html.contains(&format!(r#"<p class="waiting">{}</p>"#, t.result_waiting)), "{html}");
            // The footer says when the rules were checked.
            let checked = (t.rules_checked)(&crate::i18n::format_date(Catalogue::OFFICIAL.checked_on, lang));
            assert!(html.contains(&checked), "{html}");
            // Every situation the picker offers, none chosen.
            for service in Catalogue::OFFICIAL.services.iter().filter(|s| selectable_service(s.id).is_some()) {
                assert!(html.contains(&format!(r#"<option value="{}">"#, service.id)), "{}: {html}", service.id);
            }
            // No hydration markers, no script, no inline style (the page's CSP forbids them).
            assert!(!html.contains("<!--"), "{html}");
            assert!(!html.contains("<script") && !html.contains("style="), "{html}");
        }
        assert_ne!(first_view(Lang::Fr), first_view(Lang::En));
    }

    #[test]
    fn the_caseload_first_view_is_the_page_with_no_file_in_each_language() {
        use crate::i18n::caseload::caseload_ui;
        for lang in [Lang::Fr, Lang::En] {
            let html = caseload_first_view(lang);
            let t = caseload_ui(lang);
            assert!(html.contains(&format!("<h1>{}</h1>", t.heading)), "{html}");
            assert!(html.contains(&format!(">{}</button>", t.switch_language)), "{html}");
            assert!(html.contains(&format!(r#"<label for="caseload-file" class="label-large">{}</label>"#, t.file_label)), "{html}");
            assert!(html.contains(&format!(">{}</button>", t.example_button)), "{html}");
            // The summary is there, empty; no table, no error, no date (no file).
            assert!(html.contains(r#"<p role="status" aria-atomic="true" class="caseload-summary"></p>"#), "{html}");
            assert!(!html.contains("<table") && !html.contains("role=\"alert\"") && !html.contains("<time"), "{html}");
            assert!(!html.contains("<!--"), "{html}");
            assert!(!html.contains("<script") && !html.contains("style="), "{html}");
        }
        assert_ne!(caseload_first_view(Lang::Fr), caseload_first_view(Lang::En));
    }
}
