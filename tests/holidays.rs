#![cfg(not(target_arch = "wasm32"))]
//! Québec calendars, checked against published closures (docs/rules.md §3).
//!
//! Every expected date below was worked out by hand from docs/rules.md §3, and the
//! closures of 2022 and 2011-12 are the ones État civil and the SFPQ published.

use chrono::{Datelike, NaiveDate, Weekday};
use delais::engine::holidays::patriotes;
use delais::engine::{easter_sunday, CalendarId, DayOff, Holiday, FIRST_YEAR, LAST_YEAR};

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date in the test")
}

fn public_service(year: i32) -> Vec<DayOff> {
    CalendarId::QcPublicService.days_off(year).iter().collect()
}

fn statutory(year: i32) -> Vec<DayOff> {
    CalendarId::QcStatutory.days_off(year).iter().collect()
}

fn dates(days: &[DayOff]) -> Vec<NaiveDate> {
    days.iter().map(|off| off.date).collect()
}

/// (date, holiday, observed) triples, for lists where the name matters.
fn described(days: &[DayOff]) -> Vec<(NaiveDate, Holiday, bool)> {
    days.iter().map(|off| (off.date, off.holiday, off.observed)).collect()
}

// ---------------------------------------------------------------------------
// Published closures
// ---------------------------------------------------------------------------

/// État civil's 2022 closures: 1–2 Jan on Sat–Sun → Mon 3 and Tue 4 Jan; 24 Dec (Sat)
/// → Fri 23; 25 Dec (Sun) → Tue 27, because Mon 26 is already Boxing Day; 31 Dec (Sat)
/// → Fri 30. Thirteen days, nothing else.
#[test]
fn public_service_2022_reproduces_etat_civil_closures_exactly() {
    assert_eq!(
        dates(&public_service(2022)),
        vec![
            d(2022, 1, 3),
            d(2022, 1, 4),
            d(2022, 4, 15),
            d(2022, 4, 18),
            d(2022, 5, 23),
            d(2022, 6, 24),
            d(2022, 7, 1),
            d(2022, 9, 5),
            d(2022, 10, 10),
            d(2022, 12, 23),
            d(2022, 12, 26),
            d(2022, 12, 27),
            d(2022, 12, 30),
        ]
    );
}

/// 2022's year-end, by name: Boxing Day stays on Monday 26, Christmas moves to Tuesday 27.
#[test]
fn public_service_2022_christmas_on_sunday_moves_past_boxing_day() {
    let year_end: Vec<_> =
        described(&public_service(2022)).into_iter().filter(|(date, ..)| date.month() == 12).collect();
    assert_eq!(
        year_end,
        vec![
            (d(2022, 12, 23), Holiday::ChristmasEve, true),
            (d(2022, 12, 26), Holiday::BoxingDay, false),
            (d(2022, 12, 27), Holiday::Christmas, true),
            (d(2022, 12, 30), Holiday::NewYearsEve, true),
        ]
    );
}

/// SFPQ's 2011-12 closures: 24 Dec 2011 (Sat) → Fri 23; 25 (Sun) → Tue 27; 26 Mon;
/// 31 (Sat) → Fri 30; 1 Jan 2012 (Sun) → Tue 3, because Mon 2 Jan is already off.
#[test]
fn public_service_2011_12_reproduces_sfpq_closures() {
    let december_2011: Vec<_> = dates(&public_service(2011)).into_iter().filter(|date| date.month() == 12).collect();
    assert_eq!(december_2011, vec![d(2011, 12, 23), d(2011, 12, 26), d(2011, 12, 27), d(2011, 12, 30)]);

    let january_2012: Vec<_> =
        described(&public_service(2012)).into_iter().filter(|(date, ..)| date.month() == 1).collect();
    assert_eq!(
        january_2012,
        vec![(d(2012, 1, 2), Holiday::DayAfterNewYearsDay, false), (d(2012, 1, 3), Holiday::NewYearsDay, true)]
    );
}

