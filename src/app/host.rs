//! Where the app is mounted — the public page, its build-time render, the iframe embed or
//! a partner's widget — with what that mounting alone needs, and what it may touch
//! outside the app (the address, the document's title and language).

use std::cell::RefCell;
use std::rc::Rc;

use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum Host {
    /// The public page: its address holds the state; the page's title and language
    /// follow the app.
    Page(PageMount),
    /// The page with no address, rendered at build time in one language by Yew's server
    /// renderer (`app::prerender`): no browser API is touched.
    Prerender(Lang),
    /// `embed.html` in a partner's iframe: the frame's own address holds the state, its
    /// entry replaced, never pushed (a frame's entries are its host page's); compact,
    /// no masthead.
    Embed,
    /// `<delais-estimateur>` in a partner's page: never touches the host's address,
    /// title or language; its attributes choose the language and the situation.
    Widget(WidgetMount),
}

/// The page's mounting (`widget::mount_app`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageMount {
    /// The situation chosen in the prerendered view before the Wasm arrived, kept when
    /// the address names none.
    pub chosen_early: String,
    /// The first render of an address with answers: the answer's place is marked and
    /// left empty (static/main.js waits for it), and filled when the mounting changes
    /// back, a task later.
    pub answer_later: bool,
}

/// A widget's attributes, and where it keeps its answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetMount {
    /// The `lang` attribute (otherwise the browser decides).
    pub lang: Option<Lang>,
    /// The `service` attribute; the situation picker is hidden when it names one.
    pub service: Option<String>,
    pub compact: bool,
    /// The query of the answers it had before being taken out of the page.
    pub restore: String,
    /// Kept up to date with the state's query (see `KeptQuery`).
    pub keep: KeptQuery,
}

/// Where a widget keeps its answers' query, so the element can take them along when
/// the host page moves it or takes it out and puts it back (memory only).
#[derive(Clone, Debug, Default)]
pub struct KeptQuery(pub Rc<RefCell<String>>);

impl PartialEq for KeptQuery {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// How the app may write its state into an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressUse {
    /// A widget, or the build-time render: no address of its own.
    None,
    /// The embed: replaces its entry only.
    ReplaceOnly,
    /// The page: typing replaces the entry, a choice pushes one.
    PushAndReplace,
}

impl Host {
    pub fn address(&self) -> AddressUse {
        match self {
            Host::Page(_) => AddressUse::PushAndReplace,
            Host::Embed => AddressUse::ReplaceOnly,
            Host::Prerender(_) | Host::Widget(_) => AddressUse::None,
        }
    }

    /// The page's `<html lang>` and title are the app's.
    pub fn owns_document(&self) -> bool {
        matches!(self, Host::Page(_))
    }

    /// The page's layout (masthead, h1, footer) rather than the embedded one.
    pub fn is_page(&self) -> bool {
        matches!(self, Host::Page(_) | Host::Prerender(_))
    }

    /// The app's address is its own, to share and print (not a widget's host page).
    pub fn own_page(&self) -> bool {
        !matches!(self, Host::Widget(_))
    }

    pub fn compact(&self) -> bool {
        match self {
            Host::Embed => true,
            Host::Widget(widget) => widget.compact,
            Host::Page(_) | Host::Prerender(_) => false,
        }
    }

    pub fn answer_later(&self) -> bool {
        matches!(self, Host::Page(PageMount { answer_later: true, .. }))
    }
}
