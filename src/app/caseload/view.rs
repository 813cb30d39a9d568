//! The caseload page's view. Data flows one way: an event → `CaseloadAction` → the
//! reducer → the view; the view computes no date (src/caseload/ does).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::{open_link, CaseloadAction, CaseloadState, Filter, Loaded, SortKey, PAGE_SIZE};
use crate::app::browser;
use crate::caseload::label::label as shown;
use crate::caseload::write::{error_text, status_text, template};
use crate::caseload::{
    local_dates_message, read, read_text, write_csv, write_ics, Answer, Column, DeadlineKind, FileError, PAGE_ROW_LIMIT,
};
use crate::engine::Catalogue;
use crate::i18n::caseload::{caseload_messages, caseload_ui, CaseloadUi};
use crate::i18n::{format_date, iso, Lang};

impl Reducible for CaseloadState {
    type Action = CaseloadAction;

    fn reduce(self: Rc<Self>, action: CaseloadAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The examples behind « Essayer avec un exemple »: a French Excel file (Windows-1252,
/// `;`) and the English 60-row file with 6 bad rows, the test fixtures themselves.
const EXAMPLE_FR: &[u8] = include_bytes!("../../../tests/fixtures/caseload-fr-excel.csv");
const EXAMPLE_EN: &[u8] = include_bytes!("../../../tests/fixtures/caseload-60.csv");

#[derive(Clone, PartialEq, Properties)]
pub struct CaseloadProps {
    pub lang: Lang,
    /// Rendered at build time (`src/app/prerender.rs`): no file, and no browser to ask
    /// for today's date, which the empty page does not show.
    #[prop_or_default]
    pub prerender: bool,
}

#[component]
pub fn Caseload(props: &CaseloadProps) -> Html {
    let state = {
        let (lang, prerender) = (props.lang, props.prerender);
        use_reducer(move || CaseloadState::new(lang, if prerender { chrono::NaiveDate::MIN } else { browser::today() }))
    };
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: CaseloadAction, _| dispatcher.dispatch(action))
    };
    let lang = state.lang;
    let t = caseload_ui(lang);
    use_effect_with(lang, move |lang| {
        browser::set_document_lang(*lang, caseload_ui(*lang).title);
        // The address holds the language and nothing else (never the table).
        if let Some(window) = browser::window() {
            let path = window.location().pathname().unwrap_or_default();
            let query = if *lang == Lang::En { "?lang=en" } else { "" };
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")));
            }
        }
    });

    {
        // « Imprimer »: the dialog once every row of the filter is rendered, then back.
        let dispatch = dispatch.clone();
        use_effect_with(state.printing, move |printing| {
            if *printing {
                browser::print();
                dispatch.emit(CaseloadAction::Printed);
            }
        });
    }
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(file) = event.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                read_file(file, dispatch.clone());
            }
        })
    };
    let as_of = state.as_of();
    let summary = state.loaded.as_ref().map(|loaded| {
        let s = loaded.summary;
        (t.summary)(s.rows, &format_date(as_of, lang), s.overdue, s.soon, s.errors)
    });

    html! {
        <>
        <header class="masthead">
            <div class="masthead-inner">
                <p class="brand">{ "Délais" }</p>
                <button type="button" class="link-button" lang={other.code()}
                    onclick={dispatch.reform(move |_: MouseEvent| CaseloadAction::SetLang(other))}>
                    { t.switch_language }
                </button>
            </div>
        </header>
        <main id="content" class="layout caseload" {ondragover} {ondrop}>
            <div class="intro">
                <h1>{ t.heading }</h1>
                <p>{ t.intro }</p>
                <p class="privacy">{ t.privacy }</p>
                <p><a href={if lang == Lang::En { "./?lang=en" } else { "./" }}>{ t.back_to_app }</a></p>
            </div>
            { open_section(t, lang, &dispatch) }
            if let Some(error) = &state.file_error {
                <div class="error-summary" role="alert">
                    <h2>{ t.file_error_title }</h2>
                    <p>{ error.message(lang) }</p>
                </div>
            }
            <p class="caseload-summary" role="status" aria-atomic="true">{ summary.unwrap_or_default() }</p>
            if let Some(loaded) = &state.loaded {
                { table_section(&state, loaded, t, &dispatch) }
            }
        </main>
        <footer class="footer"><p>{ crate::i18n::catalogue::ui(lang).footer }</p></footer>
        </>
    }
}

