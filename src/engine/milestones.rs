//! An estimate's dated events, listed once: the timeline, the text summary, the `.ics`,
//! the phone summary bar and the caseload all read this list, so a date shown in one of
//! them is the date shown in every other.

use chrono::NaiveDate;

use super::estimate::Estimate;
use super::recourse::Recourse;
use super::request::MailingOrigin;

/// What happens on a milestone's date, in the order two events of one day are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MilestoneKind {
    /// The ministry received the request (day 0, not counted).
    Received,
    /// The ministry asked for documents: the count is suspended after this day. The
    /// index is the suspension's in `Estimate::clock_stops`.
    SuspensionFrom(usize),
    /// The documents arrived: the count starts again after this day.
    SuspensionTo(usize),
    /// The date the ministry aims to decide by, under its standard.
    Target,
    /// The standard's date pushed back by a delay the ministry announced.
    AnnouncedTarget,
    /// The date on the decision letter.
    Decision,
    /// The last day to mail a re-examination request from there so it arrives in time
    /// (our assumption on delivery times, docs/rules.md §4).
    MailBy(MailingOrigin),
    /// The last day for a re-examination request to arrive.
    ReexaminationDeadline,
    /// The last day to send new documents or a disagreement about a comparative evaluation.
    EvaluationReview,
    /// The day the status was computed for.
    Today,
}

impl MilestoneKind {
    /// A stable code, for the JSON interface, the `.ics` UIDs and tests.
    pub fn code(self) -> &'static str {
        match self {
            MilestoneKind::Received => "received",
            MilestoneKind::SuspensionFrom(_) => "suspension-from",
            MilestoneKind::SuspensionTo(_) => "suspension-to",
            MilestoneKind::Target => "target",
            MilestoneKind::AnnouncedTarget => "announced-target",
            MilestoneKind::Decision => "decision",
            MilestoneKind::MailBy(_) => "mail-by",
            MilestoneKind::ReexaminationDeadline => "reexamination-deadline",
            MilestoneKind::EvaluationReview => "evaluation-review",
            MilestoneKind::Today => "today",
        }
    }

    /// A last day for the person to act: missing it closes a recourse.
    pub fn is_deadline(self) -> bool {
        matches!(self, MilestoneKind::MailBy(_) | MilestoneKind::ReexaminationDeadline | MilestoneKind::EvaluationReview)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub date: NaiveDate,
}

/// Every dated event of an estimate, in date order (events of one day in the order of
/// `MilestoneKind`). A recourse that is not open has no deadline, so none is listed.
pub fn milestones(estimate: &Estimate) -> Vec<Milestone> {
    let mut list = vec![
        Milestone { kind: MilestoneKind::Received, date: estimate.received },
        Milestone { kind: MilestoneKind::Target, date: estimate.target },
    ];
    for (index, stop) in estimate.clock_stops.iter().enumerate() {
        list.push(Milestone { kind: MilestoneKind::SuspensionFrom(index), date: stop.from });
        list.push(Milestone { kind: MilestoneKind::SuspensionTo(index), date: stop.to });
    }
    if let Some(announced) = estimate.announced {
        list.push(Milestone { kind: MilestoneKind::AnnouncedTarget, date: announced.target });
    }
    if let Some(decision) = estimate.decision {
        list.push(Milestone { kind: MilestoneKind::Decision, date: decision.date });
    }
    for entry in &estimate.recourse {
        match entry {
            Recourse::Reexamination(r) => {
                if let Some(mail_by) = r.mail_by {
                    list.push(Milestone { kind: MilestoneKind::MailBy(r.origin), date: mail_by });
                }
                if let Some(deadline) = r.deadline {
                    list.push(Milestone { kind: MilestoneKind::ReexaminationDeadline, date: deadline });
                }
            }
            Recourse::EvaluationReview { deadline: Some(deadline), .. } => {
                list.push(Milestone { kind: MilestoneKind::EvaluationReview, date: *deadline });
            }
            _ => {}
        }
    }
    if let Some(today) = estimate.today {
        list.push(Milestone { kind: MilestoneKind::Today, date: today });
    }
    super::sort::sort_by_key(&mut list, |m| (m.date, m.kind));
    list
}

/// The first milestone of a kind, if the estimate has one.
pub fn find(list: &[Milestone], wanted: impl Fn(MilestoneKind) -> bool) -> Option<Milestone> {
    list.iter().copied().find(|m| wanted(m.kind))
}
