#![cfg(target_arch = "wasm32")]
//! Components in a real browser (wasm-bindgen-test in headless Chromium): mount the
//! app on a URL, act as a person would, and read what is on screen.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, HtmlSelectElement};

mod browser;

use browser::{all, document, field, normalized, settle};

wasm_bindgen_test_configure!(run_in_browser);


/// Mounts a fresh app on a fresh root, with `query` in the address bar.
async fn mount(query: &str) -> web_sys::Element {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}"))).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let page = delais::app::AppProps { host: delais::app::Host::Page(delais::app::PageMount::default()) };
    yew::Renderer::<delais::app::App>::with_root_and_props(root.clone(), page).render();
    settle().await;
    root
}


fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

// Elements are found as a person finds them: a field by its label, a button or a
// link by its name, a group of fields by its legend, the error summary by its role.




fn input(root: &web_sys::Element, label: &str) -> HtmlInputElement {
    field(root, label).dyn_into().unwrap()
}

/// The group of fields (a fieldset) whose legend is `legend`.
fn group(root: &web_sys::Element, legend: &str) -> web_sys::Element {
    all(root, "fieldset")
        .into_iter()
        .find(|f| f.query_selector("legend").unwrap().is_some_and(|l| normalized(&l) == legend))
        .unwrap_or_else(|| panic!("no group “{legend}”"))
}

fn button(root: &web_sys::Element, name: &str) -> web_sys::HtmlElement {
    all(root, "button").into_iter().find(|b| normalized(b) == name).unwrap_or_else(|| panic!("no button “{name}”")).dyn_into().unwrap()
}

/// The error summary (`role="alert"`).
fn alert(root: &web_sys::Element) -> web_sys::Element {
    root.query_selector("[role='alert']").unwrap().expect("an alert")
}

/// The text of the elements a control's `aria-describedby` names (its hint, its error).
fn description(control: &web_sys::Element) -> String {
    let ids = control.get_attribute("aria-describedby").unwrap_or_default();
    ids.split_whitespace().filter_map(|id| document().get_element_by_id(id)).map(|e| normalized(&e)).collect::<Vec<_>>().join(" ")
}

fn type_into(control: &HtmlInputElement, value: &str) {
    control.set_value(value);
    control.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    control.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_shared_link_shows_the_engine_date_in_words() {
    let root = mount("?lang=fr&service=caq-etudes&received=2025-12-19").await;
    assert_eq!(text_of(&root, "#target"), "Le Ministère vise à rendre sa décision d'ici le lundi 26 janvier 2026");
    assert!(text_of(&root, ".share").contains("8\u{a0}demandes sur 10"));
}

#[wasm_bindgen_test]
async fn the_page_mounted_on_an_address_with_answers_renders_the_form_then_the_answer() {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let query = "?lang=fr&service=caq-etudes&received=2025-12-19";
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}"))).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    delais::widget::mount_app(root.clone(), "", true);
    // Yew renders in a microtask; the answer comes in a later task (a 0 ms timeout).
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await.unwrap();
    assert_eq!(input(&root, "Date de réception de la demande").value(), "2025-12-19", "the form is there");
    assert!(root.query_selector("#result [data-pending]").unwrap().is_some(), "the answer's place is marked");
    assert!(root.query_selector("#target").unwrap().is_none(), "the answer is not there yet");
    settle().await;
    assert!(root.query_selector("[data-pending]").unwrap().is_none());
    assert_eq!(text_of(&root, "#target"), "Le Ministère vise à rendre sa décision d'ici le lundi 26 janvier 2026");
}

#[wasm_bindgen_test]
async fn typing_a_new_received_date_updates_the_answer_and_the_url() {
    let root = mount("?lang=en&service=caq-etudes&received=2025-12-19").await;
    type_into(&input(&root, "Date the request was received"), "2026-01-05");
    settle().await;
    // 20 business days after Monday 5 Jan 2026, no holiday in between: Monday 2 Feb.
    assert_eq!(text_of(&root, "#target"), "The Ministry aims to decide by Monday, February 2, 2026");
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("received=2026-01-05"), "{search}");
}

