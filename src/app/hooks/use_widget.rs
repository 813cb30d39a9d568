//! A widget's attributes drive it: a changed `lang` or `service` attribute is
//! followed (the first values are already in the initial state, which may hold a
//! language the person chose since); and its answers are kept where the element can
//! take them along when the host page moves it (memory only).

use yew::prelude::*;

use crate::app::components::KeptQuery;
use crate::app::state::Action;
use crate::app::Mode;
use crate::i18n::Lang;

#[hook]
pub fn use_widget(mode: Mode, lang: Option<Lang>, service: Option<String>, keep: Option<KeptQuery>, query: String, dispatch: Callback<Action>) {
    let first = use_mut_ref(|| true);
    use_effect_with((lang, service), move |(lang, service)| {
        if mode == Mode::Widget && !first.replace(false) {
            if let Some(lang) = lang {
                dispatch.emit(Action::SetLang(*lang));
            }
            dispatch.emit(Action::Pin(service.clone()));
        }
    });
    use_effect_with(query, move |query| {
        if let Some(keep) = keep {
            *keep.0.borrow_mut() = query.clone();
        }
    });
}
