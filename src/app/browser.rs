//! The few things only the browser knows or does: today's local date, the language,
//! the clipboard, downloads and printing (the address is `hooks/use_address.rs`).
//! Each fails quietly: a missing browser feature must not blank the page. Panics are
//! reported by Yew's own hook, which its renderer installs.

use chrono::NaiveDate;
use wasm_bindgen::{JsCast, JsValue};

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

/// The whole address, for "copy the link" and the summary.
pub fn location_href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

pub fn set_document_lang(lang: Lang, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
}

/// What became of a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copy {
    Copied,
    /// The browser refused (no permission, no focus…).
    Failed,
    /// The browser has no clipboard API here (an insecure page, an old browser).
    Unavailable,
}

/// Copies text with the asynchronous Clipboard API.
pub async fn copy_text(text: String) -> Copy {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Copy::Unavailable };
    // `navigator.clipboard` is undefined outside secure contexts: ask before calling it.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined());
    if !present {
        return Copy::Unavailable;
    }
    match wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(&text)).await {
        Ok(_) => Copy::Copied,
        Err(_) => Copy::Failed,
    }
}

/// Offers `text` as a file download (gloo's Blob and object URL).
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let blob = gloo::file::Blob::new_with_options(text, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    if let Some(link) = document.create_element("a").ok().and_then(|l| l.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    // The object URL is revoked when `url` is dropped here: the click has started the
    // download already.
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

/// The element of this app that `selector` names, looked up from one of its elements
/// inside the app's own root (`.delais`): a fragment link or `document` would not reach
/// into a widget's shadow root, and several widgets may share a page.
pub fn in_app(from: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    within(&from.closest(".delais").ok().flatten()?, selector)
}

/// The element `selector` names inside `container`.
pub fn within(container: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    container.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// The same, from the target of an event in the app.
pub fn in_app_from(event: &web_sys::Event, selector: &str) -> Option<web_sys::HtmlElement> {
    let from: web_sys::Element = event.target()?.dyn_into().ok()?;
    in_app(&from, selector)
}
