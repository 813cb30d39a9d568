//! Québec holidays, year by year (docs/rules.md §3).
//!
//! Two calendars:
//! - `qc-public-service` (default, **decision**): the Québec public service's 13
//!   holidays (civil servants' agreement art. 8-35.01 and annex C; TAQ rules J-3, r. 3,
//!   art. 3), because business days are the days the Ministry's offices work; days
//!   that fall on a weekend are moved by the rules inferred from État civil's 2022
//!   closures and the SFPQ's 2011-12 ones.
//! - `qc-statutory`: Loi sur les normes du travail art. 60 (and Loi sur la fête
//!   nationale art. 2), used for mail delivery days and for comparison.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::i18n::Text;

/// A holiday, before any move for a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYearsDay,
    DayAfterNewYearsDay,
    GoodFriday,
    EasterMonday,
    Patriotes,
    FeteNationale,
    CanadaDay,
    LabourDay,
    Thanksgiving,
    ChristmasEve,
    Christmas,
    BoxingDay,
    NewYearsEve,
}

impl Holiday {
    pub fn name(self) -> Text {
        match self {
            Holiday::NewYearsDay => Text::new("Jour de l'An", "New Year's Day"),
            Holiday::DayAfterNewYearsDay => Text::new("Lendemain du jour de l'An", "Day after New Year's Day"),
            Holiday::GoodFriday => Text::new("Vendredi saint", "Good Friday"),
            Holiday::EasterMonday => Text::new("Lundi de Pâques", "Easter Monday"),
            Holiday::Patriotes => Text::new("Journée nationale des patriotes", "National Patriots' Day"),
            Holiday::FeteNationale => Text::new("Fête nationale du Québec", "Québec's National Holiday"),
            Holiday::CanadaDay => Text::new("Fête du Canada", "Canada Day"),
            Holiday::LabourDay => Text::new("Fête du Travail", "Labour Day"),
            Holiday::Thanksgiving => Text::new("Action de grâce", "Thanksgiving"),
            Holiday::ChristmasEve => Text::new("Veille de Noël", "Christmas Eve"),
            Holiday::Christmas => Text::new("Noël", "Christmas Day"),
            Holiday::BoxingDay => Text::new("Lendemain de Noël", "Boxing Day"),
            Holiday::NewYearsEve => Text::new("Veille du jour de l'An", "New Year's Eve"),
        }
    }

    /// The name of the weekday given instead when the holiday falls on a weekend.
    pub fn observed_name(self) -> Text {
        match self {
            Holiday::NewYearsDay => Text::new("Jour de l'An (reporté)", "New Year's Day (observed)"),
            Holiday::DayAfterNewYearsDay => {
                Text::new("Lendemain du jour de l'An (reporté)", "Day after New Year's Day (observed)")
            }
            Holiday::GoodFriday => Text::new("Vendredi saint (reporté)", "Good Friday (observed)"),
            Holiday::EasterMonday => Text::new("Lundi de Pâques (reporté)", "Easter Monday (observed)"),
            Holiday::Patriotes => {
                Text::new("Journée nationale des patriotes (reportée)", "National Patriots' Day (observed)")
            }
            Holiday::FeteNationale => {
                Text::new("Fête nationale du Québec (reportée)", "Québec's National Holiday (observed)")
            }
            Holiday::CanadaDay => Text::new("Fête du Canada (reportée)", "Canada Day (observed)"),
            Holiday::LabourDay => Text::new("Fête du Travail (reportée)", "Labour Day (observed)"),
            Holiday::Thanksgiving => Text::new("Action de grâce (reportée)", "Thanksgiving (observed)"),
            Holiday::ChristmasEve => Text::new("Veille de Noël (reportée)", "Christmas Eve (observed)"),
            Holiday::Christmas => Text::new("Noël (reporté)", "Christmas Day (observed)"),
            Holiday::BoxingDay => Text::new("Lendemain de Noël (reporté)", "Boxing Day (observed)"),
            Holiday::NewYearsEve => Text::new("Veille du jour de l'An (reportée)", "New Year's Eve (observed)"),
        }
    }
}