// ---------------------------------------------------------------------------
// Test years docs/rules.md names: 2026, 2027, 2028
// ---------------------------------------------------------------------------

/// 2026: Easter 5 Apr; Patriotes Mon 18 May (25 May is itself a Monday); 24 and 25 Dec
/// Thu–Fri; 26 Dec on a Saturday → Monday 28 Dec.
#[test]
fn public_service_2026_full_list() {
    use Holiday::*;
    assert_eq!(
        described(&public_service(2026)),
        vec![
            (d(2026, 1, 1), NewYearsDay, false),
            (d(2026, 1, 2), DayAfterNewYearsDay, false),
            (d(2026, 4, 3), GoodFriday, false),
            (d(2026, 4, 6), EasterMonday, false),
            (d(2026, 5, 18), Patriotes, false),
            (d(2026, 6, 24), FeteNationale, false),
            (d(2026, 7, 1), CanadaDay, false),
            (d(2026, 9, 7), LabourDay, false),
            (d(2026, 10, 12), Thanksgiving, false),
            (d(2026, 12, 24), ChristmasEve, false),
            (d(2026, 12, 25), Christmas, false),
            (d(2026, 12, 28), BoxingDay, true),
            (d(2026, 12, 31), NewYearsEve, false),
        ]
    );
}

/// 2027: 2 Jan on a Saturday → Mon 4 Jan; Easter 28 Mar; 25–26 Dec on Sat–Sun →
/// Mon 27 and Tue 28 Dec; 24 and 31 Dec are Fridays and stay.
#[test]
fn public_service_2027_full_list() {
    use Holiday::*;
    assert_eq!(
        described(&public_service(2027)),
        vec![
            (d(2027, 1, 1), NewYearsDay, false),
            (d(2027, 1, 4), DayAfterNewYearsDay, true),
            (d(2027, 3, 26), GoodFriday, false),
            (d(2027, 3, 29), EasterMonday, false),
            (d(2027, 5, 24), Patriotes, false),
            (d(2027, 6, 24), FeteNationale, false),
            (d(2027, 7, 1), CanadaDay, false),
            (d(2027, 9, 6), LabourDay, false),
            (d(2027, 10, 11), Thanksgiving, false),
            (d(2027, 12, 24), ChristmasEve, false),
            (d(2027, 12, 27), Christmas, true),
            (d(2027, 12, 28), BoxingDay, true),
            (d(2027, 12, 31), NewYearsEve, false),
        ]
    );
}

/// 2028: 1–2 Jan on Sat–Sun → Mon 3 and Tue 4 Jan; 24 June and 1 July on Saturdays →
/// the Fridays before (23 and 30 June); 24 Dec (Sun) → Fri 22; 31 Dec (Sun) → Fri 29.
#[test]
fn public_service_2028_full_list() {
    use Holiday::*;
    assert_eq!(
        described(&public_service(2028)),
        vec![
            (d(2028, 1, 3), NewYearsDay, true),
            (d(2028, 1, 4), DayAfterNewYearsDay, true),
            (d(2028, 4, 14), GoodFriday, false),
            (d(2028, 4, 17), EasterMonday, false),
            (d(2028, 5, 22), Patriotes, false),
            (d(2028, 6, 23), FeteNationale, true),
            (d(2028, 6, 30), CanadaDay, true),
            (d(2028, 9, 4), LabourDay, false),
            (d(2028, 10, 9), Thanksgiving, false),
            (d(2028, 12, 22), ChristmasEve, true),
            (d(2028, 12, 25), Christmas, false),
            (d(2028, 12, 26), BoxingDay, false),
            (d(2028, 12, 29), NewYearsEve, true),
        ]
    );
}

