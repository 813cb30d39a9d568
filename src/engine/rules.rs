//! The rules catalogue, as data (DOMAIN.md §1, §4, §5).
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

/// What can be done against a decision in this service (DOMAIN.md §4).
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
    /// The headline's start: "Décision attendue au plus tard le" + date.
    pub due_by: Text,
    /// When the service has no standard of its own, the service whose standard is
    /// shown as a labelled reference (PSTQ shows PRTQ's).
    pub reference_standard: Option<&'static str>,
    pub recourse: RecoursePolicy,
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

/// A dated fact about a program, shown beside its estimate (DOMAIN.md §5).
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

/// A measured result published for a standard, shown beside its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublishedResult {
    pub service: &'static str,
    pub period: &'static str,
    pub text: Text,
    pub source: Source,
}

/// A delay the ministry announced on top of its standard (DOMAIN.md §1: francisation
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

    pub fn notes_for<'a>(&self, service: &'a str) -> impl Iterator<Item = &'static ProgramNote> + 'a {
        self.notes.iter().filter(move |n| n.services.contains(&service))
    }

    pub fn results_for<'a>(&self, service: &'a str) -> impl Iterator<Item = &'static PublishedResult> + 'a {
        self.results.iter().filter(move |r| r.service == service)
    }

    pub fn announced_delay_for(&self, service: &str, received: NaiveDate) -> Option<&'static AnnouncedDelay> {
        self.announced_delays.iter().find(|d| d.service == service && d.since <= received)
    }
}

const DSC_2021: Text = Text::new(
    "Ministère de l'Immigration, de la Francisation et de l'Intégration, Déclaration de services à la clientèle",
    "Ministère de l'Immigration, de la Francisation et de l'Intégration, Statement of services to clients (Déclaration de services à la clientèle)",
);

