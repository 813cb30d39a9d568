//! The public page's `<html lang>` and title follow the app's language (a screen
//! reader reads the page in the right voice). The embed and the widget leave their
//! host's document alone.

use yew::prelude::*;

use crate::app::browser;
use crate::app::Mode;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

#[hook]
pub fn use_document(mode: Mode, lang: Lang) {
    use_effect_with(lang, move |lang| {
        if mode == Mode::Page {
            browser::set_document_lang(*lang, ui(*lang).app_title);
        }
    });
}
