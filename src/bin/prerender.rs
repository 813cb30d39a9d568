//! `prerender [--caseload] TEMPLATE OUT`: writes the public page (TEMPLATE, index.html),
//! or with `--caseload` the caseload page (dossiers.html), to OUT with its first view in
//! place of the markers `<!--delais:prerender fr-->` and `<!--delais:prerender en-->`
//! (scripts/build.sh). Fails if a marker is missing, so a page can never ship without its
//! first view unnoticed.

// Native only (Yew's server renderer); `cargo test --target wasm32-unknown-unknown`
// builds every binary, this one as an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    use delais::app::prerender::{caseload_first_view, first_view};
    use delais::i18n::Lang;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let (view, template, out): (fn(Lang) -> String, _, _) = match args.as_slice() {
        [template, out] => (first_view, template, out),
        [flag, template, out] if flag == "--caseload" => (caseload_first_view, template, out),
        _ => {
            eprintln!("usage: prerender [--caseload] TEMPLATE OUT");
            return ExitCode::from(2);
        }
    };
    let mut html = match std::fs::read_to_string(template) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("prerender: {template}: {error}");
            return ExitCode::FAILURE;
        }
    };
    for lang in [Lang::Fr, Lang::En] {
        let marker = format!("<!--delais:prerender {}-->", lang.code());
        if !html.contains(&marker) {
            eprintln!("prerender: {template}: no {marker}");
            return ExitCode::FAILURE;
        }
        html = html.replace(&marker, &view(lang));
    }
    if let Err(error) = std::fs::write(out, html) {
        eprintln!("prerender: {out}: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