pub const SERVICES: &[Service] = &[
    Service {
        id: "caq-etudes",
        name: Text::new(
            "Études : certificat d'acceptation du Québec (CAQ)",
            "Studies: Québec Acceptance Certificate (CAQ)",
        ),
        group: Group::Study,
        due_by: Text::new("Décision attendue au plus tard le", "Decision expected by"),
        reference_standard: None,
        recourse: RecoursePolicy::Reexamination,
    },
    Service {
        id: "peq",
        name: Text::new("Programme de l'expérience québécoise (PEQ)", "Québec Experience Program (PEQ)"),
        group: Group::Permanent,
        due_by: Text::new("Décision attendue au plus tard le", "Decision expected by"),
        reference_standard: None,
        recourse: RecoursePolicy::Reexamination,
    },
    Service {
        id: "prtq",
        name: Text::new(
            "Programme régulier des travailleurs qualifiés (PRTQ), après une invitation Arrima",
            "Regular Skilled Worker Program (PRTQ), after an Arrima invitation",
        ),
        group: Group::Permanent,
        due_by: Text::new("Décision attendue au plus tard le", "Decision expected by"),
        reference_standard: None,
        recourse: RecoursePolicy::Reexamination,
    },
    Service {
        id: "pstq",
        name: Text::new(
            "Programme de sélection des travailleurs qualifiés (PSTQ)",
            "Skilled Worker Selection Program (PSTQ)",
        ),
        group: Group::Permanent,
        due_by: Text::new(
            "Repère (norme du PRTQ) : décision au plus tard le",
            "Reference (PRTQ standard): decision by",
        ),
        reference_standard: Some("prtq"),
        recourse: RecoursePolicy::ReexaminationUnconfirmed,
    },
    Service {
        id: "regroupement-familial",
        name: Text::new(
            "Parrainage : engagement dans la catégorie du regroupement familial",
            "Sponsorship: family reunification undertaking",
        ),
        group: Group::Family,
        due_by: Text::new("Décision attendue au plus tard le", "Decision expected by"),
        reference_standard: None,
        recourse: RecoursePolicy::FamilyReunification,
    },
    Service {
        id: "evaluation-comparative",
        name: Text::new(
            "Évaluation comparative des études effectuées hors du Québec (demande initiale)",
            "Comparative evaluation of studies done outside Québec (initial request)",
        ),
        group: Group::Evaluation,
        due_by: Text::new("Avis attendu au plus tard le", "Opinion expected by"),
        reference_standard: None,
        recourse: RecoursePolicy::EvaluationReview,
    },
    Service {
        id: "francisation-temps-complet",
        name: Text::new(
            "Cours de français à temps complet (PILI/PAFILI), première inscription",
            "Full-time French course (PILI/PAFILI), first registration",
        ),
        group: Group::French,
        due_by: Text::new("Début du cours attendu au plus tard le", "Course expected to start by"),
        reference_standard: None,
        recourse: RecoursePolicy::Reconsideration,
    },
    Service {
        id: "accompagnement-quebec",
        name: Text::new(
            "Rendez-vous avec Accompagnement Québec",
            "Appointment with Accompagnement Québec",
        ),
        group: Group::Integration,
        due_by: Text::new("Rendez-vous offert au plus tard le", "Appointment offered by"),
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
    },
    Service {
        id: "courriel",
        name: Text::new("Demande de renseignements par courriel", "Enquiry by e-mail"),
        group: Group::Enquiries,
        due_by: Text::new("Réponse attendue au plus tard le", "Answer expected by"),
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
    },
    Service {
        id: "plainte",
        name: Text::new("Plainte ou commentaire", "Complaint or comment"),
        group: Group::Enquiries,
        due_by: Text::new("Réponse attendue au plus tard le", "Answer expected by"),
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
    },
    Service {
        id: "telephone",
        name: Text::new("Renseignements par téléphone", "Enquiry by phone"),
        group: Group::Enquiries,
        due_by: Text::new("Réponse au téléphone en", "Phone answered within"),
        reference_standard: None,
        recourse: RecoursePolicy::ComplaintOnly,
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
                "Rendre une décision à la suite de votre demande de sélection temporaire pour études dans un délai maximal de 20 jours.",
                "Make a decision on your application for temporary selection for studies within 20 days.",
            ),
            section: Text::new("Pour étudier au Québec", "To study in Québec"),
        },
        Standard {
            service: "peq",
            amount: 6,
            unit: Unit::Months,
            share_percent: 90,
            commitment: Text::new(
                "Rendre une décision à la suite de votre demande de sélection permanente dans le cadre du Programme de l'expérience québécoise (PEQ) dans un délai maximal de 6 mois.",
                "Make a decision on your application for permanent selection under the Québec Experience Program (PEQ) within 6 months.",
            ),
            section: Text::new("Pour demeurer au Québec à titre permanent", "To stay in Québec permanently"),
        },
        Standard {
            service: "prtq",
            amount: 6,
            unit: Unit::Months,
            share_percent: 90,
            commitment: Text::new(
                "Rendre une décision sur votre demande de sélection permanente à la suite d'une invitation sur la base de la déclaration d'intérêt (Programme régulier des travailleurs qualifiés) dans un délai maximal de 6 mois.",
                "Make a decision on your application for permanent selection following an invitation based on your expression of interest (Regular Skilled Worker Program) within 6 months.",
            ),
            section: Text::new("Pour demeurer au Québec à titre permanent", "To stay in Québec permanently"),
        },
        Standard {
            service: "regroupement-familial",
            amount: 25,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Rendre une décision à la suite de votre demande d'engagement dans la catégorie du regroupement familial dans un délai maximal de 25 jours.",
                "Make a decision on your undertaking application in the family reunification class within 25 days.",
            ),
            section: Text::new("Pour parrainer une personne", "To sponsor a person"),
        },
        Standard {
            service: "evaluation-comparative",
            amount: 50,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Rendre un avis à la suite de votre demande initiale d'évaluation comparative des études effectuées hors du Québec dans un délai maximal de 50 jours.",
                "Give an opinion on your initial request for a comparative evaluation of studies done outside Québec within 50 days.",
            ),
            section: Text::new(
                "Pour obtenir une évaluation comparative des études effectuées hors du Québec",
                "To obtain a comparative evaluation of studies done outside Québec",
            ),
        },
        Standard {
            service: "accompagnement-quebec",
            amount: 5,
            unit: Unit::BusinessDays,
            share_percent: 85,
            commitment: Text::new(
                "Vous offrir un rendez-vous avec une agente ou un agent d'aide à l'intégration d'Accompagnement Québec dans un délai maximal de 5 jours à partir de la réception de votre demande d'accompagnement.",
                "Offer you an appointment with an Accompagnement Québec integration agent within 5 days of receiving your request for support.",
            ),
            section: Text::new(
                "Pour faciliter votre intégration à la société québécoise",
                "To help you integrate into Québec society",
            ),
        },
        Standard {
            service: "francisation-temps-complet",
            amount: 50,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Commencer votre cours de français à temps complet, s'il s'agit d'une première inscription, dans un délai maximal de 50 jours après la réception de votre demande d'admission.",
                "Start your full-time French course, for a first registration, within 50 days after your admission request is received.",
            ),
            section: Text::new(
                "Pour faciliter votre participation en français à la société québécoise",
                "To help you take part in Québec society in French",
            ),
        },
        Standard {
            service: "courriel",
            amount: 2,
            unit: Unit::BusinessDays,
            share_percent: 80,
            commitment: Text::new(
                "Obtenir une réponse à votre demande par courriel dans un délai maximal de 2 jours.",
                "Get an answer to your e-mail enquiry within 2 days.",
            ),
            section: Text::new("Pour obtenir des renseignements généraux", "To obtain general information"),
        },
        Standard {
            service: "plainte",
            amount: 15,
            unit: Unit::BusinessDays,
            share_percent: 90,
            commitment: Text::new(
                "Répondre à votre requête dans un délai maximal de 15 jours.",
                "Answer your complaint or comment within 15 days.",
            ),
            section: Text::new(
                "Pour obtenir une réponse à une plainte ou à un commentaire",
                "To get an answer to a complaint or a comment",
            ),
        },
        Standard {
            service: "telephone",
            amount: 3,
            unit: Unit::Minutes,
            share_percent: 80,
            commitment: Text::new(
                "Parler avec un membre de notre personnel par téléphone dans un délai maximal de 3 minutes.",
                "Speak with a member of our staff by phone within 3 minutes.",
            ),
            section: Text::new("Pour obtenir des renseignements généraux", "To obtain general information"),
        },
    ],
}];

