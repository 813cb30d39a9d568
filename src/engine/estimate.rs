//! From a request to a target date, with every day skipped and why (docs/rules.md §2).
//!
//! The walk: start at the receipt date (day 0, not counted), step one calendar day at
//! a time, skip the days that do not count (inside a clock stop; for business-day
//! standards also weekends and days off), and stop when the budget is used. The day
//! reached is the target.

use chrono::{Datelike, NaiveDate};

use super::calendar::{within_horizon, Calendar, CalendarId, DayKind, FIRST_YEAR, LAST_YEAR};
use super::errors::{Field, InputError};
use super::holidays::DayOff;
use super::recourse::{self, Recourse};
use super::rules::{
    AnnouncedDelay, AppliedStandard, Catalogue, ProgramNote, PublishedResult, Service, Standard, Unit,
    COMPLAINT_SERVICE, EMAIL_SERVICE,
};
use crate::i18n::{format_date, weekday_name, Lang, Text};

/// The outcome written on a decision letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Refus: the request was examined and refused.
    Refusal,
    /// Rejet: the request was not examined (incomplete, ineligible…). A request
    /// returned unprocessed because a cap was reached is not a rejection (§5).
    Rejection,
    Acceptance,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Refusal, Outcome::Rejection, Outcome::Acceptance];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Refusal => "refusal",
            Outcome::Rejection => "rejection",
            Outcome::Acceptance => "acceptance",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            Outcome::Refusal => Text::new("Refus", "Refusal"),
            Outcome::Rejection => Text::new("Rejet", "Rejection"),
            Outcome::Acceptance => Text::new("Acceptation", "Acceptance"),
        }
    }
}

/// Where a re-examination request is mailed from (docs/rules.md §4, "mail early").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MailingOrigin {
    #[default]
    Quebec,
    Canada,
    Abroad,
}

impl MailingOrigin {
    pub const ALL: [MailingOrigin; 3] = [MailingOrigin::Quebec, MailingOrigin::Canada, MailingOrigin::Abroad];

    pub fn code(self) -> &'static str {
        match self {
            MailingOrigin::Quebec => "quebec",
            MailingOrigin::Canada => "canada",
            MailingOrigin::Abroad => "abroad",
        }
    }

    pub fn from_code(code: &str) -> Option<MailingOrigin> {
        MailingOrigin::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            MailingOrigin::Quebec => Text::new("du Québec", "from Québec"),
            MailingOrigin::Canada => Text::new("d'ailleurs au Canada", "from elsewhere in Canada"),
            MailingOrigin::Abroad => Text::new("de l'extérieur du Canada", "from outside Canada"),
        }
    }

    /// **Decision**: Canada Post's standard is 3–7 business days since 2025 (strikes
    /// happen), so 7 within Canada; no standard is published from abroad, so 15.
    pub fn delivery_business_days(self) -> u32 {
        match self {
            MailingOrigin::Quebec | MailingOrigin::Canada => 7,
            MailingOrigin::Abroad => 15,
        }
    }
}

/// A ground for reconsidering a PILI/PAFILI decision (Déclaration 2021, "Recours :
/// Demande de reconsidération d'une décision"). The Déclaration gives the first three
/// as examples ("Par exemple"): any ground likely to change the person's eligibility
/// counts, hence `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ground {
    SituationChange,
    InitialError,
    OmittedFact,
    /// Another ground likely to change eligibility for the courses or the aid.
    Other,
}

impl Ground {
    pub const ALL: [Ground; 4] = [Ground::SituationChange, Ground::InitialError, Ground::OmittedFact, Ground::Other];

    pub fn code(self) -> &'static str {
        match self {
            Ground::SituationChange => "situation-change",
            Ground::InitialError => "initial-error",
            Ground::OmittedFact => "omitted-fact",
            Ground::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Ground> {
        Ground::ALL.into_iter().find(|g| g.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            Ground::SituationChange => Text::new(
                "Un changement est survenu dans ma situation",
                "My situation has changed",
            ),
            Ground::InitialError => Text::new(
                "Ma demande initiale comportait une erreur ou un oubli de ma part",
                "My initial request had an error or an omission on my part",
            ),
            Ground::OmittedFact => Text::new(
                "Le Ministère a omis un fait essentiel en rendant sa décision",
                "The Ministry left out an essential fact when it decided",
            ),
            Ground::Other => Text::new(
                "Un autre motif qui pourrait modifier mon admissibilité aux cours ou à l'aide financière",
                "Another ground that may change my eligibility for the courses or the financial aid",
            ),
        }
    }
}

/// A period the file was incomplete: the Ministry asked for documents on `from` and
/// received them on `to`. Days `d` with `from < d <= to` do not count; the day the
/// documents arrive is a new day 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClockStop {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl ClockStop {
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from < day && day <= self.to
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decision {
    pub date: NaiveDate,
    pub outcome: Outcome,
}

/// Everything a person can tell us. Dates are already parsed; see `parse_date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub service: String,
    pub received: NaiveDate,
    pub clock_stops: Vec<ClockStop>,
    pub decision: Option<Decision>,
    /// "Today" from the shell (the browser's local date) or chosen by the user.
    pub today: Option<NaiveDate>,
    pub calendar: CalendarId,
    pub mailing_from: MailingOrigin,
    pub grounds: Vec<Ground>,
}

