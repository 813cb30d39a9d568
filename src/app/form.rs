//! What the person entered, as typed — what the address carries — and the bounds on
//! what an address may hold. Read by the state (`state.rs`) and the address codec
//! (`url.rs`) alike.

use crate::engine::rules::PHONE_SERVICE;
use crate::engine::{CalendarId, Catalogue, Ground, MailingOrigin, Outcome};
use crate::i18n::excerpt;

/// A clock stop as typed: raw text, kept even when it is not a date yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StopInput {
    pub from: String,
    pub to: String,
}

/// Everything the person entered, as typed. This is what the URL carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    /// A service id, or empty before one is chosen.
    pub service: String,
    pub received: String,
    pub stops: Vec<StopInput>,
    pub decided: bool,
    pub decision_date: String,
    pub outcome: Option<Outcome>,
    pub mailing_from: MailingOrigin,
    pub grounds: Vec<Ground>,
    /// "As of" date for counsellors; empty means today.
    pub as_of: String,
    pub calendar: CalendarId,
}

/// More stops than anyone has; a bound so a crafted URL cannot make the page crawl.
pub const MAX_STOPS: usize = 20;

/// How many unreadable parts of an address are named one by one; the rest are counted.
pub const MAX_NAMED_PROBLEMS: usize = 10;

/// A situation the person can choose (`telephone` is in the catalogue but has no date).
pub fn selectable_service(id: &str) -> Option<&'static str> {
    Catalogue::OFFICIAL.service(id).filter(|s| s.id != PHONE_SERVICE).map(|s| s.id)
}

/// What an address held that could not be restored, bounded so that a crafted link
/// with thousands of parts gives ten lines, not thousands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlProblems {
    /// The first `MAX_NAMED_PROBLEMS` parts that could not be read: (name, value), each
    /// as a short excerpt (`i18n::excerpt`): the link's words are not the page's.
    pub named: Vec<(String, String)>,
    /// How many more could not be read.
    pub more: usize,
    /// `stop=` parts beyond the `MAX_STOPS`th, left out.
    pub extra_stops: usize,
}

impl UrlProblems {
    pub fn push(&mut self, name: &str, value: &str) {
        if self.named.len() < MAX_NAMED_PROBLEMS {
            self.named.push((excerpt(name), excerpt(value)));
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.named.is_empty() && self.more == 0 && self.extra_stops == 0
    }

    /// The named parts, in the address's order.
    pub fn iter(&self) -> std::slice::Iter<'_, (String, String)> {
        self.named.iter()
    }

    pub fn clear(&mut self) {
        *self = UrlProblems::default();
    }
}
