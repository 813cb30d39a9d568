//! Every text of the interface, once per language. `Ui` is a struct: a text missing
//! from `FR` or `EN` is a missing field, and the build fails. Its fields follow the
//! page from top to bottom (masthead, picker, form, answer, footer), then what leaves
//! the page (the summary, the calendar file); `FR` and `EN` list them in the same order.
//!
//! Québec French: « courriel », « jours ouvrables », « demande de réexamen ».

use super::Lang;

pub struct Ui {
    // The masthead: the skip link, the app's name, the language switch.
    pub skip_to_result: &'static str,
    pub app_title: &'static str,
    pub switch_language: &'static str,
    pub switch_language_lang: &'static str,

    // The introduction.
    pub tagline: &'static str,
    pub privacy: &'static str,
    /// The link to the caseload page (`dossiers.html`), for counsellors.
    pub caseload_link: &'static str,

    // A widget's situation that the catalogue does not know, above the picker.
    pub unknown_service: fn(&str) -> String,

    // The picker.
    pub situation_label: &'static str,
    pub situation_hint: &'static str,
    pub situation_placeholder: &'static str,

    // The notice after « Recommencer », below the picker, and its way back.
    pub reset_done: &'static str,
    pub undo_button: &'static str,
    pub undo_done: &'static str,

    // The error summary, at the top of the form: the form's errors and a link's unreadable parts.
    pub error_summary_title: &'static str,
    pub url_problem: fn(&str, &str) -> String,
    pub url_problems_more: fn(usize) -> String,
    pub url_extra_stops: fn(usize, usize) -> String,

    // The form, field by field: the dates.
    pub dates_legend: &'static str,
    pub received_label: &'static str,
    pub received_hint: &'static str,
    pub date_placeholder: &'static str,

    // The suspensions.
    pub stops_legend: &'static str,
    pub stops_hint: &'static str,
    pub stop_heading: fn(usize) -> String,
    pub stop_from_label: &'static str,
    pub stop_to_label: &'static str,
    pub date_hint: &'static str,
    pub stop_open: fn(&str) -> String,
    pub stop_remove: fn(usize) -> String,
    pub stop_add: &'static str,

    // The decision.
    pub decision_legend: &'static str,
    pub decision_no: &'static str,
    pub decision_yes: &'static str,
    pub decision_date_label: &'static str,
    pub decision_date_hint: &'static str,
    pub outcome_legend: &'static str,
    /// What each decision means, beside its choice.
    pub outcome_hint_refusal: &'static str,
    pub outcome_hint_rejection: &'static str,
    pub outcome_hint_acceptance: &'static str,

    // Where a request is mailed from; the reconsideration's grounds.
    pub mailing_label: &'static str,
    pub mailing_hint: &'static str,
    pub grounds_legend: &'static str,
    pub grounds_hint: &'static str,

    // The counsellors' options, then the form's last button.
    pub options_summary: &'static str,
    pub as_of_label: &'static str,
    pub as_of_hint: &'static str,
    pub calendar_label: &'static str,
    pub action_reset: &'static str,

    // The phone's summary bar, below the form.
    pub bar_label: &'static str,
    pub bar_target: fn(&str) -> String,
    pub bar_days_left: fn(i64) -> String,
    pub bar_paused: &'static str,
    pub bar_due_today: &'static str,
    pub bar_overdue: fn(i64) -> String,
    pub bar_reexam: fn(&str) -> String,
    pub bar_link: &'static str,

    // The answer: its heading, or what it waits for.
    pub result_heading: &'static str,
    pub result_waiting: &'static str,

    // The headline: the target and its standard.
    /// Above the target when the program was closed on the day of receipt.
    pub closed_title: &'static str,
    /// Above the headline: the date is a target, never a deadline.
    pub target_label: &'static str,
    pub share: fn(u8) -> String,
    pub standard_line: fn(u32, &str, u8) -> String,
    pub unit_business_days: (&'static str, &'static str),
    pub unit_calendar_days: (&'static str, &'static str),
    pub unit_months: (&'static str, &'static str),
    pub announced_heading: &'static str,
    pub published_heading: &'static str,

