//! The public page's first view, rendered at build time by Yew's server renderer from
//! the same `App` as in the browser (`src/bin/prerender.rs` writes it into index.html).
//! The state is the one with no address: only the situation picker, no date, no answer.
//! The browser does not hydrate it: the app renders afresh beside it and takes its
//! place before the next paint (static/main.js; README, "Performance").

use crate::app::{App, AppProps, Mode};
use crate::i18n::Lang;

/// The page's markup for the state with no address, in `lang`.
pub fn first_view(lang: Lang) -> String {
    let props = AppProps { mode: Mode::Page, prerender: Some(lang), ..AppProps::default() };
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

    #[test]
    fn the_first_view_is_the_page_with_no_address_in_each_language() {
        let fr = first_view(Lang::Fr);
        assert!(fr.contains("<h1>"), "{fr}");
        assert!(fr.contains(r#"<select id="service" name="service""#), "{fr}");
        assert!(fr.contains("Sécurité") || fr.contains("situation"), "{fr}");
        let en = first_view(Lang::En);
        assert!(en.contains("<h1>"), "{en}");
        assert_ne!(fr, en);
        // No hydration markers, no script, no inline style (the page's CSP forbids them).
        for html in [&fr, &en] {
            assert!(!html.contains("<!--"), "{html}");
            assert!(!html.contains("<script") && !html.contains("style="), "{html}");
        }
    }
}
