//! Each row's dates as of one day: the target, where the file stands, and the deadlines
//! that follow a decision (the re-examination deadline and the last day to mail it, the
//! comparative evaluation's 365-day window), from the engine's list of milestones.

use chrono::NaiveDate;

use super::read::{Row, Table};
use super::values::Parsed;
use super::{CellError, Column, Problem};
use crate::engine::milestones::find;
use crate::engine::{estimate, milestones, Catalogue, ClockStop, Field, InputError, MilestoneKind, Recourse, Status, Unit};

/// A date that calls for action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeadlineKind {
    /// The standard's target date (before a decision).
    Target,
    /// The last day to mail a re-examination request so it arrives in time.
    MailBy,
    /// The last day for a re-examination request to arrive.
    Reexamination,
    /// The end of the comparative evaluation's 365-day window.
    EvaluationReview,
}

impl DeadlineKind {
    /// Stable, for the calendar's UIDs.
    pub fn code(self) -> &'static str {
        match self {
            DeadlineKind::Target => "target",
            DeadlineKind::MailBy => "mail-by",
            DeadlineKind::Reexamination => "reexamination-deadline",
            DeadlineKind::EvaluationReview => "evaluation-review",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub date: NaiveDate,
}

/// One row's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub service: &'static str,
    pub received: NaiveDate,
    pub target: NaiveDate,
    pub unit: Unit,
    pub status: Status,
    pub reexamination_deadline: Option<NaiveDate>,
    pub mail_by: Option<NaiveDate>,
    pub evaluation_review: Option<NaiveDate>,
    /// A refused family-reunification undertaking: the TAQ, with no date computed.
    pub tribunal: bool,
    /// A suspension without an end date, counted until the "as of" date.
    pub open_stop: bool,
}

impl Answer {
    /// Every dated deadline of the file, in date order (the target only before a
    /// decision).
    pub fn deadlines(&self) -> Vec<Deadline> {
        let mut all = Vec::new();
        if !matches!(self.status, Status::Decided { .. }) {
            all.push(Deadline { kind: DeadlineKind::Target, date: self.target });
        }
        let dated = [
            (DeadlineKind::MailBy, self.mail_by),
            (DeadlineKind::Reexamination, self.reexamination_deadline),
            (DeadlineKind::EvaluationReview, self.evaluation_review),
        ];
        all.extend(dated.into_iter().filter_map(|(kind, date)| Some(Deadline { kind, date: date? })));
        crate::engine::sort::sort_by_key(&mut all, |d| (d.date, d.kind as u8));
        all
    }

    /// The deadline that matters next on `as_of`: the first one not passed, or the
    /// passed target of a file still waiting for its decision.
    pub fn next(&self, as_of: NaiveDate) -> Option<Deadline> {
        let all = self.deadlines();
        all.iter().find(|d| d.date >= as_of).or_else(|| all.iter().find(|d| d.kind == DeadlineKind::Target)).copied()
    }

    pub fn overdue(&self) -> bool {
        matches!(self.status, Status::Overdue { .. })
    }
}

/// A row's answer, or every problem found in it.
pub type RowAnswer = Result<Answer, Vec<CellError>>;

/// The answer for one row read, as of `as_of`.
pub fn answer(table: &Table, row: &Row, as_of: NaiveDate) -> RowAnswer {
    let parsed = row.parsed.as_ref().map_err(Clone::clone)?;
    answer_parsed(parsed, as_of).map_err(|error| {
        let column = column_of(error.field());
        let at = table.layout.get(column).or(table.layout.get(Column::Received)).unwrap_or(0);
        vec![CellError { column: at, problem: Problem::Input(error) }]
    })
}

fn answer_parsed(parsed: &Parsed, as_of: NaiveDate) -> Result<Answer, InputError> {
    let mut request = parsed.request.clone();
    request.today = Some(as_of);
    if let Some(from) = parsed.open_stop {
        request.clock_stops.push(ClockStop { from, to: as_of.max(from) });
    }
    let result = estimate(&Catalogue::OFFICIAL, &request)?;
    // The dates from the engine's one list of milestones, as every other view reads them.
    let list = milestones(&result);
    let date = |wanted: fn(MilestoneKind) -> bool| find(&list, wanted).map(|m| m.date);
    Ok(Answer {
        service: result.service.id,
        received: result.received,
        target: date(|k| k == MilestoneKind::Target).unwrap_or(result.target),
        unit: result.unit(),
        // Always there: `today` was given.
        status: result.status.unwrap_or(Status::NotReceivedYet { days_until: 0 }),
        reexamination_deadline: date(|k| k == MilestoneKind::ReexaminationDeadline),
        mail_by: date(|k| matches!(k, MilestoneKind::MailBy(_))),
        evaluation_review: date(|k| k == MilestoneKind::EvaluationReview),
        tribunal: result.recourse.iter().any(|r| matches!(r, Recourse::Tribunal { applies: Some(true) })),
        open_stop: parsed.open_stop.is_some(),
    })
}

/// The column that holds the value an engine error is about.
fn column_of(field: Field) -> Column {
    match field {
        Field::Service => Column::Service,
        Field::StopFrom(_) | Field::StopTo(_) => Column::Pauses,
        Field::DecisionDate => Column::DecisionDate,
        Field::Outcome => Column::Outcome,
        Field::Calendar => Column::Calendar,
        Field::MailingFrom => Column::MailingFrom,
        Field::Grounds => Column::Grounds,
        Field::Received | Field::Today | Field::Request => Column::Received,
    }
}

/// Every row's answer, in the table's order.
pub fn evaluate(table: &Table, as_of: NaiveDate) -> Vec<RowAnswer> {
    table.rows.iter().map(|row| answer(table, row, as_of)).collect()
}

/// Deadlines within this many days count as soon.
pub const SOON_DAYS: i64 = 14;

/// The summary line's counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub rows: usize,
    pub overdue: usize,
    /// Files whose next deadline falls within `SOON_DAYS` of the "as of" date.
    pub soon: usize,
    pub errors: usize,
}

impl Summary {
    pub fn of(answers: &[RowAnswer], as_of: NaiveDate) -> Summary {
        let mut summary = Summary { rows: answers.len(), ..Summary::default() };
        for answer in answers {
            match answer {
                Err(_) => summary.errors += 1,
                Ok(a) if a.overdue() => summary.overdue += 1,
                Ok(a) if is_soon(a, as_of) => summary.soon += 1,
                Ok(_) => {}
            }
        }
        summary
    }
}

/// The file's next deadline falls within `SOON_DAYS` (and it is not overdue).
pub fn is_soon(answer: &Answer, as_of: NaiveDate) -> bool {
    !answer.overdue() && answer.next(as_of).is_some_and(|d| (0..=SOON_DAYS).contains(&(d.date - as_of).num_days()))
}
