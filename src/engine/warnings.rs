//! What the person must know to read an estimate honestly: each warning as a code and
//! its facts; its sentence in each language is in `i18n::warnings`. `is_assumption`
//! marks the project's own choices (docs/rules.md, "Assumption (ours)").

use chrono::{Datelike, NaiveDate};

use super::calendar::{CalendarId, DayKind};
use super::rules::REEXAMINATION_DAYS;
use crate::i18n::warnings::warnings;
use crate::i18n::{format_date, weekday_name, Lang, Text};

/// Something the person must know to read the result honestly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The program had stopped receiving applications when this one was received: the
    /// target is only what the standard would give (docs/rules.md §5). Listed first.
    ProgramClosed { program: &'static str, ended_on: NaiveDate, received: NaiveDate, successor: Option<Text> },
    /// Received on the day the program ended, taken as received before its end
    /// (**decision**).
    ClosingDayAssumption { program: &'static str, ended_on: NaiveDate },
    /// "As of" is more than 12 months after the day the rules were last checked.
    RulesMayBeOutdated { checked_on: NaiveDate, as_of: NaiveDate },
    /// Always: this is an estimate from published targets, not a decision.
    EstimateOnly { share_percent: u8 },
    /// Business days counted with our choice of holidays (**decision**).
    CalendarAssumption(CalendarId),
    /// A holiday moved off a weekend was skipped (**decision**).
    ObservedHolidayAssumption,
    BeforeFirstDeclaration { in_force_from: NaiveDate },
    /// The service has no standard; another's is shown (PSTQ → PRTQ), named by
    /// its service's name (an id is not for people).
    ReferenceStandard { reference: &'static str, name: Text },
    /// A clock stop ends after "today": planned, not yet happened.
    StopInFuture { index: usize },
    DecisionInFuture,
    /// Fewer clock stops counted than entered: some overlapped and were merged.
    StopsMerged { entered: usize, merged: usize },
    /// The re-examination deadline is a weekend or holiday: no extension assumed.
    DeadlineDayOff { deadline: NaiveDate, day: DayKind },
    /// "Mail by" allows our assumed delivery time (**decision**).
    MailDelayAssumption { business_days: u32 },
    /// Today is past the re-examination deadline.
    DeadlinePassed { deadline: NaiveDate },
}

impl Warning {
    pub fn code(&self) -> &'static str {
        match self {
            Warning::ProgramClosed { .. } => "program-closed",
            Warning::ClosingDayAssumption { .. } => "assumption-closing-day",
            Warning::RulesMayBeOutdated { .. } => "rules-may-be-outdated",
            Warning::EstimateOnly { .. } => "estimate-only",
            Warning::CalendarAssumption(_) => "assumption-calendar",
            Warning::ObservedHolidayAssumption => "assumption-observed-holidays",
            Warning::BeforeFirstDeclaration { .. } => "before-first-declaration",
            Warning::ReferenceStandard { .. } => "reference-standard",
            Warning::StopInFuture { .. } => "stop-in-future",
            Warning::DecisionInFuture => "decision-in-future",
            Warning::StopsMerged { .. } => "stops-merged",
            Warning::DeadlineDayOff { .. } => "deadline-day-off",
            Warning::MailDelayAssumption { .. } => "assumption-mail-delay",
            Warning::DeadlinePassed { .. } => "deadline-passed",
        }
    }

    /// True for the items docs/rules.md marks **decision**: our assumption, said as such.
    pub fn is_assumption(&self) -> bool {
        matches!(
            self,
            Warning::CalendarAssumption(_)
                | Warning::ClosingDayAssumption { .. }
                | Warning::ObservedHolidayAssumption
                | Warning::DeadlineDayOff { .. }
                | Warning::MailDelayAssumption { .. }
        )
    }

    /// The warning in `lang`, from the sentences of `i18n::warnings`.
    pub fn message(&self, lang: Lang) -> String {
        let t = warnings(lang);
        let date = |day: NaiveDate| format_date(day, lang);
        match *self {
            Warning::ProgramClosed { program, ended_on, received, successor } => {
                let mut text = (t.program_closed)(program, &date(received), &date(ended_on));
                if let Some(successor) = successor {
                    text.push_str(&(t.program_closed_successor)(successor.get(lang)));
                }
                text
            }
            Warning::ClosingDayAssumption { program, ended_on } => (t.closing_day)(program, &date(ended_on)),
            Warning::RulesMayBeOutdated { checked_on, as_of } => (t.rules_may_be_outdated)(&date(checked_on), &date(as_of)),
            Warning::EstimateOnly { share_percent } => (t.estimate_only)(share_percent),
            Warning::CalendarAssumption(CalendarId::QcPublicService) => t.calendar_public_service.into(),
            Warning::CalendarAssumption(CalendarId::QcStatutory) => t.calendar_statutory.into(),
            Warning::ObservedHolidayAssumption => t.observed_holidays.into(),
            Warning::BeforeFirstDeclaration { in_force_from } => (t.before_first_declaration)(&date(in_force_from)),
            Warning::ReferenceStandard { name, .. } => (t.reference_standard)(name.get(lang)),
            Warning::StopInFuture { index } => (t.stop_in_future)(index + 1),
            Warning::DecisionInFuture => t.decision_in_future.into(),
            Warning::StopsMerged { entered, merged } => (t.stops_merged)(entered, merged),
            Warning::DeadlineDayOff { deadline, day } => {
                let what = match day {
                    DayKind::Holiday(off) => off.name().get(lang).to_string(),
                    _ => (t.a_weekday)(weekday_name(deadline.weekday(), lang)),
                };
                (t.deadline_day_off)(&date(deadline), &what)
            }
            Warning::MailDelayAssumption { business_days } => (t.mail_delay)(business_days),
            Warning::DeadlinePassed { deadline } => (t.deadline_passed)(&date(deadline), REEXAMINATION_DAYS),
        }
    }
}
