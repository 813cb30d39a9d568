//! The rules catalogue, as data (docs/rules.md §1, §4, §4b, §5).
//!
//! Every service standard carries its source and the date its Déclaration came into
//! force. A newer Déclaration is one more `Declaration` in `DECLARATIONS`: requests
//! received from its `in_force_from` date use it, older ones keep the 2021 standards.
//! Nothing in `estimate.rs` names a service or a number.

use chrono::NaiveDate;

use crate::i18n::Text;

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
    pub const OFFICIAL: Catalogue = Catalogue {
        services: SERVICES,
        declarations: DECLARATIONS,
        notes: NOTES,
        results: RESULTS,
        announced_delays: ANNOUNCED_DELAYS,
        contacts: CONTACTS,
        closures: CLOSURES,
        checked_on: CHECKED_ON,
    };

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

const DSC_2021: Text = Text::new(
    "Ministère de l'Immigration, de la Francisation et de l'Intégration, Déclaration de services à la clientèle",
    "Ministère de l'Immigration, de la Francisation et de l'Intégration, Statement of services to clients (Déclaration de services à la clientèle)",
);

/// Politique sur le réexamen administratif (2021); Loi sur l'immigration au Québec
/// art. 71: the request must *reach* the service within 90 calendar days after the
/// date on the decision letter.
pub const REEXAMINATION_DAYS: u64 = 90;
/// Québec.ca: new documents or a disagreement within 365 days after the answer.
pub const EVALUATION_REVIEW_DAYS: u64 = 365;

/// Service ids the engine itself refers to (follow-up after a missed target, the
/// complaint entry, the phone standard that has no date). Named once, here.
pub const EMAIL_SERVICE: &str = "courriel";
pub const COMPLAINT_SERVICE: &str = "plainte";
pub const PHONE_SERVICE: &str = "telephone";

/// The Déclaration's headline verbs: the ministry *aims* to act by the date (a target
/// for a share of requests), it never promises to (docs/rules.md §4c).
const AIMS_TO_DECIDE: Text = Text::new("Le Ministère vise à rendre sa décision d'ici le", "The Ministry aims to decide by");
const AIMS_TO_ANSWER: Text = Text::new("Le Ministère vise à vous répondre d'ici le", "The Ministry aims to answer you by");

