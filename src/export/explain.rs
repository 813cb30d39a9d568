//! The view-model of the skipped days: how many weekend days, which holidays, how
//! many days each clock stop skipped.

use crate::engine::{ClockStop, DayOff, Estimate, SkipReason};

/// The skipped days, grouped the way a person checks them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    pub weekend_days: usize,
    pub holidays: Vec<DayOff>,
    /// Each merged clock stop with the number of days it skipped before the target.
    pub stops: Vec<(ClockStop, usize)>,
    pub total: usize,
}

pub fn explain(estimate: &Estimate) -> Explanation {
    let mut explanation = Explanation { total: estimate.skipped.len(), ..Explanation::default() };
    explanation.stops = estimate.clock_stops.iter().map(|s| (*s, 0)).collect();
    for range in estimate.skipped_ranges() {
        match range.reason {
            SkipReason::Weekend => explanation.weekend_days += range.days(),
            SkipReason::Holiday(off) => explanation.holidays.push(off),
            SkipReason::ClockStop(i) => {
                if let Some(stop) = explanation.stops.get_mut(i) {
                    stop.1 += range.days();
                }
            }
        }
    }
    explanation.stops.retain(|(_, days)| *days > 0);
    explanation
}