/// Reads a chosen or dropped file's bytes (the browser's, not copied anywhere else).
fn read_file(file: web_sys::File, dispatch: Callback<CaseloadAction>) {
    wasm_bindgen_futures::spawn_local(async move {
        let result = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => read(&js_sys::Uint8Array::new(&buffer).to_vec(), Some(PAGE_ROW_LIMIT)),
            Err(_) => Err(FileError::NotText),
        };
        dispatch.emit(CaseloadAction::Load(result));
    });
}

fn open_section(t: &'static CaseloadUi, lang: Lang, dispatch: &Callback<CaseloadAction>) -> Html {
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file, dispatch.clone());
            }
            // The same file chosen again (after fixing it) is read again.
            input.set_value("");
        })
    };
    let paste = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let text = browser::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("caseload-paste"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|area| area.value())
                .unwrap_or_default();
            dispatch.emit(CaseloadAction::Load(read_text(&text, Some(PAGE_ROW_LIMIT))));
        })
    };
    let download_template = Callback::from(move |_: MouseEvent| {
        browser::download(t.template_file, "text/csv;charset=utf-8", &template(lang));
    });
    let example = dispatch.reform(move |_: MouseEvent| {
        CaseloadAction::Load(read(if lang == Lang::Fr { EXAMPLE_FR } else { EXAMPLE_EN }, Some(PAGE_ROW_LIMIT)))
    });
    html! {
        <section class="caseload-open" aria-labelledby="open-heading">
            <h2 id="open-heading">{ t.open_legend }</h2>
            <div class="field">
                <label for="caseload-file" class="label-large">{ t.file_label }</label>
                <p class="hint" id="caseload-file-hint">{ t.file_hint }</p>
                <input type="file" id="caseload-file" accept=".csv,.tsv,.txt,text/csv"
                    aria-describedby="caseload-file-hint" {onchange} />
            </div>
            <div class="field">
                <label for="caseload-paste">{ t.paste_label }</label>
                <p class="hint" id="caseload-paste-hint">{ t.paste_hint }</p>
                <textarea id="caseload-paste" rows="4" spellcheck="false" autocomplete="off"
                    aria-describedby="caseload-paste-hint" />
                <div class="button-row">
                    <button type="button" class="button-secondary" onclick={paste}>{ t.paste_button }</button>
                </div>
            </div>
            <div class="button-row">
                <button type="button" class="button-secondary" onclick={download_template}>{ t.template_button }</button>
                <button type="button" class="button-secondary" onclick={example}>{ t.example_button }</button>
            </div>
            <details class="options">
                <summary>{ t.columns_summary }</summary>
                <p>{ t.columns_text }</p>
            </details>
        </section>
    }
}