pub const SERVICES: &[Service] = &[
    Service {
        id: "caq-etudes",
        name: Text::new(
            "Études : Certificat d'acceptation du Québec pour études (CAQ)",
            "Studies: Québec Acceptance Certificate for studies (CAQ)",
        ),
        group: Group::Study,
        due_by: AIMS_TO_DECIDE,
        reference_standard: None,
        recourse: RecoursePolicy::Reexamination,
        documents_to: Some(IMMIGRATION_FILES),
    },
    Service {
        id: "peq",
        name: Text::new("Programme de l'expérience québécoise (PEQ)", "Québec Experience Program (PEQ)"),
        group: Group::Permanent,
        due_by: AIMS_TO_DECIDE,
        reference_standard: None,
        recourse: RecoursePolicy::Reexamination,
        documents_to: Some(IMMIGRATION_FILES),
    },
    Service {
        id: "prtq",
        name: Text::new(
            "Programme régulier des travailleurs qualifiés (PRTQ), après une invitation Arrima",
            "Regular Skilled Worker Program (PRTQ), after an Arrima invitation",
        ),
        group: Group::Permanent,
        due_by: AIMS_TO_DECIDE,
        reference_standard: None,
        recourse: RecoursePolicy::Reexamination,
        documents_to: Some(IMMIGRATION_FILES),
    },
    Service {
        id: "pstq",
        name: Text::new(
            "Programme de sélection des travailleurs qualifiés (PSTQ)",
            "Skilled Worker Selection Program (PSTQ)",
        ),
        group: Group::Permanent,
        due_by: Text::new(
            "Repère seulement (norme de l'ancien PRTQ ; aucune norme n'est publiée pour le PSTQ) : décision visée d'ici le",
            "Reference only (the former PRTQ's standard; none is published for the PSTQ): decision aimed for by",
        ),
        reference_standard: Some("prtq"),
        recourse: RecoursePolicy::ReexaminationUnconfirmed,
        documents_to: Some(IMMIGRATION_FILES),
    },
    Service {
        id: "regroupement-familial",
        name: Text::new(
            "Parrainage : engagement dans la catégorie du regroupement familial",
            "Sponsorship: family reunification undertaking",
        ),
        group: Group::Family,
        due_by: AIMS_TO_DECIDE,
        reference_standard: None,
        recourse: RecoursePolicy::FamilyReunification,
        documents_to: Some(IMMIGRATION_FILES),
    },
    Service {
        id: "evaluation-comparative",
        name: Text::new(
            "Évaluation comparative des études effectuées hors du Québec (demande initiale)",
            "Comparative evaluation of studies done outside Québec (initial request)",
        ),
        group: Group::Evaluation,
        due_by: Text::new("Le Ministère vise à rendre son avis d'ici le", "The Ministry aims to give its opinion by"),
        reference_standard: None,
        recourse: RecoursePolicy::EvaluationReview,
        documents_to: Some(IMMIGRATION_FILES),
    },
    Service {
        id: "francisation-temps-complet",
        name: Text::new(
            "Cours de français à temps complet (PILI/PAFILI), première inscription",
            "Full-time French course (PILI/PAFILI), first registration",
        ),
        group: Group::French,
        due_by: Text::new("Le Ministère vise à commencer votre cours d'ici le", "The Ministry aims to start your course by"),
        reference_standard: None,
        recourse: RecoursePolicy::Reconsideration,
        documents_to: Some(FRENCH_COURSE_FILES),
    },
    Service {
        id: "accompagnement-quebec",
        name: Text::new(
            "Rendez-vous avec Accompagnement Québec",
            "Appointment with Accompagnement Québec",
        ),
        group: Group::Integration,
        due_by: Text::new(
            "Le Ministère vise à vous offrir un rendez-vous d'ici le",
            "The Ministry aims to offer you an appointment by",
        ),
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
        documents_to: None,
    },
    Service {
        id: EMAIL_SERVICE,
        name: Text::new("Demande de renseignements par courriel", "Enquiry by e-mail"),
        group: Group::Enquiries,
        due_by: AIMS_TO_ANSWER,
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
        documents_to: None,
    },
    Service {
        id: COMPLAINT_SERVICE,
        name: Text::new("Plainte ou commentaire", "Complaint or comment"),
        group: Group::Enquiries,
        due_by: AIMS_TO_ANSWER,
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
        documents_to: None,
    },
    Service {
        id: PHONE_SERVICE,
        name: Text::new("Renseignements par téléphone", "Enquiry by phone"),
        group: Group::Enquiries,
        due_by: Text::new("Le Ministère vise à répondre au téléphone en", "The Ministry aims to answer the phone within"),
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
        documents_to: None,
    },
];

