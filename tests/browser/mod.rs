//! What the browser test files share (each `tests/*.rs` is a crate of its own): the
//! document, waiting until a page is done, and finding elements as a person finds them.

use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits until the page is done with what was just done to it: its render, and what the
/// render left for a later task (the main app writes its address in a 0 ms timeout,
/// hooks/use_address.rs, and renders a mounted page's answer a task after its form). Task
/// after task, until two whole tasks pass with the page and the address unchanged, however
/// slow the machine; a page that never settles fails the test after 10 s.
pub async fn settle() {
    let snapshot = || {
        let body = document().body().map(|b| b.inner_html()).unwrap_or_default();
        (body, web_sys::window().unwrap().location().href().unwrap_or_default())
    };
    let give_up = js_sys::Date::now() + 10_000.0;
    let (mut last, mut quiet) = (snapshot(), 0);
    while quiet < 2 {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        let now = snapshot();
        quiet = if now == last { quiet + 1 } else { 0 };
        last = now;
        assert!(js_sys::Date::now() < give_up, "the page did not settle within 10 s");
    }
}

pub fn normalized(element: &web_sys::Element) -> String {
    element.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn all(root: &web_sys::Element, tag: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(tag).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
}

/// The form control whose `<label>` starts with `label`.
pub fn field(root: &web_sys::Element, label: &str) -> web_sys::Element {
    let label = all(root, "label").into_iter().find(|l| normalized(l).starts_with(label)).unwrap_or_else(|| panic!("no label “{label}”"));
    let id = label.get_attribute("for").expect("a label for a control");
    root.query_selector(&format!("[id='{id}']")).unwrap().expect("the labelled control")
}