fn table_section(state: &CaseloadState, loaded: &Rc<Loaded>, t: &'static CaseloadUi, dispatch: &Callback<CaseloadAction>) -> Html {
    let lang = state.lang;
    let as_of = state.as_of();
    let s = loaded.summary;
    let filter = |value: Filter, text: String| {
        let id = match value {
            Filter::All => "filter-all",
            Filter::Overdue => "filter-overdue",
            Filter::Soon => "filter-soon",
            Filter::Errors => "filter-errors",
        };
        html! {
            <div class="choice">
                <input type="radio" name="caseload-filter" {id} checked={state.filter == value}
                    onchange={dispatch.reform(move |_: Event| CaseloadAction::Filter(value))} />
                <label for={id}>{ text }</label>
            </div>
        }
    };
    let on_as_of = dispatch.reform(|event: Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        CaseloadAction::SetAsOf(input.value())
    });
    let sort_header = |key: SortKey, text: &'static str| {
        let sorted = state.sort.key == key;
        let aria_sort = sorted.then_some(if state.sort.descending { "descending" } else { "ascending" });
        let arrow = match (sorted, state.sort.descending) {
            (false, _) => "↕",
            (true, false) => "↑",
            (true, true) => "↓",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort-button" onclick={dispatch.reform(move |_: MouseEvent| CaseloadAction::SortBy(key))}>
                    { text }<span aria-hidden="true">{ " " }{ arrow }</span>
                </button>
            </th>
        }
    };
    let rows = state.page_rows();
    let first = state.page * PAGE_SIZE + 1;
    let last = state.page * PAGE_SIZE + rows.len();
    let page = state.page;
    let export_csv = {
        let loaded = loaded.clone();
        Callback::from(move |_: MouseEvent| {
            let bytes = write_csv(&loaded.table, &loaded.answers, lang);
            let text = String::from_utf8_lossy(&bytes);
            browser::download(&format!("{}-{}.csv", caseload_ui(lang).export_file, iso(as_of)), "text/csv;charset=utf-8", &text);
        })
    };
    let export_ics = {
        let loaded = loaded.clone();
        Callback::from(move |_: MouseEvent| {
            let text = write_ics(&loaded.table, &loaded.answers, lang, &browser::utc_stamp());
            browser::download(&format!("{}-{}.ics", caseload_ui(lang).export_file, iso(as_of)), "text/calendar", &text);
        })
    };
    html! {
        <section class="caseload-table">
            if !loaded.local_dates.is_empty() {
                <div class="notice">
                    <h2>{ t.dates_title }</h2>
                    <p>{ local_dates_message(&loaded.local_dates, lang) }</p>
                </div>
            }
            <div class="caseload-controls">
                <div class={if state.as_of_error.is_some() { "field field-error" } else { "field" }}>
                    <label for="caseload-as-of">{ t.as_of_label }</label>
                    <p class="hint" id="caseload-as-of-hint">{ t.as_of_hint }</p>
                    if let Some(error) = &state.as_of_error {
                        <p class="error-message" id="caseload-as-of-error">{ error.message(lang) }</p>
                    }
                    <input type="text" class="date-input" id="caseload-as-of" inputmode="numeric" autocomplete="off"
                        value={state.as_of_input.clone()} onchange={on_as_of}
                        aria-invalid={state.as_of_error.is_some().then_some("true")}
                        aria-describedby={if state.as_of_error.is_some() { "caseload-as-of-hint caseload-as-of-error" } else { "caseload-as-of-hint" }} />
                </div>
                <fieldset class="caseload-filters">
                    <legend>{ t.filter_legend }</legend>
                    <div class="radios">
                        { filter(Filter::All, (t.filter_all)(s.rows)) }
                        { filter(Filter::Overdue, (t.filter_overdue)(s.overdue)) }
                        { filter(Filter::Soon, (t.filter_soon)(s.soon)) }
                        { filter(Filter::Errors, (t.filter_errors)(s.errors)) }
                    </div>
                </fieldset>
            </div>
            <div class="table-scroll" role="region" aria-labelledby="caseload-caption" tabindex="0">
                <table class="caseload">
                    <caption id="caseload-caption">{ (t.caption)(&format_date(as_of, lang)) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_file }</th>
                            <th scope="col">{ t.col_service }</th>
                            { sort_header(SortKey::Received, t.col_received) }
                            { sort_header(SortKey::Target, t.col_target) }
                            <th scope="col">{ t.col_status }</th>
                            { sort_header(SortKey::Next, t.col_next) }
                            <th scope="col" class="no-print">{ t.col_open }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|&index| row_view(loaded, index, state, t)) }
                    </tbody>
                </table>
            </div>
            if rows.is_empty() {
                <p>{ t.filter_empty }</p>
            }
            if state.pages() > 1 {
                <nav class="pager no-print" aria-label={t.pages_label}>
                    <button type="button" class="button-secondary" disabled={page == 0}
                        onclick={dispatch.reform(move |_: MouseEvent| CaseloadAction::Page(page.saturating_sub(1)))}>
                        { t.page_previous }
                    </button>
                    <p>{ (t.page_status)(first, last, state.order.len(), page + 1) }</p>
                    <button type="button" class="button-secondary" disabled={page + 1 >= state.pages()}
                        onclick={dispatch.reform(move |_: MouseEvent| CaseloadAction::Page(page + 1))}>
                        { t.page_next }
                    </button>
                </nav>
            }
            <div class="button-row no-print">
                <button type="button" class="button" onclick={export_csv}>{ t.export_csv }</button>
                <button type="button" class="button-secondary" onclick={export_ics}>{ t.export_ics }</button>
                <button type="button" class="button-secondary" onclick={dispatch.reform(|_: MouseEvent| CaseloadAction::Print)}>{ t.print }</button>
            </div>
            <p class="hint">{ t.target_note }</p>
        </section>
    }
}