pub const DECLARATIONS: &[Declaration] = &[Declaration {
    id: "mifi-dsc-2021-10",
    title: DSC_2021,
    edition: Text::new("octobre 2021", "2021-10"),
    in_force_from: ymd(2021, 10, 1),
    standards: &[
        Standard {
            service: "caq-etudes",
            amount: 20,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Rendre une décision à la suite de votre demande de sélection temporaire pour études dans un délai maximal de 20 jours.",
                "Make a decision on your application for temporary selection for studies within 20 days.",
            ),
            section: Text::new("Pour étudier au Québec", "To study in Québec"),
            footnote: None,
        },
        Standard {
            service: "peq",
            amount: 6,
            unit: Unit::Months,
            share_percent: 90,
            commitment: Text::new(
                "Rendre une décision à la suite de votre demande de sélection permanente dans le cadre du Programme de l'expérience québécoise (PEQ) dans un délai maximal de 6 mois.",
                "Make a decision on your application for permanent selection under the Québec Experience Program (PEQ) within 6 months.",
            ),
            section: Text::new("Pour demeurer au Québec à titre permanent", "To stay in Québec permanently"),
            footnote: None,
        },
        Standard {
            service: "prtq",
            amount: 6,
            unit: Unit::Months,
            share_percent: 90,
            commitment: Text::new(
                "Rendre une décision sur votre demande de sélection permanente à la suite d'une invitation sur la base de la déclaration d'intérêt (Programme régulier des travailleurs qualifiés) dans un délai maximal de 6 mois.",
                "Make a decision on your application for permanent selection following an invitation based on your expression of interest (Regular Skilled Worker Program) within 6 months.",
            ),
            section: Text::new("Pour demeurer au Québec à titre permanent", "To stay in Québec permanently"),
            footnote: None,
        },
        Standard {
            service: "regroupement-familial",
            amount: 25,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Rendre une décision à la suite de votre demande d'engagement dans la catégorie du regroupement familial dans un délai maximal de 25 jours.",
                "Make a decision on your undertaking application in the family reunification class within 25 days.",
            ),
            section: Text::new("Pour parrainer une personne", "To sponsor a person"),
            footnote: None,
        },
        Standard {
            service: "evaluation-comparative",
            amount: 50,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Rendre un avis à la suite de votre demande initiale d'évaluation comparative des études effectuées hors du Québec dans un délai maximal de 50 jours.",
                "Give an opinion on your initial request for a comparative evaluation of studies done outside Québec within 50 days.",
            ),
            section: Text::new(
                "Pour obtenir une évaluation comparative des études effectuées hors du Québec",
                "To obtain a comparative evaluation of studies done outside Québec",
            ),
            footnote: None,
        },
        Standard {
            service: "accompagnement-quebec",
            amount: 5,
            unit: Unit::BusinessDays,
            share_percent: 85,
            commitment: Text::new(
                "Vous offrir un rendez-vous avec une agente ou un agent d'aide à l'intégration d'Accompagnement Québec dans un délai maximal de 5 jours à partir de la réception de votre demande d'accompagnement.",
                "Offer you an appointment with an Accompagnement Québec integration agent within 5 days of receiving your request for support.",
            ),
            section: Text::new(
                "Pour faciliter votre intégration à la société québécoise",
                "To help you integrate into Québec society",
            ),
            footnote: Some(Text::new(
                "Un nouveau rendez-vous sera proposé selon les délais prévus, en cas d'impossibilité de participer à la première date convenue.",
                "If you cannot attend on the first date agreed, a new appointment will be offered within the same standard.",
            )),
        },
        Standard {
            service: "francisation-temps-complet",
            amount: 50,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Commencer votre cours de français à temps complet, s'il s'agit d'une première inscription, dans un délai maximal de 50 jours après la réception de votre demande d'admission.",
                "Start your full-time French course, for a first registration, within 50 days after your admission request is received.",
            ),
            section: Text::new(
                "Pour faciliter votre participation en français à la société québécoise",
                "To help you take part in Québec society in French",
            ),
            footnote: None,
        },
        Standard {
            service: "courriel",
            amount: 2,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Obtenir une réponse à votre demande par courriel dans un délai maximal de 2 jours.",
                "Get an answer to your e-mail enquiry within 2 days.",
            ),
            section: Text::new("Pour obtenir des renseignements généraux", "To obtain general information"),
            footnote: None,
        },
        Standard {
            service: "plainte",
            amount: 15,
            unit: Unit::BusinessDays,
            share_percent: 90,
            commitment: Text::new(
                "Répondre à votre requête dans un délai maximal de 15 jours.",
                "Answer your complaint or comment within 15 days.",
            ),
            section: Text::new(
                "Pour obtenir une réponse à une plainte ou à un commentaire",
                "To get an answer to a complaint or a comment",
            ),
            footnote: None,
        },
        Standard {
            service: "telephone",
            amount: 3,
            unit: Unit::Minutes,
            share_percent: 80,
            commitment: Text::new(
                "Parler avec un membre de notre personnel par téléphone dans un délai maximal de 3 minutes.",
                "Speak with a member of our staff by phone within 3 minutes.",
            ),
            section: Text::new("Pour obtenir des renseignements généraux", "To obtain general information"),
            footnote: None,
        },
    ],
}];

const QUEBEC_CA: Text = Text::new("Québec.ca, ministère de l'Immigration", "Québec.ca, Ministère de l'Immigration");

const CAQ_CAPS_SOURCE: Source = Source {
    document: Text::new(
        "Gazette officielle du Québec, décrets 155-2025, 632-2025 et décret de décembre 2025, selon Québec.ca",
        "Gazette officielle du Québec, decrees 155-2025, 632-2025 and the December 2025 decree, as reported by Québec.ca",
    ),
    date: "2025",
    section: Text::new("Études", "Studies"),
};

