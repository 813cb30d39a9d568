//! The few things only the browser knows or does: today's local date, the language,
//! the address bar, the clipboard, downloads and printing. Each fails quietly
//! (returns a default or `false`): a missing browser feature must not blank the page.

use chrono::NaiveDate;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::i18n::Lang;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The browser's local date ("today" is the person's day, not UTC's).
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or(NaiveDate::MIN)
}

/// Now in UTC as `YYYYMMDDTHHMMSSZ`, for the calendar file's DTSTAMP.
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// French unless the browser prefers English.
pub fn browser_lang() -> Lang {
    window()
        .and_then(|w| w.navigator().language())
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

pub fn location_search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

pub fn location_href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Writes `query` into the address bar, as a new history entry or in place.
pub fn set_query(query: &str, push: bool) {
    let Some(window) = window() else { return };
    if window.location().search().ok().as_deref() == Some(query) {
        return;
    }
    let Ok(history) = window.history() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

pub fn set_document_lang(lang: Lang, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
}

/// Copies text; `done(true)` once the clipboard has it, `done(false)` otherwise.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = window() else { return done(false) };
    let promise = window.navigator().clipboard().write_text(text);
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let (ok, fail) = (done.clone(), done);
    let on_ok = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(f) = ok.take() {
            f(true)
        }
    });
    let on_fail = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(f) = fail.take() {
            f(false)
        }
    });
    let _ = promise.then2(&on_ok, &on_fail);
    // Each closure runs at most once; the few bytes they hold are not worth tracking.
    on_ok.forget();
    on_fail.forget();
}

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document.create_element("a") {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>() {
            link.set_href(&url);
            link.set_download(filename);
            link.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Prints with every collapsible section open, so the paper has all the reasons.
pub fn print() {
    let Some(window) = window() else { return };
    if let Some(document) = window.document() {
        if let Ok(all) = document.query_selector_all("details") {
            for i in 0..all.length() {
                if let Some(element) = all.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = element.set_attribute("open", "");
                }
            }
        }
    }
    let _ = window.print();
}

/// Calls `f` with the new query on Back/Forward. The listener lives as long as the page.
pub fn on_popstate(f: impl Fn(String) + 'static) {
    let Some(window) = window() else { return };
    let listener = Closure::<dyn Fn()>::new(move || f(location_search()));
    let _ = window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Logs panics to the console instead of failing silently (a panic in Wasm is a blank page).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Délais: {info}")));
    }));
}