/// 2012: 24 June and 1 July on Sundays → Monday 25 June and Monday 2 July.
#[test]
fn public_service_2012_fete_nationale_and_canada_day_on_sunday_move_to_monday() {
    let summer: Vec<_> =
        described(&public_service(2012)).into_iter().filter(|(date, ..)| (6..=7).contains(&date.month())).collect();
    assert_eq!(summer, vec![(d(2012, 6, 25), Holiday::FeteNationale, true), (d(2012, 7, 2), Holiday::CanadaDay, true)]);
}

/// Statutory 2026: 8 weekdays (LNT art. 60) — no 2 Jan, no Easter Monday, no 24, 26 or
/// 31 Dec.
#[test]
fn statutory_2026_full_list() {
    assert_eq!(
        dates(&statutory(2026)),
        vec![
            d(2026, 1, 1),
            d(2026, 4, 3),
            d(2026, 5, 18),
            d(2026, 6, 24),
            d(2026, 7, 1),
            d(2026, 9, 7),
            d(2026, 10, 12),
            d(2026, 12, 25),
        ]
    );
}

/// Statutory 2027: Christmas on a Saturday gives no weekday off.
#[test]
fn statutory_2027_christmas_on_saturday_gives_no_day() {
    assert_eq!(
        dates(&statutory(2027)),
        vec![
            d(2027, 1, 1),
            d(2027, 3, 26),
            d(2027, 5, 24),
            d(2027, 6, 24),
            d(2027, 7, 1),
            d(2027, 9, 6),
            d(2027, 10, 11)
        ]
    );
}

/// Statutory 2028: 1 Jan, 24 June and 1 July all fall on Saturdays: no weekday given.
#[test]
fn statutory_2028_saturday_holidays_give_no_day() {
    assert_eq!(
        dates(&statutory(2028)),
        vec![d(2028, 4, 14), d(2028, 5, 22), d(2028, 9, 4), d(2028, 10, 9), d(2028, 12, 25)]
    );
}

/// Statutory 2012: 24 June on a Sunday → 25 June (Loi sur la fête nationale art. 2);
/// 1 July on a Sunday → 2 July (LNT art. 60); 1 Jan 2012 on a Sunday gives nothing.
#[test]
fn statutory_2012_sunday_fete_nationale_and_canada_day_move_to_monday() {
    let days = described(&statutory(2012));
    assert!(days.contains(&(d(2012, 6, 25), Holiday::FeteNationale, true)));
    assert!(days.contains(&(d(2012, 7, 2), Holiday::CanadaDay, true)));
    assert!(!days.iter().any(|(date, ..)| date.month() == 1), "1 Jan 2012 is a Sunday: no weekday off");
}

/// Not Québec holidays in either calendar: 30 Sep 2026 (Wed), 11 Nov 2026 (Wed),
/// Victoria Day as such, the August civic holiday (Mon 3 Aug 2026).
#[test]
fn days_that_are_not_quebec_holidays() {
    for id in CalendarId::ALL {
        let year = id.days_off(2026);
        for day in [d(2026, 9, 30), d(2026, 11, 11), d(2026, 8, 3)] {
            assert!(year.get(day).is_none(), "{day} is not a day off in {}", id.code());
        }
    }
    // Victoria Day falls on the same Monday as Patriotes: May has one day off, not two.
    assert_eq!(public_service(2027).iter().filter(|off| off.date.month() == 5).count(), 1);
}

// ---------------------------------------------------------------------------
// Every supported year
// ---------------------------------------------------------------------------

/// 1900–2199: exactly 13 public-service days off, each a weekday, in its own year,
/// none twice, in date order, one per holiday.
#[test]
fn public_service_every_year_has_13_distinct_weekdays() {
    for year in FIRST_YEAR..=LAST_YEAR {
        let days = public_service(year);
        assert_eq!(days.len(), 13, "{year}: {days:?}");
        for pair in days.windows(2) {
            assert!(pair[0].date < pair[1].date, "{year}: not in order or duplicated: {pair:?}");
        }
        let mut holidays: Vec<_> = days.iter().map(|off| format!("{:?}", off.holiday)).collect();
        holidays.sort();
        holidays.dedup();
        assert_eq!(holidays.len(), 13, "{year}: a holiday is missing or given twice");
        for off in &days {
            assert_eq!(off.date.year(), year, "{year}: {off:?} is outside the year");
            assert!(!matches!(off.date.weekday(), Weekday::Sat | Weekday::Sun), "{year}: {off:?} is a weekend");
        }
    }
}

