//! The rules catalogue's types (docs/rules.md §1, §4, §4b, §5); the Déclaration's
//! data, and `Catalogue::OFFICIAL` built from it, are in `data.rs`.
//!
//! Every service standard carries its source and the date its Déclaration came into
//! force. A newer Déclaration is one more `Declaration` in `DECLARATIONS`: requests
//! received from its `in_force_from` date use it, older ones keep the 2021 standards.
//! Nothing in `estimate.rs` names a service or a number.

mod data;

use chrono::NaiveDate;

use crate::i18n::Text;

pub use data::{
    ANNOUNCED_DELAYS, CHECKED_ON, CLOSURES, COMPLAINTS, COMPLAINT_SERVICE, CONTACTS, CONTACT_CENTRE, DECLARATIONS, EMAIL_SERVICE,
    EVALUATION_REVIEW_DAYS, FRENCH_COURSE_FILES, IMMIGRATION_FILES, NOTES, PHONE_SERVICE, RECONSIDERATION, REEXAMINATION_DAYS,
    REEXAMINATION_SERVICE, RESULTS, SERVICES,
};

/// A date known at compile time; an impossible one fails the build.
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("impossible date in the rules catalogue"),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Jours ouvrables: Monday to Friday, except Québec holidays.
    BusinessDays,
    /// Calendar months (mois calendaires).
    Months,
    /// A waiting time on the phone: information only, no date.
    Minutes,
}

impl Unit {
    pub const ALL: [Unit; 3] = [Unit::BusinessDays, Unit::Months, Unit::Minutes];

    pub fn code(self) -> &'static str {
        match self {
            Unit::BusinessDays => "business-days",
            Unit::Months => "months",
            Unit::Minutes => "minutes",
        }
    }
}

/// Where a rule comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub document: Text,
    /// Publication date as printed (`2021-10`, `2024-01-24`).
    pub date: &'static str,
    pub section: Text,
}

/// The picker's groups, in the order a person looks for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Study,
    Permanent,
    Family,
    Evaluation,
    French,
    Integration,
    Enquiries,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Study,
        Group::Permanent,
        Group::Family,
        Group::Evaluation,
        Group::French,
        Group::Integration,
        Group::Enquiries,
    ];

    /// The group's code, as `delais services` lists it.
    pub fn code(self) -> &'static str {
        match self {
            Group::Study => "study",
            Group::Permanent => "permanent",
            Group::Family => "family",
            Group::Evaluation => "evaluation",
            Group::French => "french",
            Group::Integration => "integration",
            Group::Enquiries => "enquiries",
        }
    }

    pub fn name(self) -> Text {
        match self {
            Group::Study => Text::new("Étudier au Québec", "Studying in Québec"),
            Group::Permanent => Text::new("S'établir au Québec (sélection permanente)", "Settling in Québec (permanent selection)"),
            Group::Family => Text::new("Parrainer un membre de sa famille", "Sponsoring a family member"),
            Group::Evaluation => Text::new("Faire évaluer ses études", "Having your studies evaluated"),
            Group::French => Text::new("Apprendre le français", "Learning French"),
            Group::Integration => Text::new("S'intégrer", "Settling in"),
            Group::Enquiries => Text::new("Renseignements et plaintes", "Enquiries and complaints"),
        }
    }
}

