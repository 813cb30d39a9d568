//! From a request to a target date, with every day skipped and why (docs/rules.md §2).
//!
//! The walk: start at the receipt date (day 0, not counted), step one calendar day at
//! a time, skip the days that do not count (inside a clock stop; for business-day
//! standards also weekends and days off), and stop when the budget is used. The day
//! reached is the target.

use chrono::NaiveDate;

use super::calendar::{within_horizon, Calendar, CalendarId, DayKind};
use super::errors::{Field, InputError};
use super::holidays::DayOff;
use super::recourse::{self, Recourse};
use super::request::{validate, ClockStop, Decision, Request};
use super::rules::{
    AnnouncedDelay, AppliedStandard, Catalogue, ProgramNote, PublishedResult, Service, Standard, Unit,
    COMPLAINT_SERVICE, EMAIL_SERVICE,
};
use super::warnings::Warning;

/// Why a day did not count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Weekend,
    Holiday(DayOff),
    /// Inside the merged clock stop at this index of `Estimate::clock_stops`.
    ClockStop(usize),
}

impl SkipReason {
    pub fn code(&self) -> &'static str {
        match self {
            SkipReason::Weekend => "weekend",
            SkipReason::Holiday(_) => "holiday",
            SkipReason::ClockStop(_) => "clock-stop",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub date: NaiveDate,
    pub reason: SkipReason,
}

/// Consecutive days skipped for the same reason (a weekend, one holiday, the days of a
/// clock stop before the target): what the JSON, the page and the summary list, so an
/// answer grows with the reasons, not with the days (a 300-year stop is one range).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SkippedRange {
    pub from: NaiveDate,
    /// The last day skipped, included.
    pub to: NaiveDate,
    pub reason: SkipReason,
}

impl SkippedRange {
    /// How many days the range skips.
    pub fn days(&self) -> usize {
        (self.to - self.from).num_days().unsigned_abs() as usize + 1
    }
}

/// The skipped days (in date order) grouped into ranges.
pub fn skipped_ranges(skipped: &[Skipped]) -> Vec<SkippedRange> {
    let mut ranges: Vec<SkippedRange> = Vec::new();
    for day in skipped {
        match ranges.last_mut() {
            Some(last) if last.reason == day.reason && last.to.succ_opt() == Some(day.date) => last.to = day.date,
            _ => ranges.push(SkippedRange { from: day.date, to: day.date, reason: day.reason }),
        }
    }
    ranges
}

/// Where the request stands on "today".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Today is before the receipt date (the user is planning).
    NotReceivedYet { days_until: i64 },
    /// Counting: `elapsed` counted days used, `remaining` left before the target.
    Counting { elapsed: u32, remaining: u32 },
    /// Today is inside a clock stop: the count waits for the documents.
    Paused { elapsed: u32, remaining: u32, stop: ClockStop },
    DueToday { elapsed: u32 },
    /// Past the target with no decision entered.
    Overdue { calendar_days_late: i64, business_days_late: u32 },
    /// A decision was entered; `days_after_target` is negative when it came early.
    Decided { on: NaiveDate, days_after_target: i64 },
}

impl Status {
    pub fn code(&self) -> &'static str {
        match self {
            Status::NotReceivedYet { .. } => "not-received-yet",
            Status::Counting { .. } => "counting",
            Status::Paused { .. } => "paused",
            Status::DueToday { .. } => "due-today",
            Status::Overdue { .. } => "overdue",
            Status::Decided { .. } => "decided",
        }
    }
}

/// The standard's date pushed back by a delay the ministry announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnnouncedTarget {
    pub delay: &'static AnnouncedDelay,
    pub target: NaiveDate,
}

/// The engine's whole answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub service: &'static Service,
    pub applied: AppliedStandard,
    pub calendar: CalendarId,
    pub received: NaiveDate,
    pub target: NaiveDate,
    /// Counted days needed: business days, or calendar days for a month standard.
    pub budget: u32,
    pub skipped: Vec<Skipped>,
    /// The clock stops after merging overlaps and dropping empty ones.
    pub clock_stops: Vec<ClockStop>,
    pub announced: Option<AnnouncedTarget>,
    pub status: Option<Status>,
    /// The "today" the status was computed for.
    pub today: Option<NaiveDate>,
    pub decision: Option<Decision>,
    pub recourse: Vec<Recourse>,
    pub notes: Vec<&'static ProgramNote>,
    pub results: Vec<&'static PublishedResult>,
    pub warnings: Vec<Warning>,
    /// The e-mail and complaint standards to point to when the target is past.
    pub follow_up: Vec<&'static Standard>,
}

