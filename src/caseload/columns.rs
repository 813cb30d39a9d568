//! The caseload's columns: the JSON interface's names and their French names, read
//! case- and accent-insensitively (« Reçue le », `RECEIVED`, `reçue_le`). Every other
//! column is the counsellor's own and is kept, in its place. The columns Délais adds on
//! export are recognised too, so that re-importing an export gives the same table.

use crate::i18n::Lang;

/// A column the caseload reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    File,
    Service,
    Received,
    Pauses,
    DecisionDate,
    Outcome,
    MailingFrom,
    Grounds,
    Calendar,
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::File,
        Column::Service,
        Column::Received,
        Column::Pauses,
        Column::DecisionDate,
        Column::Outcome,
        Column::MailingFrom,
        Column::Grounds,
        Column::Calendar,
    ];

    /// The English header: the JSON interface's field name.
    pub fn english(self) -> &'static str {
        match self {
            Column::File => "file",
            Column::Service => "service",
            Column::Received => "received",
            Column::Pauses => "pauses",
            Column::DecisionDate => "decision_date",
            Column::Outcome => "outcome",
            Column::MailingFrom => "mailing_from",
            Column::Grounds => "grounds",
            Column::Calendar => "calendar",
        }
    }

    pub fn french(self) -> &'static str {
        match self {
            Column::File => "dossier",
            Column::Service => "service",
            Column::Received => "reçue le",
            Column::Pauses => "suspensions",
            Column::DecisionDate => "date de décision",
            Column::Outcome => "décision",
            Column::MailingFrom => "envoi depuis",
            Column::Grounds => "motifs",
            Column::Calendar => "calendrier",
        }
    }

    pub fn header(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.french(),
            Lang::En => self.english(),
        }
    }
}

/// A column Délais writes on export (and drops on import: it is recomputed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Computed {
    Target,
    Status,
    ReexaminationDeadline,
    MailBy,
    Error,
}

impl Computed {
    pub const ALL: [Computed; 5] =
        [Computed::Target, Computed::Status, Computed::ReexaminationDeadline, Computed::MailBy, Computed::Error];

    pub fn header(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Computed::Target, Lang::Fr) => "date cible",
            (Computed::Target, Lang::En) => "target date",
            (Computed::Status, Lang::Fr) => "état",
            (Computed::Status, Lang::En) => "status",
            (Computed::ReexaminationDeadline, Lang::Fr) => "date limite réexamen",
            (Computed::ReexaminationDeadline, Lang::En) => "re-examination deadline",
            (Computed::MailBy, Lang::Fr) => "poster au plus tard",
            (Computed::MailBy, Lang::En) => "mail by",
            (Computed::Error, Lang::Fr) => "erreur",
            (Computed::Error, Lang::En) => "error",
        }
    }
}

/// What a header means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    Input(Column),
    Computed(Computed),
    /// The counsellor's own column (notes, phone…): kept as it is.
    Own,
}

/// A header's meaning, whatever its case, accents, spaces or underscores.
pub fn meaning(header: &str) -> Meaning {
    let key = normalize(header);
    for column in Column::ALL {
        if key == normalize(column.english()) || key == normalize(column.french()) || aliases(column).contains(&key.as_str()) {
            return Meaning::Input(column);
        }
    }
    for computed in Computed::ALL {
        if Lang::ALL.iter().any(|lang| key == normalize(computed.header(*lang))) {
            return Meaning::Computed(computed);
        }
    }
    Meaning::Own
}

/// Other names a counsellor may already use, normalized.
fn aliases(column: Column) -> &'static [&'static str] {
    match column {
        Column::File => &["file label", "label", "client", "etiquette"],
        Column::Service => &["situation"],
        Column::Received => &["recu le", "date de reception", "received on"],
        Column::DecisionDate => &["decision date", "date decision"],
        Column::MailingFrom => &["mailing from", "envoi"],
        _ => &[],
    }
}

/// Lower case, without accents, with `_`, `-` and runs of spaces as one space: the form
/// in which headers and code-like cells are compared.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ÿ' => 'y',
            '’' => '\'',
            '_' | '-' | ' ' | '\u{a0}' => ' ',
            c => c,
        };
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_either_language_any_case_or_accents() {
        assert_eq!(meaning("Reçue le"), Meaning::Input(Column::Received));
        assert_eq!(meaning("RECUE_LE"), Meaning::Input(Column::Received));
        assert_eq!(meaning(" decision_date "), Meaning::Input(Column::DecisionDate));
        assert_eq!(meaning("Date de décision"), Meaning::Input(Column::DecisionDate));
        assert_eq!(meaning("Envoi depuis"), Meaning::Input(Column::MailingFrom));
        assert_eq!(meaning("État"), Meaning::Computed(Computed::Status));
        assert_eq!(meaning("Re-examination deadline"), Meaning::Computed(Computed::ReexaminationDeadline));
        assert_eq!(meaning("Téléphone"), Meaning::Own);
    }
}