    // The status as of a day.
    pub status_heading: &'static str,
    pub as_of_today: fn(&str) -> String,
    pub status_not_received: fn(i64) -> String,
    /// Elapsed, left, and whether the count is in business days (else calendar days).
    pub status_counting: fn(u32, u32, bool) -> String,
    pub status_paused: fn(&str, &str) -> String,
    pub status_due_today: &'static str,
    pub status_overdue: fn(i64, u32) -> String,
    pub status_overdue_next: &'static str,
    pub status_follow_up: fn(&str, u32, u8) -> String,
    pub status_decided_on_time: fn(&str) -> String,
    pub status_decided_late: fn(&str, i64) -> String,

    // The actions, and what they say once done.
    pub actions_heading: &'static str,
    pub action_copy: &'static str,
    pub action_share: &'static str,
    pub action_calendar: &'static str,
    pub action_print: &'static str,
    pub action_copied: &'static str,
    pub action_copy_failed: &'static str,
    pub action_copy_unavailable: &'static str,
    pub action_shared: &'static str,

    // Why this date: the skipped days.
    pub why_heading: &'static str,
    pub why_intro: fn(&str, u32, &str) -> String,
    pub why_none: &'static str,
    pub why_summary: fn(usize) -> String,
    pub why_weekends: fn(usize) -> String,
    pub why_stop: fn(&str, &str, usize) -> String,

    // The recourse.
    pub recourse_heading: &'static str,
    pub reexam_heading: &'static str,
    pub eligible_yes: &'static str,
    pub eligible_no: &'static str,
    pub eligible_unknown: &'static str,
    /// The date, and the delay in calendar days (`recourse::REEXAMINATION_DAYS`).
    pub reexam_deadline: fn(&str, u64) -> String,
    pub reexam_days_left: fn(i64) -> String,
    pub reexam_mail_by: fn(&str, &str) -> String,
    pub reexam_enter_decision: &'static str,
    pub reexam_how: &'static str,
    pub tribunal_heading: &'static str,
    pub reconsideration_heading: &'static str,
    pub reconsideration_ok: &'static str,
    pub reconsideration_no_ground: &'static str,
    pub reconsideration_heading_form: &'static str,
    pub evaluation_heading: &'static str,
    /// The date, and the delay in days (`recourse::EVALUATION_REVIEW_DAYS`).
    pub evaluation_deadline: fn(&str, u64) -> String,
    pub complaint_heading: &'static str,
    pub complaint_text: fn(u32, u8) -> String,

    // The contacts.
    pub contacts_heading: &'static str,
    pub documents_heading: &'static str,
    pub contact_phone: &'static str,
    pub contact_toll_free: &'static str,
    pub contact_tty: &'static str,
    pub contact_online: &'static str,
    pub contact_fax: &'static str,
    pub contact_post: &'static str,