impl Request {
    pub fn new(service: &str, received: NaiveDate) -> Request {
        Request {
            service: service.to_string(),
            received,
            clock_stops: Vec::new(),
            decision: None,
            today: None,
            calendar: CalendarId::default(),
            mailing_from: MailingOrigin::default(),
            grounds: Vec::new(),
        }
    }
}

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

/// Something the person must know to read the result honestly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
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
                | Warning::ObservedHolidayAssumption
                | Warning::DeadlineDayOff { .. }
                | Warning::MailDelayAssumption { .. }
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match *self {
            Warning::EstimateOnly { share_percent } if fr => format!(
                "Ceci est une estimation, pas une décision : la norme est une cible que le Ministère vise pour {share_percent} % des demandes, pas une promesse."
            ),
            Warning::EstimateOnly { share_percent } => format!(
                "This is an estimate, not a decision: the standard is a target the Ministry aims to meet for {share_percent}% of requests, not a promise."
            ),
            Warning::CalendarAssumption(CalendarId::QcPublicService) if fr => "Hypothèse : les jours ouvrables excluent les 13 jours fériés de la fonction publique du Québec, car ce sont les jours où les bureaux du Ministère sont fermés.".into(),
            Warning::CalendarAssumption(CalendarId::QcPublicService) => "Assumption: business days exclude the Québec public service's 13 holidays, the days the Ministry's offices are closed.".into(),
            Warning::CalendarAssumption(CalendarId::QcStatutory) if fr => "Vous avez choisi le calendrier des jours fériés légaux : il compte moins de jours fériés que celui de la fonction publique, donc la date peut être plus tôt que la réalité.".into(),
            Warning::CalendarAssumption(CalendarId::QcStatutory) => "You chose the statutory holidays calendar: it has fewer holidays than the public service's, so the date may come earlier than in reality.".into(),
            Warning::ObservedHolidayAssumption if fr => "Hypothèse : un jour férié tombant la fin de semaine est reporté à un jour de semaine, comme dans les fermetures publiées par l'État civil (2022) et le SFPQ (2011-2012).".into(),
            Warning::ObservedHolidayAssumption => "Assumption: a holiday that falls on a weekend is moved to a weekday, as in the closures published by État civil (2022) and the SFPQ (2011-2012).".into(),
            Warning::BeforeFirstDeclaration { in_force_from } if fr => format!(
                "La demande précède la Déclaration de services du {} : la norme de 2021 est appliquée quand même.",
                format_date(in_force_from, lang)
            ),
            Warning::BeforeFirstDeclaration { in_force_from } => format!(
                "The request predates the Statement of services of {}: the 2021 standard is applied anyway.",
                format_date(in_force_from, lang)
            ),
            Warning::ReferenceStandard { name, .. } if fr => format!(
                "Aucune norme de service n'est publiée pour ce programme : la date vient de la norme du programme « {} », montrée seulement comme repère.",
                name.fr
            ),
            Warning::ReferenceStandard { name, .. } => format!(
                "No service standard is published for this program: the date comes from the standard of the “{}”, shown only as a reference.",
                name.en
            ),
            Warning::StopInFuture { index } if fr => format!(
                "Suspension {} : elle se termine après aujourd'hui. Le calcul suppose que les documents arriveront à cette date.",
                index + 1
            ),
            Warning::StopInFuture { index } => format!(
                "Suspension {}: it ends after today. The estimate assumes the documents arrive on that date.",
                index + 1
            ),
            Warning::DecisionInFuture if fr => "La date de décision est après aujourd'hui : vérifiez-la sur la lettre.".into(),
            Warning::DecisionInFuture => "The decision date is after today: check it on the letter.".into(),
            Warning::StopsMerged { entered, merged } if fr => format!(
                "{entered} suspensions saisies se chevauchent : elles comptent comme {merged}."
            ),
            Warning::StopsMerged { entered, merged } => format!(
                "{entered} suspensions entered overlap: they count as {merged}."
            ),
            Warning::DeadlineDayOff { deadline, day } => {
                let what = match (day, fr) {
                    (DayKind::Holiday(off), _) => off.name().get(lang).to_string(),
                    (_, true) => format!("un {}", weekday_name(deadline.weekday(), lang)),
                    (_, false) => format!("a {}", weekday_name(deadline.weekday(), lang)),
                };
                if fr {
                    format!(
                        "La date limite pour demander un réexamen est le {} ({what}). Hypothèse prudente : elle n'est pas reportée au jour ouvrable suivant. Faites en sorte que la demande arrive avant.",
                        format_date(deadline, lang)
                    )
                } else {
                    format!(
                        "The last day for a re-examination request to arrive is {} ({what}). Careful assumption: it is not moved to the next business day. Make sure your request arrives before it.",
                        format_date(deadline, lang)
                    )
                }
            }
            Warning::MailDelayAssumption { business_days } if fr => format!(
                "Hypothèse : la poste prend jusqu'à {business_days} jours ouvrables. Utilisez un envoi avec suivi."
            ),
            Warning::MailDelayAssumption { business_days } => format!(
                "Assumption: the mail takes up to {business_days} business days. Use a tracked service."
            ),
            Warning::DeadlinePassed { deadline } if fr => format!(
                "La date limite pour demander un réexamen était le {}. La Déclaration de services exige que la demande arrive dans les 90 jours civils suivant la date de la décision. Une plainte reste possible en tout temps.",
                format_date(deadline, lang)
            ),
            Warning::DeadlinePassed { deadline } => format!(
                "The last day for a re-examination request to arrive was {}. The Statement of services requires the request to arrive within 90 calendar days after the date of the decision. A complaint remains possible at any time.",
                format_date(deadline, lang)
            ),
        }
    }
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
    pub fn unit(&self) -> Unit {
        self.applied.standard.unit
    }
}

