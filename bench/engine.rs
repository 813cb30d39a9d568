//! The engine's cost per estimate, natively, and how it grows (issue 5 §1).
//!
//! A plain timer, no harness: `cargo run --release --example engine` (see Cargo.toml for why
//! an example and not a `[[bench]]`). For each case, the number
//! of iterations per batch is calibrated so that a batch lasts about 5 ms, then 21
//! batches are timed with `std::time::Instant`; the figure is the median batch's time
//! per estimate, with the fastest and slowest batch beside it. Each case prints one
//! JSON line on stdout (bench/measure.mjs reads them) and a readable line on stderr.
//!
//! Cases: the full-state link's request (one clock stop); 1, 10 and 100 clock stops that
//! each push the target a week later (`stops`); 1, 10 and 100 clock stops past the
//! target (`stops-after`: the cost of carrying stops, without walking more days); one
//! clock stop that pushes the target 1, 10 and 50 years later (`years`: the walk steps
//! through every day, and records each skipped day).

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use delais::engine::{estimate, Catalogue, ClockStop, Decision, MailingOrigin, Outcome, Request};

const BATCHES: usize = 21;
const BATCH_TARGET: Duration = Duration::from_millis(5);

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid literal date")
}

/// The request of the benchmark's full-state link: `/?service=caq-etudes&received=2025-12-19
/// &stop=2026-01-05..2026-01-12&decision=2026-03-02&outcome=refusal&from=abroad&asof=2026-03-10`.
fn full_state() -> Request {
    let mut request = Request::new("caq-etudes", date(2025, 12, 19));
    request.clock_stops = vec![ClockStop { from: date(2026, 1, 5), to: date(2026, 1, 12) }];
    request.decision = Some(Decision { date: date(2026, 3, 2), outcome: Outcome::Refusal });
    request.mailing_from = MailingOrigin::Abroad;
    request.today = Some(date(2026, 3, 10));
    request
}

/// `count` clock stops, each from a Saturday to the next Friday, one a week from the
/// Saturday after receipt (a Friday): each covers Sunday to Friday and the Saturday
/// between two stops is a weekend day, so every stop pushes the target a week later.
fn stops_pushing(count: u64) -> Request {
    let mut request = full_state();
    request.decision = None;
    let received = request.received;
    request.clock_stops = (0..count)
        .map(|i| ClockStop { from: received + Days::new(1 + 7 * i), to: received + Days::new(7 + 7 * i) })
        .collect();
    request
}

/// `count` clock stops of a day each, every other day from a year after receipt: far
/// past the target, so they cost only what carrying them costs (checks, merging).
fn stops_after_target(count: u64) -> Request {
    let mut request = full_state();
    request.decision = None;
    let later = request.received + Days::new(365);
    request.clock_stops = (0..count)
        .map(|i| ClockStop { from: later + Days::new(2 * i), to: later + Days::new(2 * i + 1) })
        .collect();
    request
}

/// One clock stop from the day after receipt to `years` later.
fn spanning_years(years: u32) -> Request {
    let mut request = full_state();
    request.decision = None;
    let received = request.received;
    let end = received.checked_add_months(chrono::Months::new(12 * years)).expect("within chrono's range");
    request.clock_stops = vec![ClockStop { from: received + Days::new(1), to: end }];
    request
}

fn run(case: &str, param: u64, request: &Request) {
    let catalogue = Catalogue::OFFICIAL;
    let answer = estimate(&catalogue, request).expect("the benchmark's requests are valid");
    let once = || {
        black_box(estimate(black_box(&catalogue), black_box(request)).ok());
    };

    // Warm up (caches, branch predictors, CPU clock), then calibrate: double the batch until it lasts BATCH_TARGET.
    let warm_up = Instant::now();
    while warm_up.elapsed() < Duration::from_millis(50) {
        once();
    }
    let mut iterations: u32 = 1;
    loop {
        let start = Instant::now();
        (0..iterations).for_each(|_| once());
        if start.elapsed() >= BATCH_TARGET || iterations >= 1 << 24 {
            break;
        }
        iterations *= 2;
    }
    let mut per_estimate_ns: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            (0..iterations).for_each(|_| once());
            start.elapsed().as_nanos() as f64 / f64::from(iterations)
        })
        .collect();
    per_estimate_ns.sort_by(f64::total_cmp);
    let (min, median, max) = (per_estimate_ns[0], per_estimate_ns[BATCHES / 2], per_estimate_ns[BATCHES - 1]);
    let target = answer.target;
    let skipped = answer.skipped.len();
    println!(
        "{{\"case\":\"{case}\",\"param\":{param},\"median_ns\":{median:.1},\"min_ns\":{min:.1},\"max_ns\":{max:.1},\
         \"iterations\":{iterations},\"batches\":{BATCHES},\"target\":\"{target}\",\"skipped_days\":{skipped}}}"
    );
    eprintln!(
        "engine: {case:>10} {param:>3}: {:>10.2} µs per estimate (min {:.2}, max {:.2}); target {target}, {skipped} days skipped",
        median / 1000.0,
        min / 1000.0,
        max / 1000.0
    );
}

fn main() {
    run("full-state", 1, &full_state());
    for count in [1, 10, 100] {
        run("stops", count, &stops_pushing(count));
    }
    for count in [1, 10, 100] {
        run("stops-after", count, &stops_after_target(count));
    }
    for years in [1, 10, 50] {
        run("years", u64::from(years), &spanning_years(years));
    }
}
