//! A widget's attributes drive it: a changed `lang` or `service` attribute is
//! followed (the first values are already in the initial state, which may hold a
//! language the person chose since); and its answers are kept where the element can
//! take them along when the host page moves it (memory only).

use yew::prelude::*;

use crate::app::host::WidgetMount;
use crate::app::state::Action;

/// `widget`: the widget's mounting, `None` for the page and the embed.
#[hook]
pub fn use_widget(widget: Option<WidgetMount>, query: String, dispatch: Callback<Action>) {
    let first = use_mut_ref(|| true);
    let attributes = widget.as_ref().map(|w| (w.lang, w.service.clone()));
    let keep = widget.map(|w| w.keep);
    use_effect_with(attributes, move |attributes| {
        if let Some((lang, service)) = attributes {
            if !first.replace(false) {
                if let Some(lang) = lang {
                    dispatch.emit(Action::SetLang(*lang));
                }
                dispatch.emit(Action::Pin(service.clone()));
            }
        }
    });
    use_effect_with(query, move |query| {
        if let Some(keep) = keep {
            *keep.0.borrow_mut() = query.clone();
        }
    });
}