impl Estimate {
    /// `skipped`, grouped into ranges of consecutive days with the same reason.
    pub fn skipped_ranges(&self) -> Vec<SkippedRange> {
        skipped_ranges(&self.skipped)
    }

    pub fn unit(&self) -> Unit {
        self.applied.standard.unit
    }
}

/// `date + months`, on the same day-number or the month's last day if it has none
/// (31 Aug + 6 months = 28/29 Feb), as Code de procédure civile art. 83 counts months.
/// chrono clamps to the month's last day the same way; `tests/estimates.rs` checks it
/// for every day of 1900–2199.
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(chrono::Months::new(months))
}

/// Merges overlapping clock stops and drops empty ones; keeps date order.
pub fn merge_clock_stops(stops: &[ClockStop]) -> Vec<ClockStop> {
    let mut sorted: Vec<ClockStop> = stops.iter().copied().filter(|s| s.from < s.to).collect();
    // Unstable is enough: equal starts merge whatever their order.
    super::sort::sort_by_key(&mut sorted, |s| (s.from, s.to));
    let mut merged: Vec<ClockStop> = Vec::with_capacity(sorted.len());
    for stop in sorted {
        match merged.last_mut() {
            // (a, b] and (c, d] with c <= b cover one unbroken run of days.
            Some(last) if stop.from <= last.to => last.to = last.to.max(stop.to),
            _ => merged.push(stop),
        }
    }
    merged
}

/// The estimate for a request under a catalogue's rules.
pub fn estimate(catalogue: &Catalogue, request: &Request) -> Result<Estimate, InputError> {
    let service = validate(catalogue, request)?;
    let applied = catalogue
        .standard_for(service, request.received)
        .ok_or_else(|| InputError::NotDated(request.service.clone()))?;
    let standard = applied.standard;
    let received = request.received;
    let clock_stops = merge_clock_stops(&request.clock_stops);
    let mut calendar = Calendar::new(request.calendar);

    let counting = match standard.unit {
        Unit::BusinessDays => Counting::BusinessDays,
        Unit::Months => Counting::CalendarDays,
        Unit::Minutes => return Err(InputError::NotDated(request.service.clone())),
    };
    let budget = match standard.unit {
        Unit::Months => {
            let end = add_months(received, standard.amount)
                .filter(|end| within_horizon(*end))
                .ok_or(InputError::TargetOutOfRange { field: Field::Received })?;
            (end - received).num_days() as u32
        }
        _ => standard.amount,
    };
    let walk = walk(&mut calendar, counting, received, budget, &clock_stops, request.today, true)?;

    let announced = match catalogue.announced_delay_for(service.id, received) {
        Some(delay) => {
            let longer = budget + delay.extra_business_days;
            let later = self::walk(&mut calendar, counting, received, longer, &clock_stops, None, false)?;
            Some(AnnouncedTarget { delay, target: later.target })
        }
        None => None,
    };

    let status = request.today.map(|today| {
        status_on(today, received, walk.target, budget, walk.elapsed, &clock_stops, request.decision, &mut calendar)
    });

    let mut warnings = Vec::new();
    // A program closed before this request was received comes first: it says what the
    // target below is worth (docs/rules.md §5).
    if let Some(closure) = catalogue.closure_for(service.id) {
        if received >= closure.closed_from {
            let successor = closure.successor.and_then(|id| catalogue.service(id)).map(|s| s.name);
            warnings.push(Warning::ProgramClosed {
                program: closure.short_name,
                ended_on: closure.ended_on,
                received,
                successor,
            });
        } else if received >= closure.ended_on {
            warnings.push(Warning::ClosingDayAssumption { program: closure.short_name, ended_on: closure.ended_on });
        }
    }
    // "As of": the day the status is for, or the day of receipt when none is given.
    let as_of = request.today.unwrap_or(received);
    if rules_may_be_outdated(catalogue, as_of) {
        warnings.push(Warning::RulesMayBeOutdated { checked_on: catalogue.checked_on, as_of });
    }
    warnings.push(Warning::EstimateOnly { share_percent: standard.share_percent });
    if counting == Counting::BusinessDays {
        warnings.push(Warning::CalendarAssumption(request.calendar));
        let observed = walk.skipped.iter().any(|s| matches!(s.reason, SkipReason::Holiday(off) if off.observed));
        if observed && request.calendar == CalendarId::QcPublicService {
            warnings.push(Warning::ObservedHolidayAssumption);
        }
    }
    if applied.before_first_declaration {
        warnings.push(Warning::BeforeFirstDeclaration { in_force_from: applied.declaration.in_force_from });
    }
    if applied.reference_only {
        let name = catalogue.service(standard.service).map_or(service.name, |s| s.name);
        warnings.push(Warning::ReferenceStandard { reference: standard.service, name });
    }
    let entered = request.clock_stops.iter().filter(|s| s.from < s.to).count();
    if entered > clock_stops.len() {
        warnings.push(Warning::StopsMerged { entered, merged: clock_stops.len() });
    }
    if let Some(today) = request.today {
        for (index, stop) in request.clock_stops.iter().enumerate() {
            if stop.to > today {
                warnings.push(Warning::StopInFuture { index });
            }
        }
        if request.decision.is_some_and(|d| d.date > today) {
            warnings.push(Warning::DecisionInFuture);
        }
    }

    let recourse = recourse::recourse_for(service, request, applied.declaration, &mut warnings)?;

    let notes = catalogue.notes_for(service.id).filter(|n| n.applies(received, as_of)).collect();
    let results = catalogue.results_for(service.id).collect();
    let follow_up = [EMAIL_SERVICE, COMPLAINT_SERVICE]
        .into_iter()
        .filter_map(|id| applied.declaration.standard(id))
        .collect();

    Ok(Estimate {
        service,
        applied,
        calendar: request.calendar,
        received,
        target: walk.target,
        budget,
        skipped: walk.skipped,
        clock_stops,
        announced,
        status,
        today: request.today,
        decision: request.decision,
        recourse,
        notes,
        results,
        warnings,
        follow_up,
    })
}