/// A weekday on which the offices are closed, and the holiday that gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayOff {
    pub date: NaiveDate,
    pub holiday: Holiday,
    /// True when the holiday itself fell on a weekend and this day is given instead.
    pub observed: bool,
}

impl DayOff {
    pub fn name(&self) -> Text {
        if self.observed {
            self.holiday.observed_name()
        } else {
            self.holiday.name()
        }
    }
}

/// Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // March 22 to April 25 for every year: always a valid date.
    date(year, month as u32, day as u32)
}

/// The days off of one year, at most 16, kept in a fixed array so that walking
/// business days never allocates (issue: "cache a year's days off").
#[derive(Clone, Copy, Debug)]
pub struct YearDaysOff {
    pub year: i32,
    days: [Option<DayOff>; 16],
    len: usize,
    /// Bit `ordinal0` set when that day of the year is a day off.
    bits: [u64; 6],
}

impl YearDaysOff {
    fn empty(year: i32) -> YearDaysOff {
        YearDaysOff { year, days: [None; 16], len: 0, bits: [0; 6] }
    }

    pub fn get(&self, day: NaiveDate) -> Option<DayOff> {
        if day.year() != self.year || !self.is_off(day) {
            return None;
        }
        self.days[..self.len].iter().flatten().find(|off| off.date == day).copied()
    }

    /// True when `day` (of this year) is a day off. Constant time.
    pub fn is_off(&self, day: NaiveDate) -> bool {
        let ordinal = day.ordinal0() as usize;
        self.bits[ordinal / 64] & (1 << (ordinal % 64)) != 0
    }