#[wasm_bindgen_test]
async fn an_impossible_date_gets_a_message_next_to_the_field_and_keeps_what_was_typed() {
    let root = mount("?lang=fr&service=caq-etudes&received=2025-12-19&decision=2026-02-30&outcome=refusal").await;
    let decision = input(&root, "Date de la décision");
    let message = description(&decision);
    assert!(message.contains("2026-02-30 n'existe pas"), "{message}");
    assert_eq!(decision.value(), "2026-02-30");
    assert_eq!(decision.get_attribute("aria-invalid").as_deref(), Some("true"));
    // The rest of the answer is still there, and the summary links to the field.
    assert!(text_of(&root, "#target").contains("26 janvier 2026"));
    let link = all(&alert(&root), "a").into_iter().find(|a| normalized(a).contains("2026-02-30")).expect("a link to the field");
    assert_eq!(link.get_attribute("href"), Some(format!("#{}", decision.id())));
}

#[wasm_bindgen_test]
async fn switching_language_keeps_every_input() {
    let root = mount("?lang=fr&service=peq&received=2025-08-31&stop=2025-09-10..2025-09-20").await;
    button(&root, "English").click();
    settle().await;
    assert!(text_of(&root, "#target").starts_with("The Ministry aims to decide by"));
    let from = input(&group(&root, "Suspension 1"), "Date documents were requested");
    assert_eq!(from.value(), "2025-09-10");
    let service: HtmlSelectElement = field(&root, "What did you apply for?").dyn_into().unwrap();
    assert_eq!(service.value(), "peq");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn adding_a_clock_stop_moves_the_target_later() {
    let root = mount("?lang=en&service=caq-etudes&received=2026-01-05").await;
    button(&root, "Add a request for documents").click();
    settle().await;
    let stop = group(&root, "Suspension 1");
    type_into(&input(&stop, "Date documents were requested"), "2026-01-12");
    type_into(&input(&stop, "Date the Ministry received the documents"), "2026-01-19");
    settle().await;
    // 5 business days (13–16 and 19 Jan) no longer count: Monday 2 Feb → Monday 9 Feb.
    assert_eq!(text_of(&root, "#target"), "The Ministry aims to decide by Monday, February 9, 2026");
}

#[wasm_bindgen_test]
async fn a_stop_with_no_end_says_the_count_stays_suspended_until_as_of() {
    let root = mount("?lang=en&service=caq-etudes&received=2025-12-19&stop=2026-01-05..&asof=2026-03-02").await;
    let note = text_of(&root, "#stop-1-open");
    assert!(note.contains("taken as suspended until March 2, 2026"), "{note}");
    // Documents arrive: the note goes away.
    type_into(&input(&group(&root, "Suspension 1"), "Date the Ministry received the documents"), "2026-01-12");
    settle().await;
    assert!(root.query_selector("#stop-1-open").unwrap().is_none());
}

// The timeline; a link's unreadable parts ---------------------------------------------

// Back and Forward on the lists are in e2e/controls.spec.ts: the tests here share one
// page and one address bar, so a test that goes Back would disturb the others.

#[wasm_bindgen_test]
async fn the_timeline_has_a_month_axis_and_names_today() {
    let root = mount("?lang=en&service=caq-etudes&received=2025-12-19&decision=2026-03-02&outcome=refusal&asof=2026-03-10").await;
    let ticks: Vec<String> = {
        let all = root.query_selector_all(".timeline-svg .tick text").unwrap();
        (0..all.length()).filter_map(|i| all.item(i)).filter_map(|n| n.text_content()).collect()
    };
    assert!(ticks.starts_with(&["Jan".to_string(), "2026".to_string(), "Feb".to_string()]), "{ticks:?}");
    let labels = text_of(&root, ".timeline-svg");
    assert!(labels.contains("TodayMar 10"), "{labels}");
    assert!(labels.contains("Target dateJan 26"), "{labels}");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_link_with_many_unreadable_parts_lists_ten_and_counts_the_rest() {
    let junk: Vec<String> = (0..300).map(|i| format!("x{i}=y")).collect();
    let root = mount(&format!("?lang=en&service=peq&{}", junk.join("&"))).await;
    let items = all(&alert(&root), "li");
    assert_eq!(items.len(), 11);
    assert_eq!(items.last().and_then(|li| li.text_content()).as_deref(), Some("… and 290\u{a0}other parts of the link, also ignored."));
    root.remove();
}
