#![cfg(target_arch = "wasm32")]
//! The caseload page in a real browser (wasm-bindgen-test in headless Chromium): mounted
//! as `dossiers.html` mounts it, used as a person would, read from the DOM.

use chrono::NaiveDate;
use delais::engine::{estimate, Catalogue, Request};
use delais::i18n::iso;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;

use browser::{all, document, field, normalized, settle};

wasm_bindgen_test_configure!(run_in_browser);


/// Mounts a fresh caseload page on a fresh root, with the same function as caseload-web.
/// The roots of earlier tests are removed first: the page, like `dossiers.html`, is the
/// only one in its document (its fields' ids are unique there).
async fn mount(lang: &str) -> web_sys::Element {
    for old in all(&document().document_element().unwrap(), "[data-caseload-root]") {
        old.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_attribute("data-caseload-root", "").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    delais::app::caseload::mount(root.clone(), lang);
    settle().await;
    root
}


// Elements are found as a person finds them: a field by its label, a button by its
// name, a row by its header cell, a cell by its column's header.




/// The button named `name` (an arrow after the name, hidden from screen readers, aside).
fn button(root: &web_sys::Element, name: &str) -> web_sys::HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| normalized(b) == name || normalized(b).strip_prefix(name).is_some_and(|rest| rest.starts_with(' ')))
        .unwrap_or_else(|| panic!("no button “{name}”"))
        .dyn_into()
        .unwrap()
}

/// The table's body rows.
fn rows(root: &web_sys::Element) -> Vec<web_sys::Element> {
    all(root, "table tbody tr")
}

/// The body row whose header cell (the file's label) is `label`.
fn row(root: &web_sys::Element, label: &str) -> web_sys::Element {
    rows(root)
        .into_iter()
        .find(|r| r.query_selector("th").unwrap().is_some_and(|th| normalized(&th) == label))
        .unwrap_or_else(|| panic!("no row “{label}”"))
}

/// The column header whose name starts with `name`.
fn column(root: &web_sys::Element, name: &str) -> web_sys::Element {
    all(root, "table thead th").into_iter().find(|th| normalized(th).starts_with(name)).unwrap_or_else(|| panic!("no column “{name}”"))
}

/// The text of `label`'s row under the column `name`.
fn cell(root: &web_sys::Element, label: &str, name: &str) -> String {
    let at = all(root, "table thead th").iter().position(|th| normalized(th).starts_with(name)).unwrap_or_else(|| panic!("no column “{name}”"));
    all(&row(root, label), "th, td").get(at).map(normalized).unwrap_or_default()
}

/// The live summary line (`role="status"`).
fn summary(root: &web_sys::Element) -> String {
    root.query_selector("[role='status']").unwrap().map(|e| normalized(&e)).unwrap_or_default()
}

/// Cells copied from a spreadsheet (tab-separated), one of them a date that does not exist.
const PASTED: &str = "dossier\tservice\treçue le\nA\tcaq-etudes\t2025-12-19\nB\tcaq-etudes\t2026-01-05\nC\tcaq-etudes\t2026-02-30\n";

/// Pastes `PASTED` into the paste area and presses the read button.
async fn paste_three_rows(root: &web_sys::Element) {
    let area: web_sys::HtmlTextAreaElement = field(root, "Ou collez des cellules copiées d'un tableur").dyn_into().unwrap();
    area.set_value(PASTED);
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    button(root, "Lire les cellules collées").click();
    settle().await;
}

/// The engine's target date for a CAQ received on 2025-12-19 (Monday 26 January 2026).
fn engine_target() -> String {
    let received = NaiveDate::from_ymd_opt(2025, 12, 19).unwrap();
    iso(estimate(&Catalogue::OFFICIAL, &Request::new("caq-etudes", received)).unwrap().target)
}

#[wasm_bindgen_test]
async fn the_empty_page_offers_a_labelled_file_input_and_shows_no_table() {
    let root = mount("fr").await;
    let input = field(&root, "Ouvrir un fichier CSV");
    assert_eq!(input.tag_name(), "INPUT");
    assert_eq!(input.get_attribute("type").as_deref(), Some("file"));
    assert!(root.query_selector("table").unwrap().is_none(), "no table before a file");
    assert!(rows(&root).is_empty());
    assert_eq!(summary(&root), "");
}

#[wasm_bindgen_test]
async fn pasted_cells_fill_the_table_and_the_bad_row_says_where_and_what() {
    let root = mount("fr").await;
    paste_three_rows(&root).await;
    assert_eq!(rows(&root).len(), 3, "one row per pasted line");
    let summary = summary(&root);
    assert!(summary.contains("1 ligne avec erreur"), "{summary}");
    let bad = normalized(&row(&root, "C"));
    assert!(bad.contains("Ligne 4, colonne « reçue le »"), "{bad}");
    assert!(bad.contains("2026-02-30"), "{bad}");
    assert_eq!(engine_target(), "2026-01-26");
    assert_eq!(cell(&root, "A", "Date cible"), engine_target());
    assert_eq!(cell(&root, "A", "Reçue le"), "2025-12-19");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_table_and_names_the_columns_in_english() {
    let root = mount("fr").await;
    paste_three_rows(&root).await;
    button(&root, "English").click();
    settle().await;
    assert_eq!(rows(&root).len(), 3, "the table is kept");
    for name in ["File", "Received", "Target date", "Next deadline"] {
        column(&root, name);
    }
    assert_eq!(cell(&root, "A", "Target date"), engine_target());
    let summary = summary(&root);
    assert!(summary.contains("1 row with errors"), "{summary}");
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "?lang=en");
}

#[wasm_bindgen_test]
async fn sorting_by_the_received_column_says_so_to_assistive_technology() {
    let root = mount("fr").await;
    paste_three_rows(&root).await;
    assert_eq!(column(&root, "Reçue le").get_attribute("aria-sort"), None);
    button(&root, "Reçue le").click();
    settle().await;
    assert_eq!(column(&root, "Reçue le").get_attribute("aria-sort").as_deref(), Some("ascending"));
    assert_eq!(column(&root, "Prochaine échéance").get_attribute("aria-sort"), None, "one sorted column");
    let valid: Vec<String> = rows(&root).iter().filter_map(|r| r.query_selector("th").unwrap()).map(|th| normalized(&th)).filter(|l| l != "C").collect();
    assert_eq!(valid, ["A", "B"], "the oldest first");
    button(&root, "Reçue le").click();
    settle().await;
    assert_eq!(column(&root, "Reçue le").get_attribute("aria-sort").as_deref(), Some("descending"));
}