    /// The days off in date order.
    pub fn iter(&self) -> impl Iterator<Item = DayOff> + '_ {
        self.days[..self.len].iter().flatten().copied()
    }

    fn add(&mut self, off: DayOff) {
        if self.is_off(off.date) || self.len == self.days.len() {
            return;
        }
        let ordinal = off.date.ordinal0() as usize;
        self.bits[ordinal / 64] |= 1 << (ordinal % 64);
        // Insert in date order.
        let at = self.days[..self.len].iter().flatten().take_while(|d| d.date < off.date).count();
        self.days.copy_within(at..self.len, at + 1);
        self.days[at] = Some(off);
        self.len += 1;
    }

    /// Quebec public service: 13 holidays, weekend ones moved (docs/rules.md §3, **decision**).
    pub fn public_service(year: i32) -> YearDaysOff {
        let mut days = YearDaysOff::empty(year);
        let on = |month, day| date(year, month, day);
        let easter = easter_sunday(year);
        let fixed = [
            (Holiday::NewYearsDay, on(1, 1)),
            (Holiday::DayAfterNewYearsDay, on(1, 2)),
            (Holiday::FeteNationale, on(6, 24)),
            (Holiday::CanadaDay, on(7, 1)),
            (Holiday::ChristmasEve, on(12, 24)),
            (Holiday::Christmas, on(12, 25)),
            (Holiday::BoxingDay, on(12, 26)),
            (Holiday::NewYearsEve, on(12, 31)),
        ];
        // Holidays that are always weekdays, and fixed ones that fall on a weekday, first:
        // a moved holiday must skip them ("the next weekday that is not already off").
        for (holiday, day) in always_weekdays(year, easter) {
            days.add(DayOff { date: day, holiday, observed: false });
        }
        for (holiday, day) in fixed {
            if !is_weekend(day) {
                days.add(DayOff { date: day, holiday, observed: false });
            }
        }
        // 25 Dec, 26 Dec, 1 Jan, 2 Jan, in that order: to the next free weekday.
        for (holiday, day) in [fixed[5], fixed[6], fixed[0], fixed[1]] {
            if is_weekend(day) {
                let mut moved = day;
                while is_weekend(moved) || days.is_off(moved) {
                    moved = next_day(moved);
                }
                days.add(DayOff { date: moved, holiday, observed: true });
            }
        }
        // 24 Dec and 31 Dec: to the previous free weekday.
        for (holiday, day) in [fixed[4], fixed[7]] {
            if is_weekend(day) {
                let mut moved = day;
                while is_weekend(moved) || days.is_off(moved) {
                    moved = previous_day(moved);
                }
                days.add(DayOff { date: moved, holiday, observed: true });
            }
        }
        // 24 June and 1 July: Saturday to the Friday before, Sunday to the Monday after.
        for (holiday, day) in [fixed[2], fixed[3]] {
            let moved = match day.weekday() {
                Weekday::Sat => day.pred_opt(),
                Weekday::Sun => day.succ_opt(),
                _ => None,
            };
            if let Some(moved) = moved {
                days.add(DayOff { date: moved, holiday, observed: true });
            }
        }
        days
    }

    /// Statutory holidays (Loi sur les normes du travail art. 60): only weekdays are
    /// days off; 24 June and 1 July on a Sunday give the Monday (LNT art. 60;
    /// Loi sur la fête nationale art. 2); other weekend holidays give no weekday.
    pub fn statutory(year: i32) -> YearDaysOff {
        let mut days = YearDaysOff::empty(year);
        let on = |month, day| date(year, month, day);
        let easter = easter_sunday(year);
        let candidates = [
            (Holiday::NewYearsDay, on(1, 1)),
            (Holiday::GoodFriday, easter - chrono::Days::new(2)),
            (Holiday::Patriotes, patriotes(year)),
            (Holiday::FeteNationale, on(6, 24)),
            (Holiday::CanadaDay, on(7, 1)),
            (Holiday::LabourDay, nth_weekday(year, 9, Weekday::Mon, 1)),
            (Holiday::Thanksgiving, nth_weekday(year, 10, Weekday::Mon, 2)),
            (Holiday::Christmas, on(12, 25)),
        ];
        for (holiday, day) in candidates {
            let sunday_moves = matches!(holiday, Holiday::FeteNationale | Holiday::CanadaDay);
            if !is_weekend(day) {
                days.add(DayOff { date: day, holiday, observed: false });
            } else if sunday_moves && day.weekday() == Weekday::Sun {
                days.add(DayOff { date: next_day(day), holiday, observed: true });
            }
        }
        days
    }
}

/// Good Friday, Easter Monday, Patriotes, Labour Day and Thanksgiving.
fn always_weekdays(year: i32, easter: NaiveDate) -> [(Holiday, NaiveDate); 5] {
    [
        (Holiday::GoodFriday, easter - chrono::Days::new(2)),
        (Holiday::EasterMonday, easter + chrono::Days::new(1)),
        (Holiday::Patriotes, patriotes(year)),
        (Holiday::LabourDay, nth_weekday(year, 9, Weekday::Mon, 1)),
        (Holiday::Thanksgiving, nth_weekday(year, 10, Weekday::Mon, 2)),
    ]
}

/// Journée nationale des patriotes: the Monday before 25 May (18 to 24 May).
pub fn patriotes(year: i32) -> NaiveDate {
    let may_24 = date(year, 5, 24);
    let back = may_24.weekday().num_days_from_monday();
    may_24 - chrono::Days::new(u64::from(back))
}

/// The `n`-th `weekday` of a month (n from 1).
/// The `n`-th `weekday` of a month (Labour Day: the 1st Monday of September), by
/// chrono; `tests/holidays.rs` checks it over 1900–2199 against a count by hand.
pub fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> NaiveDate {
    // n is 1 or 2 here: every month has a first and a second of each weekday.
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n).unwrap_or(NaiveDate::MIN)
}

pub fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

// The helpers below are only called inside a supported year (1900–2199) with
// valid month/day arithmetic, far from chrono's limits (±262,000 years).
fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

fn next_day(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

fn previous_day(day: NaiveDate) -> NaiveDate {
    day.pred_opt().unwrap_or(day)
}