/// Parses `YYYY-MM-DD` strictly, with a typed error for the field.
pub fn parse_date(field: Field, text: &str) -> Result<NaiveDate, InputError> {
    let value = text.trim();
    let bytes = value.as_bytes();
    let malformed = || InputError::MalformedDate { field, value: value.to_string() };
    let well_formed = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !well_formed {
        return Err(malformed());
    }
    let number = |range: core::ops::Range<usize>| value[range].parse::<u32>().map_err(|_| malformed());
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let year = year as i32;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(InputError::YearOutOfRange { field, value: value.to_string() });
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| InputError::ImpossibleDate { field, value: value.to_string() })
}

/// `date + months`, on the same day-number or the month's last day if it has none
/// (31 Aug + 6 months = 28/29 Feb), as Code de procédure civile art. 83 counts months.
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    let index = date.year() * 12 + date.month0() as i32 + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    let mut day = date.day();
    loop {
        if let Some(end) = NaiveDate::from_ymd_opt(year, month, day) {
            return Some(end);
        }
        if day <= 28 {
            return None;
        }
        day -= 1;
    }
}

/// Merges overlapping clock stops and drops empty ones; keeps date order.
pub fn merge_clock_stops(stops: &[ClockStop]) -> Vec<ClockStop> {
    let mut sorted: Vec<ClockStop> = stops.iter().copied().filter(|s| s.from < s.to).collect();
    sorted.sort_by_key(|s| s.from);
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

/// Checks a request; the first problem found, in field order.
pub fn validate(catalogue: &Catalogue, request: &Request) -> Result<&'static Service, InputError> {
    errors(catalogue, request).into_iter().next().map_or_else(
        || catalogue.service(&request.service).ok_or_else(|| InputError::UnknownService(request.service.clone())),
        Err,
    )
}

/// Every problem in a request, so an interface can mark each field at once.
pub fn errors(catalogue: &Catalogue, request: &Request) -> Vec<InputError> {
    let mut found = Vec::new();
    match catalogue.service(&request.service) {
        None => found.push(InputError::UnknownService(request.service.clone())),
        Some(service) => {
            let dated = catalogue
                .standard_for(service, request.received)
                .is_some_and(|applied| applied.standard.unit != Unit::Minutes);
            if !dated {
                found.push(InputError::NotDated(request.service.clone()));
            }
        }
    }
    let mut in_range = |field: Field, date: NaiveDate| {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            found.push(InputError::YearOutOfRange { field, value: crate::i18n::iso(date) });
            false
        } else {
            true
        }
    };
    let received_ok = in_range(Field::Received, request.received);
    let mut stops_ok = Vec::with_capacity(request.clock_stops.len());
    for (index, stop) in request.clock_stops.iter().enumerate() {
        let from_ok = in_range(Field::StopFrom(index), stop.from);
        let to_ok = in_range(Field::StopTo(index), stop.to);
        stops_ok.push(from_ok && to_ok);
    }
    let decision_ok = request.decision.is_none_or(|d| in_range(Field::DecisionDate, d.date));
    if let Some(today) = request.today {
        in_range(Field::Today, today);
    }
    for (index, stop) in request.clock_stops.iter().enumerate() {
        if !stops_ok[index] {
            continue;
        }
        if received_ok && stop.from < request.received {
            found.push(InputError::StopBeforeReceipt { index });
        }
        if stop.to < stop.from {
            found.push(InputError::StopEndsBeforeStart { index });
        }
    }
    if let Some(decision) = request.decision {
        if received_ok && decision_ok && decision.date < request.received {
            found.push(InputError::DecisionBeforeReceipt);
        }
    }
    found
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

    let mut warnings = vec![Warning::EstimateOnly { share_percent: standard.share_percent }];
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

    let as_of = request.today.unwrap_or(received);
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