/// The day the rules above were last checked against the ministry's pages on Québec.ca
/// and the facts of docs/rules.md §5 ("Checking the rules" in README.md says how to
/// move it). An answer given more than 12 months later says newer changes may be
/// missing.
pub const CHECKED_ON: NaiveDate = ymd(2026, 12, 7);

const PEQ_END_SOURCE: Source = Source {
    document: Text::new(
        "Québec.ca, ministère de l'Immigration, et annonce du Ministère du 6 novembre 2025, selon les médias",
        "Québec.ca, Ministère de l'Immigration, and the Ministry's announcement of November 6, 2025, as reported",
    ),
    date: "2025-11-19",
    section: Text::new("PEQ", "PEQ"),
};

const PSTQ_SOURCE: Source = Source { document: QUEBEC_CA, date: "2024-11-29", section: Text::new("PSTQ", "PSTQ") };

pub const CLOSURES: &[ProgramClosure] = &[
    // "Ended on 19 November 2025"; no application can be received after that day. The
    // end day itself is read as the last day an application could arrive (an
    // assumption of ours, said as such to the person).
    ProgramClosure {
        service: "peq",
        short_name: "PEQ",
        ended_on: ymd(2025, 11, 19),
        closed_from: ymd(2025, 11, 20),
        successor: Some("pstq"),
        source: PEQ_END_SOURCE,
    },
    // Replaced by the PSTQ on 29 November 2024: from that day a request is a PSTQ one.
    ProgramClosure {
        service: "prtq",
        short_name: "PRTQ",
        ended_on: ymd(2024, 11, 29),
        closed_from: ymd(2024, 11, 29),
        successor: Some("pstq"),
        source: PSTQ_SOURCE,
    },
];