    // The timeline and its axis.
    pub timeline_heading: &'static str,
    pub timeline_received: &'static str,
    pub timeline_stop: &'static str,
    pub timeline_target: &'static str,
    pub timeline_announced: &'static str,
    pub timeline_decision: &'static str,
    pub timeline_mail_by: &'static str,
    pub timeline_deadline: &'static str,
    pub timeline_today: &'static str,
    pub axis_announced: &'static str,
    pub axis_mail_by: &'static str,
    pub axis_deadline: &'static str,
    pub axis_evaluation: &'static str,
    pub month_short: [&'static str; 12],

    // The notes, the warnings and the sources.
    pub notes_heading: &'static str,
    pub warnings_heading: &'static str,
    pub sources_heading: &'static str,
    pub source_standard: fn(&str, &str, &str) -> String,
    pub disclaimer: &'static str,

    // The footer.
    pub footer: &'static str,
    /// The day the rules were last checked, in the footer and the answer's sources.
    pub rules_checked: fn(&str) -> String,

    // What leaves the page: the text summary and the calendar file's events.
    pub summary_title: &'static str,
    pub summary_skipped: &'static str,
    pub summary_link: &'static str,
    pub ics_target: &'static str,
    pub ics_announced: &'static str,
    pub ics_mail_by: &'static str,
    pub ics_deadline: &'static str,
    pub ics_evaluation: &'static str,
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// "3 jours": the number and its noun never break apart (no-break space).
fn plural_fr(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", super::plural(Lang::Fr, n, one, many))
}

fn plural_en(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", super::plural(Lang::En, n, one, many))
}

/// "8 demandes sur 10" reads better than "80 %"; 85 % stays "85 sur 100".
fn share_parts(percent: u8) -> (u8, u8) {
    if percent % 10 == 0 {
        (percent / 10, 10)
    } else {
        (percent, 100)
    }
}

pub const FR: Ui = Ui {
    skip_to_result: "Aller au résultat",
    app_title: "Délais",
    switch_language: "English",
    switch_language_lang: "en",

    tagline: "Quand le ministère de l'Immigration (MIFI) vise-t-il à vous répondre, et jusqu'à quand pouvez-vous contester une décision ?",
    privacy: "Tout est calculé dans votre navigateur : rien de ce que vous saisissez n'est envoyé ni conservé ailleurs que dans l'adresse de la page. Pour fonctionner hors ligne, le navigateur garde seulement les fichiers de l'application.",
    caseload_link: "Plusieurs dossiers ? Ouvrir le tableau des dossiers",

    unknown_service: |v| format!("Cet outil devait s'ouvrir sur la situation « {v} », que Délais ne connaît pas. Choisissez votre situation dans la liste."),

    situation_label: "Quelle demande avez-vous faite ?",
    situation_hint: "Les délais viennent de la Déclaration de services à la clientèle du Ministère.",
    situation_placeholder: "Choisissez une situation",

    reset_done: "Le formulaire a été vidé.",
    undo_button: "Annuler et retrouver mes réponses",
    undo_done: "Vos réponses sont revenues.",

    error_summary_title: "Il y a un problème",
    url_problem: |name, value| format!("Le lien contenait « {name}={value} », que Délais ne reconnaît pas : cette valeur a été ignorée."),
    url_problems_more: |n| format!("… et {} du lien, ignorées aussi.", plural_fr(n as i64, "autre partie", "autres parties")),
    url_extra_stops: |n, max| format!("Le lien contenait {} de plus que les {max} que Délais accepte\u{a0}: elles ont été ignorées.", plural_fr(n as i64, "demande de documents", "demandes de documents")),

    dates_legend: "Vos dates",
    received_label: "Date de réception de la demande",
    received_hint: "La date où le Ministère a reçu votre demande (accusé de réception). Format : AAAA-MM-JJ.",
    date_placeholder: "AAAA-MM-JJ",

    stops_legend: "Demandes de documents (dossier incomplet)",
    stops_hint: "Si le Ministère vous a demandé des documents, le délai est suspendu entre sa demande et la réception de vos documents.",
    stop_heading: |n| format!("Suspension {n}"),
    stop_from_label: "Date de la demande de documents",
    stop_to_label: "Date de réception des documents par le Ministère",
    date_hint: "Format : AAAA-MM-JJ, par exemple 2026-01-26.",
    stop_open: |d| format!("Documents pas encore reçus\u{a0}: le délai est compté comme suspendu jusqu'au {d}\u{a0}; la date cible est repoussée chaque jour tant qu'ils n'arrivent pas."),
    stop_remove: |n| format!("Retirer la suspension {n}"),
    stop_add: "Ajouter une demande de documents",

    decision_legend: "Avez-vous reçu une décision ?",
    decision_no: "Non, pas encore",
    decision_yes: "Oui",
    decision_date_label: "Date de la décision",
    decision_date_hint: "La date écrite sur la lettre, pas le jour où vous l'avez reçue. Format : AAAA-MM-JJ.",
    outcome_legend: "Quelle est la décision ?",
    outcome_hint_refusal: "Votre demande a été examinée et refusée.",
    outcome_hint_rejection: "Votre demande n'a pas été examinée (incomplète, non admissible…).",
    outcome_hint_acceptance: "Votre demande a été acceptée.",

    mailing_label: "D'où enverrez-vous une demande par la poste ?",
    mailing_hint: "Sert à calculer la date limite d'envoi.",
    grounds_legend: "Motifs de reconsidération (cochez ceux qui s'appliquent)",
    grounds_hint: "Les trois premiers sont des exemples donnés par le Ministère : tout motif qui peut modifier votre admissibilité compte.",

    options_summary: "Options pour les intervenants",
    as_of_label: "Calculer la situation au",
    as_of_hint: "Laissez vide pour aujourd'hui. Format : AAAA-MM-JJ.",
    calendar_label: "Calendrier des jours fériés",
    action_reset: "Recommencer",

    bar_label: "Résumé du résultat",
    bar_target: |d| format!("Date cible\u{a0}: {d}"),
    bar_days_left: |n| format!("Encore {}", plural_fr(n, "jour", "jours")),
    bar_paused: "Délai suspendu",
    bar_due_today: "C'est aujourd'hui",
    bar_overdue: |n| format!("Dépassée de {}", plural_fr(n, "jour", "jours")),
    bar_reexam: |d| format!("Date limite pour demander un réexamen\u{a0}: {d}"),
    bar_link: "Voir la réponse complète",

    result_heading: "Résultat",
    result_waiting: "Choisissez une situation et entrez la date de réception : le résultat s'affiche ici.",

    closed_title: "Programme fermé à cette date",
    target_label: "Date cible",
    share: |p| {
        let (a, b) = share_parts(p);
        format!("Le Ministère vise à respecter ce délai pour {a} demandes sur {b}. C'est une cible, pas une promesse.")
    },
    standard_line: |amount, unit, p| format!("Norme : {amount} {unit}. Cible : pour {p} % des demandes."),
    unit_business_days: ("jour ouvrable", "jours ouvrables"),
    unit_calendar_days: ("jour civil", "jours civils"),
    unit_months: ("mois", "mois"),
    announced_heading: "Délai supplémentaire annoncé par le Ministère",
    published_heading: "Résultats publiés",

    status_heading: "Où en est votre demande",
    as_of_today: |d| format!("Au {d}"),
    status_not_received: |n| format!("La demande sera reçue dans {}.", plural_fr(n, "jour", "jours")),
    status_counting: |elapsed, left, business| {
        let (one, many) = if business {
            ("jour ouvrable écoulé", "jours ouvrables écoulés")
        } else {
            ("jour civil écoulé", "jours civils écoulés")
        };
        format!("{} ; il en reste {left}.", plural_fr(i64::from(elapsed), one, many))
    },
    status_paused: |from, to| format!("Le délai est suspendu depuis le {from} en attendant vos documents (jusqu'au {to})."),
    status_due_today: "C'est aujourd'hui la date cible.",
    status_overdue: |days, business| format!(
        "La date cible est dépassée de {} ({}).",
        plural_fr(days, "jour", "jours"),
        plural_fr(i64::from(business), "jour ouvrable", "jours ouvrables")
    ),
    status_overdue_next: "Que faire : écrivez au Ministère ou appelez-le (coordonnées ci-dessous), puis, sans réponse, formulez une plainte.",
    status_follow_up: |what, days, p| format!("{what} : le Ministère vise à répondre en {} pour {p} % des demandes.", plural_fr(i64::from(days), "jour ouvrable", "jours ouvrables")),
    status_decided_on_time: |d| format!("Décision rendue le {d}, avant la date cible ou à cette date."),
    status_decided_late: |d, late| format!("Décision rendue le {d}, {} après la date cible.", plural_fr(late, "jour", "jours")),

    actions_heading: "Garder ce résultat",
    action_copy: "Copier le résumé",
    action_share: "Copier le lien",
    action_calendar: "Ajouter au calendrier (.ics)",
    action_print: "Imprimer",
    action_copied: "Résumé copié.",
    action_copy_failed: "La copie a échoué : sélectionnez le texte à la main.",
    action_copy_unavailable: "Ce navigateur ne permet pas de copier ici\u{a0}: sélectionnez le texte à la main.",
    action_shared: "Lien copié.",

    why_heading: "Pourquoi cette date",
    why_intro: |received, amount, unit| format!("Le jour de réception ({received}) est le jour 0. On compte ensuite {amount} {unit}, en sautant les jours suivants :"),
    why_none: "Aucun jour sauté.",
    why_summary: |n| format!("Voir les {} non comptés", plural_fr(n as i64, "jour", "jours")),
    why_weekends: |n| format!("{} de fin de semaine", plural_fr(n as i64, "jour", "jours")),
    why_stop: |from, to, n| format!("Suspension du {from} au {to} ({})", plural_fr(n as i64, "jour", "jours")),

    recourse_heading: "Si la décision ne vous convient pas",
    reexam_heading: "Demande de réexamen administratif",
    eligible_yes: "Possible",
    eligible_no: "Non applicable",
    eligible_unknown: "Non confirmé",
    reexam_deadline: |d, days| format!("Date limite pour demander un réexamen : votre demande doit arriver au plus tard le {d} ({days} jours civils après la date de la décision)."),
    reexam_days_left: |n| {
        if n >= 0 {
            format!("Il reste {}.", plural_fr(n, "jour", "jours"))
        } else {
            format!("Délai dépassé depuis {}.", plural_fr(-n, "jour", "jours"))
        }
    },
    reexam_mail_by: |d, origin| format!("Postez-la au plus tard le {d} si vous l'envoyez {origin}, par un envoi avec suivi."),
    reexam_enter_decision: "Entrez la date de la décision pour connaître la date limite.",
    reexam_how: "Par courrier postal seulement, à cette adresse :",
    tribunal_heading: "Tribunal administratif du Québec",
    reconsideration_heading: "Demande de reconsidération (PILI / PAFILI)",
    reconsideration_ok: "Avec ce motif, vous pouvez demander une reconsidération. C'est le Ministère qui décide si le motif peut modifier votre admissibilité.",
    reconsideration_no_ground: "Quel est votre motif ? Indiquez-le avec la décision, plus haut.",
    reconsideration_heading_form: "Formulaire et adresse",
    evaluation_heading: "Nouveaux documents ou désaccord",
    evaluation_deadline: |d, days| format!("Votre envoi doit arriver d'ici le {d} ({days} jours après la réponse)."),
    complaint_heading: "Formuler une plainte ou un commentaire",
    complaint_text: |days, p| format!("En tout temps, sur les services ou sur une décision. Le Ministère vise à répondre en {} pour {p} % des plaintes.", plural_fr(i64::from(days), "jour ouvrable", "jours ouvrables")),

    contacts_heading: "Pour joindre le Ministère",
    documents_heading: "Pour envoyer des documents",
    contact_phone: "Téléphone",
    contact_toll_free: "sans frais",
    contact_tty: "ATS (téléimprimeur)",
    contact_online: "En ligne",
    contact_fax: "Télécopieur",
    contact_post: "Courrier postal",

    timeline_heading: "Chronologie",
    timeline_received: "Réception",
    timeline_stop: "Suspension",
    timeline_target: "Date cible",
    timeline_announced: "Avec le délai annoncé",
    timeline_decision: "Décision",
    timeline_mail_by: "Poster au plus tard",
    timeline_deadline: "Date limite pour demander un réexamen",
    timeline_today: "Aujourd'hui",
    axis_announced: "Délai annoncé",
    axis_mail_by: "Dernier envoi",
    axis_deadline: "Limite (réexamen)",
    axis_evaluation: "Limite (documents)",
    month_short: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."],

    notes_heading: "À savoir sur ce programme",
    warnings_heading: "Hypothèses et mises en garde",
    sources_heading: "Sources",
    source_standard: |doc, edition, section| format!("{doc}, {edition}, section « {section} »."),
    disclaimer: "Délais donne une estimation à partir des normes publiées. Ce n'est ni une décision ni un avis juridique, et Délais ne peut pas dire si votre demande sera acceptée ni si elle sera étudiée : en cas de doute, fiez-vous aux lettres du Ministère.",

    footer: "Délais n'est pas un service du gouvernement du Québec.",
    rules_checked: |d| format!("Règles vérifiées le {d}."),

    summary_title: "Délais — estimation",
    summary_skipped: "Jours non comptés",
    summary_link: "Lien",
    ics_target: "Date cible",
    ics_announced: "Date cible avec le délai annoncé",
    ics_mail_by: "Poster la demande de réexamen",
    ics_deadline: "Date limite pour demander un réexamen",
    ics_evaluation: "Fin du délai pour l'évaluation comparative",
};

pub const EN: Ui = Ui {
    skip_to_result: "Skip to the result",
    app_title: "Délais",
    switch_language: "Français",
    switch_language_lang: "fr",

    tagline: "When does Québec's immigration ministry (MIFI) aim to answer you, and until when can you contest a decision?",
    privacy: "Everything is computed in your browser: nothing you type is sent or kept anywhere but in the page's address. To work offline, your browser keeps only the app's own files.",
    caseload_link: "Several files? Open the caseload table",

    unknown_service: |v| format!("This tool was set up for the situation “{v}”, which Délais does not know. Choose your situation from the list."),

    situation_label: "What did you apply for?",
    situation_hint: "The delays come from the Ministry's Statement of services to clients.",
    situation_placeholder: "Choose a situation",

    reset_done: "The form was cleared.",
    undo_button: "Undo and bring my answers back",
    undo_done: "Your answers are back.",

    error_summary_title: "There is a problem",
    url_problem: |name, value| format!("The link contained “{name}={value}”, which Délais does not recognise: it was ignored."),
    url_problems_more: |n| format!("… and {} of the link, also ignored.", plural_en(n as i64, "other part", "other parts")),
    url_extra_stops: |n, max| format!("The link held {} beyond the {max} Délais accepts: they were ignored.", plural_en(n as i64, "request for documents", "requests for documents")),

    dates_legend: "Your dates",
    received_label: "Date the request was received",
    received_hint: "The date the Ministry received your request (acknowledgement of receipt). Format: YYYY-MM-DD.",
    date_placeholder: "YYYY-MM-DD",

    stops_legend: "Requests for documents (incomplete file)",
    stops_hint: "If the Ministry asked you for documents, the count is suspended from its request until it receives your documents.",
    stop_heading: |n| format!("Suspension {n}"),
    stop_from_label: "Date documents were requested",
    stop_to_label: "Date the Ministry received the documents",
    date_hint: "Format: YYYY-MM-DD, for example 2026-01-26.",
    stop_open: |d| format!("Documents not received yet: the count is taken as suspended until {d}; the target date is pushed back each day until they arrive."),
    stop_remove: |n| format!("Remove suspension {n}"),
    stop_add: "Add a request for documents",

    decision_legend: "Have you received a decision?",
    decision_no: "No, not yet",
    decision_yes: "Yes",
    decision_date_label: "Date of the decision",
    decision_date_hint: "The date printed on the letter, not the day you got it. Format: YYYY-MM-DD.",
    outcome_legend: "What is the decision?",
    outcome_hint_refusal: "Your request was examined and refused.",
    outcome_hint_rejection: "Your request was not examined (incomplete, ineligible…).",
    outcome_hint_acceptance: "Your request was accepted.",

    mailing_label: "Where would you mail a request from?",
    mailing_hint: "Used to work out the last day to mail it.",
    grounds_legend: "Grounds for reconsideration (tick those that apply)",
    grounds_hint: "The first three are examples the Ministry gives: any ground that may change your eligibility counts.",

    options_summary: "Options for counsellors",
    as_of_label: "Show the situation as of",
    as_of_hint: "Leave empty for today. Format: YYYY-MM-DD.",
    calendar_label: "Holiday calendar",
    action_reset: "Start over",

    bar_label: "Result summary",
    bar_target: |d| format!("Target date: {d}"),
    bar_days_left: |n| format!("{} left", plural_en(n, "day", "days")),
    bar_paused: "Count suspended",
    bar_due_today: "Due today",
    bar_overdue: |n| format!("Passed by {}", plural_en(n, "day", "days")),
    bar_reexam: |d| format!("Last day to ask for a re-examination: {d}"),
    bar_link: "See the full answer",

    result_heading: "Result",
    result_waiting: "Choose a situation and enter the date the request was received: the result appears here.",

    closed_title: "Program closed on that date",
    target_label: "Target date",
    share: |p| {
        let (a, b) = share_parts(p);
        format!("The Ministry aims to meet this delay for {a} requests out of {b}. It is a target, not a promise.")
    },
    standard_line: |amount, unit, p| format!("Standard: {amount} {unit}. Target: for {p}% of requests."),
    unit_business_days: ("business day", "business days"),
    unit_calendar_days: ("calendar day", "calendar days"),
    unit_months: ("month", "months"),
    announced_heading: "Extra delay announced by the Ministry",
    published_heading: "Published results",

    status_heading: "Where your request stands",
    as_of_today: |d| format!("As of {d}"),
    status_not_received: |n| format!("The request will be received in {}.", plural_en(n, "day", "days")),
    status_counting: |elapsed, left, business| {
        let (one, many) = if business { ("business day", "business days") } else { ("calendar day", "calendar days") };
        format!("{} used; {left} left.", plural_en(i64::from(elapsed), one, many))
    },
    status_paused: |from, to| format!("The count has been suspended since {from}, waiting for your documents (until {to})."),
    status_due_today: "Today is the target date.",
    status_overdue: |days, business| format!(
        "The target date has passed by {} ({}).",
        plural_en(days, "day", "days"),
        plural_en(i64::from(business), "business day", "business days")
    ),
    status_overdue_next: "What to do: write to or call the Ministry (contact details below), then, with no answer, make a complaint.",
    status_follow_up: |what, days, p| format!("{what}: the Ministry aims to answer within {} for {p}% of requests.", plural_en(i64::from(days), "business day", "business days")),
    status_decided_on_time: |d| format!("Decision made on {d}, on or before the target date."),
    status_decided_late: |d, late| format!("Decision made on {d}, {} after the target date.", plural_en(late, "day", "days")),

    actions_heading: "Keep this result",
    action_copy: "Copy the summary",
    action_share: "Copy the link",
    action_calendar: "Add to calendar (.ics)",
    action_print: "Print",
    action_copied: "Summary copied.",
    action_copy_failed: "Copying failed: select the text by hand.",
    action_copy_unavailable: "This browser cannot copy here: select the text by hand.",
    action_shared: "Link copied.",

    why_heading: "Why this date",
    why_intro: |received, amount, unit| format!("The day of receipt ({received}) is day 0. Then {amount} {unit} are counted, skipping these days:"),
    why_none: "No day skipped.",
    why_summary: |n| format!("See the {} not counted", plural_en(n as i64, "day", "days")),
    why_weekends: |n| format!("{} of weekends", plural_en(n as i64, "day", "days")),
    why_stop: |from, to, n| format!("Suspension from {from} to {to} ({})", plural_en(n as i64, "day", "days")),

    recourse_heading: "If you disagree with the decision",
    reexam_heading: "Request for administrative re-examination",
    eligible_yes: "Possible",
    eligible_no: "Does not apply",
    eligible_unknown: "Not confirmed",
    reexam_deadline: |d, days| format!("Last day to ask for a re-examination: your request must arrive by {d} ({days} calendar days after the date of the decision)."),
    reexam_days_left: |n| {
        if n >= 0 {
            format!("{} left.", plural_en(n, "day", "days"))
        } else {
            format!("Deadline passed {} ago.", plural_en(-n, "day", "days"))
        }
    },
    reexam_mail_by: |d, origin| format!("Mail it by {d} if you send it {origin}, with a tracked service."),
    reexam_enter_decision: "Enter the date of the decision to see the deadline.",
    reexam_how: "By post only, to this address:",
    tribunal_heading: "Tribunal administratif du Québec",
    reconsideration_heading: "Request for reconsideration (PILI / PAFILI)",
    reconsideration_ok: "With this ground, you can ask for reconsideration. The Ministry decides whether the ground may change your eligibility.",
    reconsideration_no_ground: "What is your ground? Tick it with the decision, above.",
    reconsideration_heading_form: "Form and address",
    evaluation_heading: "New documents or disagreement",
    evaluation_deadline: |d, days| format!("What you send must arrive by {d} ({days} days after the answer)."),
    complaint_heading: "Make a complaint or a comment",
    complaint_text: |days, p| format!("At any time, about the services or about a decision. The Ministry aims to answer within {} for {p}% of complaints.", plural_en(i64::from(days), "business day", "business days")),

    contacts_heading: "Contacting the Ministry",
    documents_heading: "Sending documents",
    contact_phone: "Phone",
    contact_toll_free: "toll-free",
    contact_tty: "TTY",
    contact_online: "Online",
    contact_fax: "Fax",
    contact_post: "Post",

    timeline_heading: "Timeline",
    timeline_received: "Received",
    timeline_stop: "Suspension",
    timeline_target: "Target date",
    timeline_announced: "With the announced delay",
    timeline_decision: "Decision",
    timeline_mail_by: "Mail by",
    timeline_deadline: "Last day to ask for a re-examination",
    timeline_today: "Today",
    axis_announced: "Announced delay",
    axis_mail_by: "Last day to mail",
    axis_deadline: "Last day (re-exam)",
    axis_evaluation: "Last day (documents)",
    month_short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],

    notes_heading: "Good to know about this program",
    warnings_heading: "Assumptions and warnings",
    sources_heading: "Sources",
    source_standard: |doc, edition, section| format!("{doc}, {edition}, section “{section}”."),
    disclaimer: "Délais gives an estimate from the published standards. It is neither a decision nor legal advice, and it cannot tell whether your request will be accepted or examined: when in doubt, rely on the Ministry's letters.",

    footer: "Délais is not a Government of Québec service.",
    rules_checked: |d| format!("Rules checked on {d}."),

    summary_title: "Délais — estimate",
    summary_skipped: "Days not counted",
    summary_link: "Link",
    ics_target: "Target date",
    ics_announced: "Target date with the announced delay",
    ics_mail_by: "Mail the re-examination request",
    ics_deadline: "Last day to ask for a re-examination",
    ics_evaluation: "Comparative evaluation deadline",
};
