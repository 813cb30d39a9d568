//! The public page's first view, rendered at build time by Yew's server renderer from
//! the same `App` as in the browser (`src/bin/prerender.rs` writes it into index.html).
//! The state is the one with no address: only the situation picker, no date, no answer.
//! The browser does not hydrate it: the app renders afresh beside it and takes its
//! place before the next paint (static/main.js; README, "Performance").

use crate::app::{App, AppProps, Host};
use crate::i18n::Lang;

/// The page's markup for the state with no address, in `lang`.
pub fn first_view(lang: Lang) -> String {
    let props = AppProps { host: Host::Prerender(lang) };
    let render = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render();
    // Nothing in the first view waits (no suspense, no I/O): one thread, no timers.
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
}
