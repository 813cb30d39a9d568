//! Business days: Monday to Friday, except a calendar's days off (docs/rules.md §2–3).

use chrono::{Datelike, NaiveDate};

use super::holidays::{is_weekend, DayOff, YearDaysOff};
use crate::i18n::Text;

/// First and last years the calendars are defined for.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2199;

/// The one horizon rule: every date the engine computes (a target, a re-examination
/// deadline, a 365-day window…) must fall in a year the calendars cover; a request
/// whose answer would go further is refused with `InputError::TargetOutOfRange`.
pub fn within_horizon(date: NaiveDate) -> bool {
    within_horizon_year(date.year())
}

pub fn within_horizon_year(year: i32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CalendarId {
    /// The Québec public service's 13 holidays (default, **decision**).
    #[default]
    QcPublicService,
    /// Statutory holidays (Loi sur les normes du travail art. 60).
    QcStatutory,
}

impl CalendarId {
    pub const ALL: [CalendarId; 2] = [CalendarId::QcPublicService, CalendarId::QcStatutory];

    pub fn code(self) -> &'static str {
        match self {
            CalendarId::QcPublicService => "qc-public-service",
            CalendarId::QcStatutory => "qc-statutory",
        }
    }

    pub fn from_code(code: &str) -> Option<CalendarId> {
        CalendarId::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            CalendarId::QcPublicService => Text::new(
                "Jours fériés de la fonction publique du Québec (13 jours)",
                "Québec public service holidays (13 days)",
            ),
            CalendarId::QcStatutory => Text::new(
                "Jours fériés légaux (Loi sur les normes du travail, art. 60)",
                "Statutory holidays (Act respecting labour standards, s. 60)",
            ),
        }
    }

    pub fn days_off(self, year: i32) -> YearDaysOff {
        match self {
            CalendarId::QcPublicService => YearDaysOff::public_service(year),
            CalendarId::QcStatutory => YearDaysOff::statutory(year),
        }
    }
}

/// Why a day is not a business day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    Business,
    Weekend,
    Holiday(DayOff),
}

impl DayKind {
    /// Every kind's code, in the order of the variants (a holiday carries its day, so
    /// there is no list of values to take them from).
    pub const CODES: [&'static str; 3] = ["business", "weekend", "holiday"];

    pub fn code(self) -> &'static str {
        DayKind::CODES[match self {
            DayKind::Business => 0,
            DayKind::Weekend => 1,
            DayKind::Holiday(_) => 2,
        }]
    }
}

/// Answers "is this a business day?" for dates in order, computing each year's days
/// off once (a year changes a few times in a walk; days change thousands of times).
#[derive(Clone, Debug)]
pub struct Calendar {
    id: CalendarId,
    year: YearDaysOff,
}

impl Calendar {
    pub fn new(id: CalendarId) -> Calendar {
        Calendar { id, year: id.days_off(FIRST_YEAR) }
    }

    pub fn id(&self) -> CalendarId {
        self.id
    }

    pub fn kind(&mut self, day: NaiveDate) -> DayKind {
        if is_weekend(day) {
            return DayKind::Weekend;
        }
        if day.year() != self.year.year {
            self.year = self.id.days_off(day.year());
        }
        match self.year.get(day) {
            Some(off) => DayKind::Holiday(off),
            None => DayKind::Business,
        }
    }

    pub fn is_business_day(&mut self, day: NaiveDate) -> bool {
        self.kind(day) == DayKind::Business
    }

    /// The last business day on or before `day`.
    pub fn business_day_on_or_before(&mut self, mut day: NaiveDate) -> NaiveDate {
        while !self.is_business_day(day) {
            match day.pred_opt() {
                Some(previous) => day = previous,
                None => break,
            }
        }
        day
    }

    /// `count` business days before `day` (`day` itself not counted).
    pub fn business_days_before(&mut self, mut day: NaiveDate, count: u32) -> NaiveDate {
        let mut left = count;
        while left > 0 {
            match day.pred_opt() {
                Some(previous) => day = previous,
                None => break,
            }
            if self.is_business_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// Business days in `(from, to]`; 0 when `to <= from`.
    pub fn business_days_between(&mut self, from: NaiveDate, to: NaiveDate) -> u32 {
        let mut count = 0;
        let mut day = from;
        while day < to {
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
            if self.is_business_day(day) {
                count += 1;
            }
        }
        count
    }
}
