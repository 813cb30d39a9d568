//! The sentences that explain each recourse (docs/rules.md §4), in both languages:
//! who may ask, how, what is and is not published, and why re-examination is, is not,
//! or may be open. The engine decides which applies; the page, the summary and the
//! JSON interface show these words.

use super::Text;

/// Déclaration 2021, "Recours : Demande d'un réexamen administratif": who may ask.
/// It names no form: the page to consult is `REEXAMINATION_PAGE`.
pub const REEXAMINATION_CONDITION: Text = Text::new(
    "Vous pouvez la demander si vous avez des motifs de croire que la décision de refus ou de rejet a été prise par erreur, selon les cas précisés dans la Politique sur le réexamen administratif.",
    "You may ask for it if you have reason to believe that the refusal or rejection was decided in error, in the cases set out in the Politique sur le réexamen administratif (administrative re-examination policy).",
);
/// The ministry's page with the conditions and the documents to send.
pub const REEXAMINATION_PAGE: &str = "Demande de réexamen administratif";
pub const REEXAMINATION_HOW: Text = Text::new(
    "Les conditions et les documents à fournir sont sur la page « Demande de réexamen administratif » du Ministère. La demande doit obligatoirement être envoyée par courrier postal et arriver au Service de réexamen administratif dans les 90 jours civils suivant la date de la décision.",
    "The conditions and the documents to send are on the Ministry's page “Demande de réexamen administratif”. The request must be sent by post and must reach the Service de réexamen administratif within 90 calendar days after the date of the decision.",
);
/// Nothing is published on how long the ministry takes to answer.
pub const REEXAMINATION_ANSWER_DELAY: Text = Text::new(
    "Aucun délai de réponse n'est publié pour le réexamen administratif.",
    "No delay is published for the Ministry's answer to a re-examination.",
);
/// Déclaration 2021, "Recours : Demande de reconsidération d'une décision".
pub const RECONSIDERATION_FORM: &str = "Demande de reconsidération d'une décision";

pub const TRIBUNAL_TEXT: Text = Text::new(
    "Un refus se conteste devant le Tribunal administratif du Québec. Le délai est fixé par la loi : lisez-le dans la lettre de décision. Délais ne calcule pas cette date.",
    "A refusal is contested before the Tribunal administratif du Québec. The delay is set by law: read it in the decision letter. Délais does not compute this date.",
);
/// What a ground is: the Déclaration's three are examples ("Par exemple").
pub const RECONSIDERATION_GROUNDS: Text = Text::new(
    "Pour être étudiée, la demande doit s'appuyer sur un motif susceptible de modifier votre admissibilité aux cours et à l'aide financière de ces programmes. Par exemple : un changement dans votre situation ; une erreur ou un oubli de votre part dans la demande initiale ; un fait essentiel omis par le Ministère au moment de sa décision. Un autre motif qui peut modifier votre admissibilité compte aussi.",
    "To be examined, the request must rest on a ground likely to change your eligibility for these programs' courses and financial aid. For example: a change in your situation; an error or omission on your part in the initial request; an essential fact the Ministry left out when it decided. Another ground that may change your eligibility counts too.",
);
/// Any decision on these programs can be reconsidered, not only a refusal.
pub const RECONSIDERATION_SCOPE: Text = Text::new(
    "Elle vise toute décision sur le PILI ou le PAFILI avec laquelle vous êtes en désaccord : un refus, mais aussi, par exemple, un cours accordé sans l'aide financière.",
    "It covers any decision on PILI or PAFILI you disagree with: a refusal, but also, for example, a course granted without the financial aid.",
);
pub const RECONSIDERATION_HOW: Text = Text::new(
    "Remplissez le formulaire « Demande de reconsidération d'une décision » et envoyez-le par courrier postal. Aucun délai n'est publié, ni pour envoyer la demande ni pour la réponse du Ministère : agissez rapidement.",
    "Fill in the form “Demande de reconsidération d'une décision” (request for reconsideration of a decision) and send it by post. No deadline is published, neither for sending the request nor for the Ministry's answer: act promptly.",
);
pub const EVALUATION_REVIEW_TEXT: Text = Text::new(
    "L'évaluation comparative n'est pas réexaminée, mais vous pouvez envoyer de nouveaux documents ou exprimer votre désaccord par courrier postal dans les 365 jours suivant la réponse.",
    "The comparative evaluation is not re-examined, but you can send new documents or state your disagreement by post within 365 days after the answer.",
);