pub const NOTES: &[ProgramNote] = &[
    ProgramNote {
        id: "peq-graduates-suspended",
        services: &["peq"],
        from: Some(ymd(2024, 10, 31)),
        until: None,
        scope: NoteScope::PendingOnceInForce,
        text: Text::new(
            "Le volet des diplômés du Québec du PEQ est suspendu depuis le 31 octobre 2024.",
            "The PEQ's Québec graduates stream has been suspended since October 31, 2024.",
        ),
        source: Source { document: QUEBEC_CA, date: "2024-10-31", section: Text::new("PEQ", "PEQ") },
    },
    ProgramNote {
        id: "peq-abolished",
        services: &["peq"],
        from: Some(ymd(2025, 11, 19)),
        until: None,
        scope: NoteScope::PendingOnceInForce,
        text: Text::new(
            "Le PEQ a été aboli le 19 novembre 2025. Les demandes déjà déposées sont toujours traitées (on peut encore y ajouter un conjoint ou un enfant).",
            "The PEQ was abolished on November 19, 2025. Applications already filed are still processed (a spouse or child can still be added to one).",
        ),
        source: PEQ_END_SOURCE,
    },
    ProgramNote {
        id: "prtq-replaced-by-pstq",
        services: &["prtq", "pstq"],
        from: Some(ymd(2024, 11, 29)),
        until: None,
        scope: NoteScope::PendingOnceInForce,
        text: Text::new(
            "Le PRTQ a été remplacé par le Programme de sélection des travailleurs qualifiés (PSTQ) le 29 novembre 2024. Aucune norme de service n'est publiée pour le PSTQ : la norme du PRTQ n'est qu'un repère.",
            "The PRTQ was replaced by the Skilled Worker Selection Program (PSTQ) on November 29, 2024. No service standard is published for the PSTQ: the PRTQ standard is only a reference.",
        ),
        source: PSTQ_SOURCE,
    },
    ProgramNote {
        id: "family-reunification-cap",
        services: &["regroupement-familial"],
        from: Some(ymd(2024, 6, 26)),
        until: Some(ymd(2026, 6, 25)),
        scope: NoteScope::ReceivedWhileInForce,
        text: Text::new(
            "Au plus 13 000 engagements sont reçus du 26 juin 2024 au 25 juin 2026. Une fois ce plafond atteint, des demandes sont retournées sans être traitées.",
            "At most 13,000 undertakings are accepted from June 26, 2024 to June 25, 2026. Once the cap is reached, some requests are returned unprocessed.",
        ),
        source: Source { document: QUEBEC_CA, date: "2024-06-26", section: Text::new("Regroupement familial", "Family reunification") },
    },
    // Worded without the order's figures and end date, which are only reported so far
    // (docs/rules.md §5). Nothing is shown for 26 June – 1 July 2026, between the orders.
    ProgramNote {
        id: "family-reunification-cap-2026",
        services: &["regroupement-familial"],
        from: Some(ymd(2026, 7, 2)),
        until: None,
        scope: NoteScope::ReceivedWhileInForce,
        text: Text::new(
            "Depuis le 2 juillet 2026, le nombre d'engagements de parrainage dans la catégorie du regroupement familial est de nouveau plafonné par arrêté ministériel. Une demande reçue une fois le plafond atteint est retournée sans être traitée : ce n'est pas un refus. Certaines catégories ne sont pas visées, comme les enfants à charge de moins de 18 ans.",
            "Since July 2, 2026, family-reunification sponsorship undertakings are capped again by ministerial order. A request received once the cap is reached is returned unprocessed: it is not a refusal. Some categories are exempt, such as dependent children under 18.",
        ),
        source: Source {
            document: Text::new(
                "Gazette officielle du Québec, arrêté ministériel de juin 2026, selon des publications en droit de l'immigration",
                "Gazette officielle du Québec, ministerial order of June 2026, as reported by immigration-law publications",
            ),
            date: "2026-06",
            section: Text::new("Regroupement familial", "Family reunification"),
        },
    },
    // A capped request is returned unprocessed: it is not a rejection (docs/rules.md §5).
    ProgramNote {
        id: "caq-caps-2025-2026",
        services: &["caq-etudes"],
        from: Some(ymd(2025, 2, 26)),
        until: Some(ymd(2026, 2, 26)),
        scope: NoteScope::ReceivedWhileInForce,
        text: Text::new(
            "Du 26 février 2025 au 26 février 2026, le nombre de demandes de sélection temporaire pour études est plafonné par établissement d'enseignement (décret 155-2025, modifié par le décret 632-2025). Une demande reçue une fois le plafond atteint est retournée sans être traitée : ce n'est pas un rejet. Les renouvellements pour le même programme d'études ne sont pas visés.",
            "From February 26, 2025 to February 26, 2026, the number of temporary-selection requests for studies is capped per educational institution (decree 155-2025, amended by decree 632-2025). A request received once the cap is reached is returned unprocessed: it is not a rejection. Renewals for the same program of study are exempt.",
        ),
        source: CAQ_CAPS_SOURCE,
    },
    ProgramNote {
        id: "caq-caps-2025-2027",
        services: &["caq-etudes"],
        from: Some(ymd(2025, 12, 17)),
        until: Some(ymd(2027, 12, 16)),
        scope: NoteScope::ReceivedWhileInForce,
        text: Text::new(
            "Un décret publié le 17 décembre 2025 plafonne de nouveau ces demandes par établissement, du 17 décembre 2025 au 16 décembre 2027 (deux périodes d'un an). Une demande reçue une fois le plafond atteint est retournée sans être traitée : ce n'est pas un rejet. Les renouvellements pour le même programme d'études ne sont pas visés.",
            "A decree published on December 17, 2025 caps these requests per institution again, from December 17, 2025 to December 16, 2027 (two one-year periods). A request received once the cap is reached is returned unprocessed: it is not a rejection. Renewals for the same program of study are exempt.",
        ),
        source: CAQ_CAPS_SOURCE,
    },
    ProgramNote {
        id: "francisation-quebec",
        services: &["francisation-temps-complet"],
        from: Some(ymd(2023, 6, 1)),
        until: None,
        scope: NoteScope::PendingOnceInForce,
        text: Text::new(
            "Francisation Québec est le point d'accès unique aux cours de français depuis le 1er juin 2023.",
            "Francisation Québec has been the single access point for French courses since June 1, 2023.",
        ),
        source: Source { document: QUEBEC_CA, date: "2023-06-01", section: Text::new("Francisation Québec", "Francisation Québec") },
    },
];

const CLF_2023_24: Source = Source {
    document: Text::new(
        "Commissaire à la langue française, rapport annuel 2023-2024",
        "Commissaire à la langue française, annual report 2023-2024",
    ),
    date: "2024",
    section: Text::new("Francisation", "French-language training"),
};