/// 1900–2199: statutory days off are weekdays; 24 June on a Sunday → 25 June; 1 July on
/// a Sunday → 2 July; on a weekday they are themselves.
#[test]
fn statutory_every_year_weekdays_and_sunday_moves() {
    for year in FIRST_YEAR..=LAST_YEAR {
        let days = statutory(year);
        assert!((4..=8).contains(&days.len()), "{year}: {} days", days.len());
        for off in &days {
            assert_eq!(off.date.year(), year);
            assert!(!matches!(off.date.weekday(), Weekday::Sat | Weekday::Sun), "{year}: {off:?} is a weekend");
        }
        for (holiday, day) in [(Holiday::FeteNationale, d(year, 6, 24)), (Holiday::CanadaDay, d(year, 7, 1))] {
            let given: Vec<_> = days.iter().filter(|off| off.holiday == holiday).map(|off| off.date).collect();
            let expected = match day.weekday() {
                Weekday::Sat => vec![],
                Weekday::Sun => vec![day.succ_opt().unwrap()],
                _ => vec![day],
            };
            assert_eq!(given, expected, "{year}: {holiday:?}");
        }
    }
}

/// Patriotes is the Monday from 18 to 24 May (the Monday before 25 May), every year,
/// and both calendars give it.
#[test]
fn patriotes_is_the_monday_from_18_to_24_may() {
    for year in FIRST_YEAR..=LAST_YEAR {
        let day = patriotes(year);
        assert_eq!(day.weekday(), Weekday::Mon, "{year}");
        assert_eq!(day.month(), 5, "{year}");
        assert!((18..=24).contains(&day.day()), "{year}: {day}");
        for id in CalendarId::ALL {
            assert_eq!(id.days_off(year).get(day).map(|off| off.holiday), Some(Holiday::Patriotes), "{year}");
        }
    }
    assert_eq!(patriotes(2026), d(2026, 5, 18), "25 May 2026 is a Monday, so the one before");
    assert_eq!(patriotes(2027), d(2027, 5, 24));
}

// ---------------------------------------------------------------------------
// Easter
// ---------------------------------------------------------------------------

/// Gauss's Easter algorithm (1816), with its two exceptions — a different method from
/// the engine's Meeus/Jones/Butcher one.
fn easter_by_gauss(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year % 4;
    let c = year % 7;
    let k = year / 100;
    let p = (13 + 8 * k) / 25;
    let q = k / 4;
    let m = (15 - p + k - q) % 30;
    let n = (4 + k - q) % 7;
    let d_ = (19 * a + m) % 30;
    let e = (2 * b + 4 * c + 6 * d_ + n) % 7;
    if d_ == 29 && e == 6 {
        return d(year, 4, 19);
    }
    if d_ == 28 && e == 6 && (11 * m + 11) % 30 < 19 {
        return d(year, 4, 18);
    }
    if 22 + d_ + e <= 31 {
        d(year, 3, (22 + d_ + e) as u32)
    } else {
        d(year, 4, (d_ + e - 9) as u32)
    }
}

#[test]
fn easter_agrees_with_gauss_for_every_supported_year() {
    for year in FIRST_YEAR..=LAST_YEAR {
        let easter = easter_sunday(year);
        assert_eq!(easter, easter_by_gauss(year), "{year}");
        assert_eq!(easter.weekday(), Weekday::Sun, "{year}");
        assert!(d(year, 3, 22) <= easter && easter <= d(year, 4, 25), "{year}: {easter}");
    }
}