/// Déclaration 2021, "Formuler une plainte ou un commentaire": what the complaints
/// team does with a request that is not its own.
pub const COMPLAINT_TRANSFER: Text = Text::new(
    "Si votre demande ne relève pas de l'équipe de la gestion des plaintes, elle est transférée au service concerné ou vers le recours possible, et vous en êtes informé.",
    "If your request is not for the complaints team, it is transferred to the service concerned or to the recourse open to you, and you are told so.",
);

/// Things a person may mistake for a re-examinable decision.
pub const REEXAMINATION_CAVEATS: &[Text] = &[
    Text::new(
        "Une « intention de refus » n'est pas une décision : répondez dans le délai qu'elle donne (par exemple 60 jours pour un CAQ).",
        "A “notice of intent to refuse” is not a decision: reply within the delay it gives (for example 60 days for a CAQ).",
    ),
    Text::new(
        "Une décision fondée sur une évaluation orale du français ne peut pas être réexaminée.",
        "A decision based on an oral French evaluation cannot be re-examined.",
    ),
];

// Why re-examination is, is not, or may be open (`EligibilityReason::text`).

/// A refusal or a rejection of a reviewable request.
pub const REASON_REFUSED_OR_REJECTED: Text = Text::new(
    "Un refus ou un rejet de cette demande peut faire l'objet d'un réexamen administratif.",
    "A refusal or a rejection of this request can be re-examined.",
);

/// No decision entered yet: open if the decision is a refusal or a rejection.
pub const REASON_IF_REFUSED_OR_REJECTED: Text = Text::new(
    "Si la décision est un refus ou un rejet, vous pourrez demander un réexamen administratif.",
    "If the decision is a refusal or a rejection, you can ask for an administrative re-examination.",
);

/// An acceptance: nothing to contest.
pub const REASON_ACCEPTED: Text = Text::new(
    "Votre demande a été acceptée : il n'y a rien à contester.",
    "Your request was accepted: there is nothing to contest.",
);

/// A refusal of a family-reunification undertaking goes to the TAQ instead.
pub const REASON_FAMILY_REFUSAL_GOES_TO_TRIBUNAL: Text = Text::new(
    "Le refus d'un engagement de regroupement familial se conteste devant le Tribunal administratif du Québec, pas par réexamen.",
    "A refusal of a family-reunification undertaking is contested before the Tribunal administratif du Québec, not by re-examination.",
);

/// No decision yet on a family undertaking: re-examination for a rejection only.
pub const REASON_IF_REJECTED: Text = Text::new(
    "Un rejet peut être réexaminé ; un refus se conteste devant le Tribunal administratif du Québec.",
    "A rejection can be re-examined; a refusal is contested before the Tribunal administratif du Québec.",
);

/// The comparative evaluation is not re-examined.
pub const REASON_EVALUATION_NOT_REVIEWABLE: Text = Text::new(
    "L'évaluation comparative ne fait pas l'objet d'un réexamen administratif.",
    "The comparative evaluation is not open to administrative re-examination.",
);

/// PSTQ: not confirmed.
pub const REASON_UNCONFIRMED: Text = Text::new(
    "Non confirmé : la Politique sur le réexamen administratif de 2021 précède le PSTQ. Renseignez-vous auprès du Ministère ; par prudence, la date ci-dessous suppose le délai de 90 jours.",
    "Not confirmed: the 2021 re-examination policy predates the PSTQ. Ask the Ministry; to be safe, the date below assumes the 90-day delay.",
);