pub const RESULTS: &[PublishedResult] = &[
    PublishedResult {
        service: "francisation-temps-complet",
        period: "2022-2023",
        text: Text::new(
            "85,5 % des cours à temps complet ont commencé dans les 50 jours en 2022-2023.",
            "85.5% of full-time courses started within 50 days in 2022-2023.",
        ),
        source: CLF_2023_24,
    },
    PublishedResult {
        service: "francisation-temps-complet",
        period: "2023-2024",
        text: Text::new(
            "67,7 % seulement en 2023-2024 (cible : 80 %). Attente moyenne : 45 jours ouvrables à temps complet, 86 à temps partiel.",
            "Only 67.7% in 2023-2024 (target: 80%). Average wait: 45 business days full-time, 86 part-time.",
        ),
        source: CLF_2023_24,
    },
];

pub const ANNOUNCED_DELAYS: &[AnnouncedDelay] = &[AnnouncedDelay {
    service: "francisation-temps-complet",
    extra_business_days: 25,
    since: ymd(2024, 1, 24),
    text: Text::new(
        "Depuis janvier 2024, le Ministère avertit que 25 jours ouvrables de plus peuvent être nécessaires pour une première demande à temps complet.",
        "Since January 2024, the Ministry warns that 25 more business days may be needed for a first full-time request.",
    ),
    source: Source {
        document: Text::new("Le Devoir, d'après la page du ministère", "Le Devoir, citing the Ministry's page"),
        date: "2024-01-24",
        section: Text::new("Francisation Québec", "Francisation Québec"),
    },
}];

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

/// The contact ids the engine and the interface refer to.
pub const CONTACT_CENTRE: &str = "centre-contacts-clientele";
pub const COMPLAINTS: &str = "gestion-des-plaintes";
pub const REEXAMINATION_SERVICE: &str = "service-reexamen-administratif";
pub const RECONSIDERATION: &str = "reconsideration-decision";
pub const IMMIGRATION_FILES: &str = "direction-enregistrement-evaluation-comparative";
pub const FRENCH_COURSE_FILES: &str = "direction-registraire-francisation";

const MIFI: &str = "Ministère de l'Immigration, de la Francisation et de l'Intégration";
const NOTRE_DAME: [&str; 3] = ["285, rue Notre-Dame Ouest, 4e étage", "Montréal (Québec) H2Y 1T8", "CANADA"];
const SAINT_LAURENT: [&str; 3] = ["1200, boulevard Saint-Laurent, bureau 2.200", "Montréal (Québec) H2X 0C9", "CANADA"];

const fn declaration_section(fr: &'static str, en: &'static str) -> Source {
    Source { document: DSC_2021, date: "2021-10", section: Text::new(fr, en) }
}
const CONTACTS_SECTION: Source = declaration_section("Coordonnées et heures d'ouverture", "Contact information and opening hours");
const RECOURSE_SECTION: Source = declaration_section("Responsabilités, recours et plaintes", "Responsibilities, recourse and complaints");