/// What can be done against a decision in this service (docs/rules.md §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecoursePolicy {
    /// Administrative re-examination for a refusal or a rejection.
    Reexamination,
    /// Re-examination not confirmed for this program (PSTQ): say so.
    ReexaminationUnconfirmed,
    /// Rejection: re-examination; refusal: Tribunal administratif du Québec.
    FamilyReunification,
    /// Not re-examined; new documents or a disagreement within 365 days.
    EvaluationReview,
    /// PILI / PAFILI reconsideration on one of three grounds.
    Reconsideration,
    /// Nothing to contest; a complaint is always possible.
    ComplaintOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Service {
    /// Stable kebab-case French id: it appears in URLs and JSON.
    pub id: &'static str,
    pub name: Text,
    pub group: Group,
    /// The headline's start, worded as a target the ministry aims for (docs/rules.md
    /// §4c), never as a deadline: "Le Ministère vise à rendre sa décision d'ici le" + date.
    pub due_by: Text,
    /// When the service has no standard of its own, the service whose standard is
    /// shown as a labelled reference (PSTQ shows PRTQ's).
    pub reference_standard: Option<&'static str>,
    pub recourse: RecoursePolicy,
    /// Where documents for this request are mailed (a `Contact` id), if the
    /// Déclaration names an address for them.
    pub documents_to: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standard {
    pub service: &'static str,
    pub amount: u32,
    pub unit: Unit,
    /// "Pour 80 % des demandes": a target, never a promise.
    pub share_percent: u8,
    /// The commitment as the Déclaration words it (our English translation).
    pub commitment: Text,
    pub section: Text,
    /// The Déclaration's footnote to this commitment, if any.
    pub footnote: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Declaration {
    pub id: &'static str,
    pub title: Text,
    /// As printed on the cover.
    pub edition: Text,
    /// **Decision**: the first day of the month printed on the cover.
    pub in_force_from: NaiveDate,
    pub standards: &'static [Standard],
}

impl Declaration {
    pub fn standard(&self, service: &str) -> Option<&'static Standard> {
        self.standards.iter().find(|s| s.service == service)
    }

    pub fn source(&self, section: Text) -> Source {
        Source { document: self.title, date: self.edition.en, section }
    }
}

/// Which requests a dated note concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteScope {
    /// Requests received while the note was in force (a cap on intake).
    ReceivedWhileInForce,
    /// Every request still in process once the note is in force (a program closed:
    /// files already filed are still processed).
    PendingOnceInForce,
}

/// A dated fact about a program, shown beside its estimate (docs/rules.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgramNote {
    pub id: &'static str,
    pub services: &'static [&'static str],
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub scope: NoteScope,
    pub text: Text,
    pub source: Source,
}

impl ProgramNote {
    /// Whether the note concerns a request received on `received`, seen on `as_of`.
    pub fn applies(&self, received: NaiveDate, as_of: NaiveDate) -> bool {
        let started_by = |day: NaiveDate| self.from.is_none_or(|from| from <= day);
        let not_ended_by = |day: NaiveDate| self.until.is_none_or(|until| until >= day);
        match self.scope {
            NoteScope::ReceivedWhileInForce => started_by(received) && not_ended_by(received),
            NoteScope::PendingOnceInForce => started_by(as_of.max(received)) && not_ended_by(received),
        }
    }
}

/// A program that stopped receiving applications (docs/rules.md §5). A request received
/// from `closed_from` cannot exist as such: the estimate warns before its target, which
/// is still computed as the standard would give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgramClosure {
    pub service: &'static str,
    /// The program's short name, as people say it ("PEQ").
    pub short_name: &'static str,
    /// The day the source gives for the program's end.
    pub ended_on: NaiveDate,
    /// The first day no application could be received. After `ended_on` when the source
    /// leaves the end day itself open (docs/rules.md §5, an assumption of ours).
    pub closed_from: NaiveDate,
    /// Where a new application goes instead (a service id).
    pub successor: Option<&'static str>,
    pub source: Source,
}

/// A measured result published for a standard, shown beside its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublishedResult {
    pub service: &'static str,
    pub period: &'static str,
    pub text: Text,
    pub source: Source,
}

/// A delay the ministry announced on top of its standard (docs/rules.md §1: francisation
/// "+25 business days" since January 2024). Shown as a second date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnnouncedDelay {
    pub service: &'static str,
    pub extra_business_days: u32,
    pub since: NaiveDate,
    pub text: Text,
    pub source: Source,
}

