//! The framework floor for the benchmark: a Yew 0.23 app that renders an `<h1>` (its
//! "first result") and one input that changes it (so "interactive" is measured the same
//! way as for Délais: the first input event whose answer reaches the DOM).

use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

#[component]
fn App() -> Html {
    let title = use_state(|| AttrValue::from("Délais"));
    let oninput = {
        let title = title.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            title.set(input.value().into());
        })
    };
    html! {
        <main>
            <h1>{ (*title).clone() }</h1>
            <input id="probe" aria-label="Titre" {oninput} />
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