const QUEBEC_CA: Text = Text::new("Québec.ca, ministère de l'Immigration", "Québec.ca, Ministère de l'Immigration");

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
            "Le PEQ a été aboli le 19 novembre 2025. Les demandes déjà déposées sont toujours traitées.",
            "The PEQ was abolished on November 19, 2025. Applications already filed are still processed.",
        ),
        source: Source { document: QUEBEC_CA, date: "2025-11-19", section: Text::new("PEQ", "PEQ") },
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
        source: Source { document: QUEBEC_CA, date: "2024-11-29", section: Text::new("PSTQ", "PSTQ") },
    },
    ProgramNote {
        id: "family-reunification-cap",
        services: &["regroupement-familial"],
        from: Some(ymd(2024, 6, 26)),
        until: Some(ymd(2026, 6, 25)),
        scope: NoteScope::ReceivedWhileInForce,
        text: Text::new(
            "Au plus 13 000 engagements sont reçus du 26 juin 2024 au 25 juin 2026. Une fois ce plafond atteint, des demandes sont retournées sans être traitées.",
            "At most 13,000 undertakings are accepted from June 26, 2024 to June 25, 2026. Once the cap is reached, some requests are returned unprocessed.",
        ),
        source: Source { document: QUEBEC_CA, date: "2024-06-26", section: Text::new("Regroupement familial", "Family reunification") },
    },
    ProgramNote {
        id: "caq-caps",
        services: &["caq-etudes"],
        from: None,
        until: Some(ymd(2027, 12, 16)),
        scope: NoteScope::ReceivedWhileInForce,
        text: Text::new(
            "Le nombre de demandes de CAQ pour études est plafonné par décret, le plus récent jusqu'au 16 décembre 2027.",
            "The number of CAQ applications for studies is capped by decree, the latest until December 16, 2027.",
        ),
        source: Source { document: QUEBEC_CA, date: "2025", section: Text::new("Études", "Studies") },
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
            "85,5 % des cours à temps complet ont commencé dans les 50 jours en 2022-2023.",
            "85.5% of full-time courses started within 50 days in 2022-2023.",
        ),
        source: CLF_2023_24,
    },
    PublishedResult {
        service: "francisation-temps-complet",
        period: "2023-2024",
        text: Text::new(
            "67,7 % seulement en 2023-2024 (cible : 80 %). Attente moyenne : 45 jours ouvrables à temps complet, 86 à temps partiel.",
            "Only 67.7% in 2023-2024 (target: 80%). Average wait: 45 business days full-time, 86 part-time.",
        ),
        source: CLF_2023_24,
    },
];

pub const ANNOUNCED_DELAYS: &[AnnouncedDelay] = &[AnnouncedDelay {
    service: "francisation-temps-complet",
    extra_business_days: 25,
    since: ymd(2024, 1, 24),
    text: Text::new(
        "Depuis janvier 2024, le Ministère avertit que 25 jours ouvrables de plus peuvent être nécessaires pour une première demande à temps complet.",
        "Since January 2024, the Ministry warns that 25 more business days may be needed for a first full-time request.",
    ),
    source: Source {
        document: Text::new("Le Devoir, d'après la page du ministère", "Le Devoir, citing the Ministry's page"),
        date: "2024-01-24",
        section: Text::new("Francisation Québec", "Francisation Québec"),
    },
}];