/// Known Easter Sundays, including Gauss's exception years 1954 (18 Apr) and 1981
/// (19 Apr), and the extremes 1913/2008 (23 Mar) and 1943/2038 (25 Apr).
#[test]
fn easter_known_dates() {
    for (year, month, day) in [
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2038, 4, 25),
        (1943, 4, 25),
        (1913, 3, 23),
        (2008, 3, 23),
        (1954, 4, 18),
        (1981, 4, 19),
        (2000, 4, 23),
        (2100, 3, 28),
    ] {
        assert_eq!(easter_sunday(year), d(year, month, day), "{year}");
    }
}

/// Good Friday and Easter Monday are off in the public service; statutory keeps only
/// Good Friday (2026: 3 and 6 April).
#[test]
fn good_friday_and_easter_monday_2026() {
    let public = CalendarId::QcPublicService.days_off(2026);
    let statute = CalendarId::QcStatutory.days_off(2026);
    assert_eq!(public.get(d(2026, 4, 3)).map(|off| off.holiday), Some(Holiday::GoodFriday));
    assert_eq!(public.get(d(2026, 4, 6)).map(|off| off.holiday), Some(Holiday::EasterMonday));
    assert_eq!(statute.get(d(2026, 4, 3)).map(|off| off.holiday), Some(Holiday::GoodFriday));
    assert!(statute.get(d(2026, 4, 6)).is_none());
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/// Monday 28 Dec 2026 is Boxing Day observed: "Lendemain de Noël (reporté)".
#[test]
fn name_of_boxing_day_observed_2026() {
    let off = CalendarId::QcPublicService.days_off(2026).get(d(2026, 12, 28)).expect("28 Dec 2026 is off");
    assert!(off.observed);
    assert_eq!(off.name().fr, "Lendemain de Noël (reporté)");
    assert_eq!(off.name().en, "Boxing Day (observed)");
}

/// Friday 25 Dec 2026 is Christmas itself: "Noël" / "Christmas Day", not observed.
#[test]
fn name_of_christmas_on_its_day_2026() {
    let off = CalendarId::QcPublicService.days_off(2026).get(d(2026, 12, 25)).expect("25 Dec 2026 is off");
    assert!(!off.observed);
    assert_eq!(off.name().fr, "Noël");
    assert_eq!(off.name().en, "Christmas Day");
}

/// Every holiday has a French and an English name, different from each other, and an
/// "observed" name different from its own.
#[test]
fn every_holiday_has_two_names_and_an_observed_form() {
    let days = public_service(2022);
    for off in days {
        let (name, observed) = (off.holiday.name(), off.holiday.observed_name());
        assert!(!name.fr.is_empty() && !name.en.is_empty());
        assert_ne!(name.fr, name.en, "{:?}", off.holiday);
        assert_ne!(name.fr, observed.fr);
        assert_ne!(name.en, observed.en);
    }
    // 3 Jan 2022 is New Year's Day observed.
    let off = CalendarId::QcPublicService.days_off(2022).get(d(2022, 1, 3)).unwrap();
    assert_eq!((off.name().fr, off.name().en), ("Jour de l'An (reporté)", "New Year's Day (observed)"));
}

/// Labour Day and Thanksgiving come from chrono's `from_weekday_of_month_opt`; for
/// every month of 1900–2199 and every weekday, the 1st and 2nd such day equal a count
/// by hand from the 1st of the month.
#[test]
fn chrono_nth_weekday_matches_a_count_by_hand_1900_to_2199() {
    for year in 1900..=2199 {
        for month in 1..=12 {
            let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap();
            for weekday in [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun] {
                let ahead = (7 + weekday.num_days_from_monday() - first.weekday().num_days_from_monday()) % 7;
                for n in 1..=2u8 {
                    let by_hand = first + chrono::Days::new(u64::from(ahead + 7 * (u32::from(n) - 1)));
                    assert_eq!(delais::engine::holidays::nth_weekday(year, month, weekday, n), by_hand);
                }
            }
        }
    }
}