/// A situation in a few words: the acronym of its name (CAQ, PEQ…), else its name.
fn service_short(id: &str, lang: Lang) -> String {
    let Some(service) = Catalogue::OFFICIAL.service(id) else { return shown(id) };
    let name = service.name.get(lang);
    crate::caseload::values::acronym(name).unwrap_or(name).to_string()
}

fn next_text(answer: &Answer, state: &CaseloadState, t: &CaseloadUi) -> Html {
    let as_of = state.as_of();
    let tribunal = answer.tribunal.then(|| html! { <span class="next-kind">{ t.tribunal }</span> });
    let Some(next) = answer.next(as_of) else {
        return html! { <>{ tribunal.unwrap_or_else(|| t.next_none.into()) }</> };
    };
    let kind = match next.kind {
        DeadlineKind::Target => t.next_target,
        DeadlineKind::MailBy => t.next_mail_by,
        DeadlineKind::Reexamination => t.next_deadline,
        DeadlineKind::EvaluationReview => t.next_evaluation,
    };
    html! {
        <>
        <span class="next-kind">{ kind }</span>
        <span class="next-date"><time datetime={iso(next.date)}>{ iso(next.date) }</time>{ " (" }{ (t.days_left)((next.date - as_of).num_days()) }{ ")" }</span>
        { tribunal.unwrap_or_default() }
        </>
    }
}

fn row_view(loaded: &Loaded, index: usize, state: &CaseloadState, t: &'static CaseloadUi) -> Html {
    let lang = state.lang;
    let Some(row) = loaded.table.rows.get(index) else { return Html::default() };
    let label = row.label(&loaded.table);
    let label = if label.is_empty() { (caseload_messages(lang).row_label)(row.number) } else { shown(label) };
    match loaded.answers.get(index) {
        Some(Ok(answer)) => {
            let href = open_link(loaded, index, &state.as_of_input, lang).unwrap_or_else(|| "./".into());
            let overdue = answer.overdue();
            html! {
                <tr key={index}>
                    <th scope="row">{ label.clone() }</th>
                    <td>{ service_short(answer.service, lang) }</td>
                    <td><time datetime={iso(answer.received)}>{ iso(answer.received) }</time></td>
                    <td><time datetime={iso(answer.target)}>{ iso(answer.target) }</time></td>
                    <td class={overdue.then_some("overdue")}>{ status_text(answer, lang) }</td>
                    <td class="next">{ next_text(answer, state, t) }</td>
                    <td class="no-print">
                        <a {href} target="_blank" rel="noopener">
                            { t.open_link }<span class="visually-hidden">{ (t.open_link_hidden)(&label) }</span>
                        </a>
                    </td>
                </tr>
            }
        }
        Some(Err(errors)) => {
            let service = loaded.table.layout.get(Column::Service).and_then(|at| row.cells.get(at)).map(|c| shown(c)).unwrap_or_default();
            html! {
                <tr key={index} class="row-error">
                    <th scope="row">{ label }</th>
                    <td>{ service }</td>
                    <td colspan="4" class="error-message">{ error_text(&loaded.table, row.number, errors, lang) }</td>
                    <td class="no-print"></td>
                </tr>
            }
        }
        None => Html::default(),
    }
}