/// Months after the rules' check date during which an answer is taken as current.
pub const RULES_CURRENT_MONTHS: u32 = 12;

/// True when `as_of` is more than 12 months after the day the rules were last checked
/// (docs/rules.md §5): newer changes may be missing from the answer.
pub fn rules_may_be_outdated(catalogue: &Catalogue, as_of: NaiveDate) -> bool {
    add_months(catalogue.checked_on, RULES_CURRENT_MONTHS).is_some_and(|current_until| as_of > current_until)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Counting {
    BusinessDays,
    CalendarDays,
}

struct Walk {
    target: NaiveDate,
    skipped: Vec<Skipped>,
    /// Counted days on or before "today".
    elapsed: u32,
}

fn walk(
    calendar: &mut Calendar,
    counting: Counting,
    received: NaiveDate,
    budget: u32,
    stops: &[ClockStop],
    today: Option<NaiveDate>,
    record: bool,
) -> Result<Walk, InputError> {
    let mut day = received;
    let (mut used, mut elapsed, mut stop_index) = (0, 0, 0);
    let mut skipped = Vec::new();
    while used < budget {
        day = day
            .succ_opt()
            .filter(|d| within_horizon(*d))
            .ok_or(InputError::TargetOutOfRange { field: Field::Received })?;
        while stop_index < stops.len() && stops[stop_index].to < day {
            stop_index += 1;
        }
        let reason = if stops.get(stop_index).is_some_and(|s| s.covers(day)) {
            Some(SkipReason::ClockStop(stop_index))
        } else if counting == Counting::BusinessDays {
            match calendar.kind(day) {
                DayKind::Business => None,
                DayKind::Weekend => Some(SkipReason::Weekend),
                DayKind::Holiday(off) => Some(SkipReason::Holiday(off)),
            }
        } else {
            None
        };
        match reason {
            Some(reason) if record => skipped.push(Skipped { date: day, reason }),
            Some(_) => {}
            None => {
                used += 1;
                if today.is_some_and(|t| day <= t) {
                    elapsed += 1;
                }
            }
        }
    }
    Ok(Walk { target: day, skipped, elapsed })
}

#[allow(clippy::too_many_arguments)]
fn status_on(
    today: NaiveDate,
    received: NaiveDate,
    target: NaiveDate,
    budget: u32,
    elapsed: u32,
    stops: &[ClockStop],
    decision: Option<Decision>,
    calendar: &mut Calendar,
) -> Status {
    if let Some(decision) = decision {
        return Status::Decided { on: decision.date, days_after_target: (decision.date - target).num_days() };
    }
    if today < received {
        return Status::NotReceivedYet { days_until: (received - today).num_days() };
    }
    if today == target {
        return Status::DueToday { elapsed };
    }
    if today > target {
        return Status::Overdue {
            calendar_days_late: (today - target).num_days(),
            business_days_late: calendar.business_days_between(target, today),
        };
    }
    let remaining = budget - elapsed;
    match stops.iter().find(|s| s.covers(today)) {
        Some(stop) => Status::Paused { elapsed, remaining, stop: *stop },
        None => Status::Counting { elapsed, remaining },
    }
}