pub const CONTACTS: &[Contact] = &[
    Contact {
        id: CONTACT_CENTRE,
        name: Text::new("Centre de contacts clientèle", "Client contact centre"),
        purpose: Text::new("Renseignements généraux, par téléphone ou par courriel", "General information, by phone or e-mail"),
        phones: &[
            Phone { area: Some(Text::new("Montréal et environs", "Montréal area")), number: "514 864-9191", toll_free: false, tty: false },
            Phone { area: Some(Text::new("Ailleurs au Québec", "Elsewhere in Québec")), number: "1 877 864-9191", toll_free: true, tty: false },
            Phone { area: Some(Text::new("De l'extérieur du Québec", "Outside Québec")), number: "+1 514 864-9191", toll_free: false, tty: false },
            Phone { area: Some(Text::new("Région de Montréal", "Montréal area")), number: "514 864-8158", toll_free: false, tty: true },
            Phone { area: Some(Text::new("Ailleurs au Québec", "Elsewhere in Québec")), number: "1 866 227-5968", toll_free: true, tty: true },
        ],
        hours: &[
            Text::new(
                "Lundi, mardi, jeudi et vendredi : de 8 h à 16 h 30 (heure de Montréal)",
                "Monday, Tuesday, Thursday and Friday: 8:00 a.m. to 4:30 p.m. (Montréal time)",
            ),
            Text::new("Mercredi : de 10 h 30 à 16 h 30 (heure de Montréal)", "Wednesday: 10:30 a.m. to 4:30 p.m. (Montréal time)"),
        ],
        closed: Some(Text::new("Fermé pendant les jours fériés.", "Closed on holidays.")),
        online_form: Some(OnlineForm {
            name: Text::new("Formulaire de courriel du Ministère", "The Ministry's e-mail form"),
            url: Some("https://services.immigration-quebec.gouv.qc.ca/fr/coordonnees/courriel.php"),
        }),
        fax: None,
        post: &[],
        source: CONTACTS_SECTION,
    },
    Contact {
        id: COMPLAINTS,
        name: Text::new("Gestion des plaintes", "Complaints management"),
        purpose: Text::new(
            "Plaintes et commentaires sur les services ou sur une décision",
            "Complaints and comments about the services or about a decision",
        ),
        phones: &[Phone { area: None, number: "1 800 771-0464", toll_free: true, tty: false }],
        hours: &[Text::new(
            "Du lundi au vendredi : de 8 h 30 à 12 h et de 13 h à 16 h 30 (heure de Montréal)",
            "Monday to Friday: 8:30 a.m. to 12:00 p.m. and 1:00 p.m. to 4:30 p.m. (Montréal time)",
        )],
        closed: Some(Text::new("Sauf les jours fériés au Québec.", "Except Québec holidays.")),
        online_form: Some(OnlineForm {
            name: Text::new(
                "Formulaire en ligne, avec un accusé de réception automatique",
                "Online form, with an automatic acknowledgement of receipt",
            ),
            url: None,
        }),
        fax: Some("514 873-6399"),
        post: &["Gestion des plaintes", MIFI, SAINT_LAURENT[0], SAINT_LAURENT[1], SAINT_LAURENT[2]],
        source: RECOURSE_SECTION,
    },
    Contact {
        id: REEXAMINATION_SERVICE,
        name: Text::new("Service de réexamen administratif", "Administrative re-examination service"),
        purpose: Text::new("Demande de réexamen administratif, par courrier postal seulement", "Request for administrative re-examination, by post only"),
        phones: &[],
        hours: &[],
        closed: None,
        online_form: None,
        fax: None,
        post: &["Service de réexamen administratif", MIFI, NOTRE_DAME[0], NOTRE_DAME[1], NOTRE_DAME[2]],
        source: RECOURSE_SECTION,
    },
    Contact {
        id: RECONSIDERATION,
        name: Text::new("Reconsidération d'une décision", "Reconsideration of a decision"),
        purpose: Text::new(
            "Demande de reconsidération d'une décision (PILI, PAFILI), par courrier postal",
            "Request for reconsideration of a decision (PILI, PAFILI), by post",
        ),
        phones: &[],
        hours: &[],
        closed: None,
        online_form: None,
        fax: None,
        post: &["Reconsidération d'une décision", MIFI, SAINT_LAURENT[0], SAINT_LAURENT[1], SAINT_LAURENT[2]],
        source: RECOURSE_SECTION,
    },
    Contact {
        id: IMMIGRATION_FILES,
        name: Text::new("Direction de l'enregistrement et de l'évaluation comparative", "Direction de l'enregistrement et de l'évaluation comparative"),
        purpose: Text::new(
            "Renseignements ou documents pour un dossier d'immigration (sélection permanente ou temporaire, évaluation comparative des études, réexamen administratif…), par courrier postal",
            "Enquiries or documents for an immigration file (permanent or temporary selection, comparative evaluation of studies, administrative re-examination…), by post",
        ),
        phones: &[],
        hours: &[],
        closed: None,
        online_form: None,
        fax: None,
        post: &["Direction de l'enregistrement et de l'évaluation comparative", MIFI, NOTRE_DAME[0], NOTRE_DAME[1], NOTRE_DAME[2]],
        source: CONTACTS_SECTION,
    },
    Contact {
        id: FRENCH_COURSE_FILES,
        name: Text::new("Direction du registraire de la francisation", "Direction du registraire de la francisation"),
        purpose: Text::new(
            "Documents pour les services de francisation, par courrier postal",
            "Documents for French-course services, by post",
        ),
        phones: &[],
        hours: &[],
        closed: None,
        online_form: None,
        fax: None,
        post: &["Direction du registraire de la francisation", MIFI, SAINT_LAURENT[0], SAINT_LAURENT[1], SAINT_LAURENT[2]],
        source: CONTACTS_SECTION,
    },
];
