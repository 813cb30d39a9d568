//! A contact of the rules data (docs/rules.md §4b): every channel the Déclaration
//! gives, with its hours, wherever the page tells someone to write, call or mail.

use yew::prelude::*;

use crate::engine::rules::Contact;
use crate::engine::Catalogue;
use crate::export::colon;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

/// A number kept on one line ("1 800 771-0464" never breaks inside).
pub fn unbreakable(number: &str) -> String {
    number.replace(' ', "\u{a0}")
}

/// `tel:` address for a North American number as the Déclaration prints it.
fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.len() {
        10 => format!("tel:+1{digits}"),
        _ => format!("tel:+{digits}"),
    }
}

/// A postal address, a line per element.
pub fn postal_address(lines: &[&str]) -> Html {
    html! {
        <address>{ for lines.iter().map(|l| html! { <>{ l.to_string() }<br /></> }) }</address>
    }
}

/// A contact of the official catalogue (`rules::COMPLAINTS`…), with its name and purpose
/// when `named` (off when the surrounding block already says them).
pub fn contact_card(id: &str, lang: Lang, named: bool) -> Html {
    let Some(contact) = Catalogue::OFFICIAL.contact(id) else { return html! {} };
    card(contact, lang, named)
}

fn card(contact: &Contact, lang: Lang, named: bool) -> Html {
    let t = ui(lang);
    let (voice, tty): (Vec<_>, Vec<_>) = contact.phones.iter().partition(|p| !p.tty);
    let phone_list = |phones: &[&crate::engine::rules::Phone], label: &'static str| {
        if phones.is_empty() {
            return html! {};
        }
        html! {
            <div class="contact-phones">
                <p class="contact-label">{ label }</p>
                <ul>
                    { for phones.iter().map(|p| html! {
                        <li>
                            if let Some(area) = p.area {
                                { area.get(lang) }{ colon(lang) }
                            }
                            <a href={tel_href(p.number)}>{ unbreakable(p.number) }</a>
                            if p.toll_free {
                                { format!(" ({})", t.contact_toll_free) }
                            }
                        </li>
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <div class="contact" id={format!("contact-{}", contact.id)}>
            if named {
                <p class="contact-name">{ contact.name.get(lang) }</p>
                <p class="contact-purpose">{ contact.purpose.get(lang) }</p>
            }
            { phone_list(&voice, t.contact_phone) }
            { phone_list(&tty, t.contact_tty) }
            if !contact.hours.is_empty() || contact.closed.is_some() {
                <ul class="contact-hours">
                    { for contact.hours.iter().map(|h| html! { <li>{ h.get(lang) }</li> }) }
                    if let Some(closed) = contact.closed {
                        <li>{ closed.get(lang) }</li>
                    }
                </ul>
            }
            if let Some(form) = contact.online_form {
                <p>
                    <span class="contact-label">{ t.contact_online }</span>{ colon(lang) }
                    if let Some(url) = form.url {
                        <a href={url} rel="noopener noreferrer">{ form.name.get(lang) }</a>
                    } else {
                        { form.name.get(lang) }
                    }
                </p>
            }
            if let Some(fax) = contact.fax {
                <p><span class="contact-label">{ t.contact_fax }</span>{ colon(lang) }{ unbreakable(fax) }</p>
            }
            if !contact.post.is_empty() {
                <p class="contact-label">{ t.contact_post }</p>
                { postal_address(contact.post) }
            }
        </div>
    }
}
