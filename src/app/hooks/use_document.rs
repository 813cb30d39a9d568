//! The public page's `<html lang>` and title follow the app's language (a screen
//! reader reads the page in the right voice). The embed and the widget leave their
//! host's document alone.

use yew::prelude::*;

use crate::app::browser;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

/// `owns_document`: the app is the page (`Host::owns_document`).
#[hook]
pub fn use_document(owns_document: bool, lang: Lang) {
    use_effect_with(lang, move |lang| {
        if owns_document {
            browser::set_document_lang(*lang, ui(*lang).app_title);
        }
    });
}