/// Everything the engine knows about the ministry's rules. Tests build their own
/// (a fictitious newer Déclaration); the app uses `Catalogue::OFFICIAL`.
#[derive(Clone, Copy, Debug)]
pub struct Catalogue {
    pub services: &'static [Service],
    /// Oldest first.
    pub declarations: &'static [Declaration],
    pub notes: &'static [ProgramNote],
    pub results: &'static [PublishedResult],
    pub announced_delays: &'static [AnnouncedDelay],
    /// The channels the Déclaration gives (docs/rules.md §4b).
    pub contacts: &'static [Contact],
    pub closures: &'static [ProgramClosure],
    /// The day every rule above was last checked against the ministry's pages.
    pub checked_on: NaiveDate,
}

/// The standard that applies to a request, and how it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppliedStandard {
    pub declaration: &'static Declaration,
    pub standard: &'static Standard,
    /// True when the service has no standard of its own and this one is shown as a
    /// reference (PSTQ → PRTQ).
    pub reference_only: bool,
    /// True when the request predates the oldest Déclaration we have, which was
    /// applied anyway.
    pub before_first_declaration: bool,
}

impl Catalogue {

    pub fn service(&self, id: &str) -> Option<&'static Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The Déclaration in force on `received`: the newest one that started on or
    /// before it (the oldest one for earlier dates, flagged).
    pub fn declaration_for(&self, received: NaiveDate) -> Option<(&'static Declaration, bool)> {
        let in_force = self.declarations.iter().rev().find(|d| d.in_force_from <= received);
        match in_force {
            Some(declaration) => Some((declaration, false)),
            None => self.declarations.first().map(|first| (first, true)),
        }
    }

    pub fn standard_for(&self, service: &Service, received: NaiveDate) -> Option<AppliedStandard> {
        let (declaration, before_first_declaration) = self.declaration_for(received)?;
        let (id, reference_only) = match service.reference_standard {
            Some(reference) => (reference, true),
            None => (service.id, false),
        };
        let standard = declaration.standard(id)?;
        Some(AppliedStandard { declaration, standard, reference_only, before_first_declaration })
    }

    pub fn contact(&self, id: &str) -> Option<&'static Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    pub fn notes_for<'a>(&self, service: &'a str) -> impl Iterator<Item = &'static ProgramNote> + 'a {
        self.notes.iter().filter(move |n| n.services.contains(&service))
    }

    pub fn results_for<'a>(&self, service: &'a str) -> impl Iterator<Item = &'static PublishedResult> + 'a {
        self.results.iter().filter(move |r| r.service == service)
    }

    pub fn closure_for(&self, service: &str) -> Option<&'static ProgramClosure> {
        self.closures.iter().find(|c| c.service == service)
    }

    pub fn announced_delay_for(&self, service: &str, received: NaiveDate) -> Option<&'static AnnouncedDelay> {
        self.announced_delays.iter().find(|d| d.service == service && d.since <= received)
    }
}

/// A phone line of a contact (docs/rules.md §4b). The number is written as the
/// Déclaration prints it; the interface keeps it on one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phone {
    /// Who should call it: "Montréal et environs", "Ailleurs au Québec"… (`None`:
    /// one number for everyone).
    pub area: Option<Text>,
    pub number: &'static str,
    pub toll_free: bool,
    /// Téléimprimeur (ATS / TTY), for deaf or hard-of-hearing people.
    pub tty: bool,
}

/// A channel the Déclaration gives for writing, calling or mailing the ministry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    /// Stable id, as in `delais services`.
    pub id: &'static str,
    pub name: Text,
    /// What it is for, in a phrase.
    pub purpose: Text,
    pub phones: &'static [Phone],
    /// Opening hours for the phones (Montréal time), one line per group of days.
    pub hours: &'static [Text],
    /// When it is closed, as the Déclaration says it.
    pub closed: Option<Text>,
    /// An online form; its address when the Déclaration prints one.
    pub online_form: Option<OnlineForm>,
    pub fax: Option<&'static str>,
    /// Postal address, one line per element, as printed.
    pub post: &'static [&'static str],
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnlineForm {
    pub name: Text,
    pub url: Option<&'static str>,
}
