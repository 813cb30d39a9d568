//! `delais services` and `delais holidays` as JSON: the catalogue's services,
//! Déclarations and contacts, and the days off. Their parts (dates, sources, bilingual
//! texts, standards, contacts) are also the estimate's.

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::engine::rules::{Contact, Source, Standard};
use crate::engine::{within_horizon_year, CalendarId, Catalogue, Field, InputError};
use crate::i18n::{iso, Text};

/// A date as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS), ts(type = "string"))]
pub struct IsoDate(pub NaiveDate);

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&iso(self.0))
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct SourceJson {
    pub date: &'static str,
    pub document_fr: &'static str,
    pub document_en: &'static str,
    pub section_fr: &'static str,
    pub section_en: &'static str,
}

impl From<&Source> for SourceJson {
    fn from(source: &Source) -> Self {
        SourceJson {
            date: source.date,
            document_fr: source.document.fr,
            document_en: source.document.en,
            section_fr: source.section.fr,
            section_en: source.section.en,
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct StandardJson {
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceId"))]
    pub service: &'static str,
    pub amount: u32,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Unit"))]
    pub unit: &'static str,
    pub share_percent: u8,
    pub commitment_fr: &'static str,
    pub commitment_en: &'static str,
    pub section_fr: &'static str,
    pub section_en: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub footnote_fr: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub footnote_en: Option<&'static str>,
}

impl From<&Standard> for StandardJson {
    fn from(standard: &Standard) -> Self {
        StandardJson {
            service: standard.service,
            amount: standard.amount,
            unit: standard.unit.code(),
            share_percent: standard.share_percent,
            commitment_fr: standard.commitment.fr,
            commitment_en: standard.commitment.en,
            section_fr: standard.section.fr,
            section_en: standard.section.en,
            footnote_fr: standard.footnote.map(|t| t.fr),
            footnote_en: standard.footnote.map(|t| t.en),
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct PhoneJson {
    pub number: &'static str,
    pub toll_free: bool,
    pub tty: bool,
    pub area_fr: Option<&'static str>,
    pub area_en: Option<&'static str>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct TextJson {
    pub text_fr: &'static str,
    pub text_en: &'static str,
}

impl From<Text> for TextJson {
    fn from(text: Text) -> Self {
        TextJson { text_fr: text.fr, text_en: text.en }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct OnlineFormJson {
    pub url: Option<&'static str>,
    pub name_fr: &'static str,
    pub name_en: &'static str,
}

/// A contact of the rules data (docs/rules.md §4b), as `delais services` lists it.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ContactJson {
    pub id: &'static str,
    pub phones: Vec<PhoneJson>,
    pub hours: Vec<TextJson>,
    pub online_form: Option<OnlineFormJson>,
    pub fax: Option<&'static str>,
    pub post: &'static [&'static str],
    pub source: SourceJson,
    pub name_fr: &'static str,
    pub name_en: &'static str,
    pub purpose_fr: &'static str,
    pub purpose_en: &'static str,
    pub closed_fr: Option<&'static str>,
    pub closed_en: Option<&'static str>,
}

impl From<&Contact> for ContactJson {
    fn from(contact: &Contact) -> Self {
        ContactJson {
            id: contact.id,
            phones: contact
                .phones
                .iter()
                .map(|p| PhoneJson {
                    number: p.number,
                    toll_free: p.toll_free,
                    tty: p.tty,
                    area_fr: p.area.map(|a| a.fr),
                    area_en: p.area.map(|a| a.en),
                })
                .collect(),
            hours: contact.hours.iter().map(|h| TextJson::from(*h)).collect(),
            online_form: contact.online_form.map(|form| OnlineFormJson {
                url: form.url,
                name_fr: form.name.fr,
                name_en: form.name.en,
            }),
            fax: contact.fax,
            post: contact.post,
            source: (&contact.source).into(),
            name_fr: contact.name.fr,
            name_en: contact.name.en,
            purpose_fr: contact.purpose.fr,
            purpose_en: contact.purpose.en,
            closed_fr: contact.closed.map(|t| t.fr),
            closed_en: contact.closed.map(|t| t.en),
        }
    }
}

/// `delais services`: the catalogue as JSON.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ServicesJson {
    /// The day the rules were last checked against the ministry's pages.
    pub checked_on: IsoDate,
    pub services: Vec<ServiceJson>,
    pub declarations: Vec<DeclarationJson>,
    pub contacts: Vec<ContactJson>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ServiceJson {
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceId"))]
    pub id: &'static str,
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceGroup"))]
    pub group: &'static str,
    pub reference_standard: Option<&'static str>,
    pub documents_to: Option<&'static str>,
    pub name_fr: &'static str,
    pub name_en: &'static str,
    pub due_by_fr: &'static str,
    pub due_by_en: &'static str,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct DeclarationJson {
    pub id: &'static str,
    pub in_force_from: IsoDate,
    pub standards: Vec<StandardJson>,
    pub title_fr: &'static str,
    pub title_en: &'static str,
    pub edition_fr: &'static str,
    pub edition_en: &'static str,
}

pub fn services_json(catalogue: &Catalogue) -> ServicesJson {
    ServicesJson {
        checked_on: IsoDate(catalogue.checked_on),
        services: catalogue
            .services
            .iter()
            .map(|s| ServiceJson {
                id: s.id,
                group: s.group.code(),
                reference_standard: s.reference_standard,
                documents_to: s.documents_to,
                name_fr: s.name.fr,
                name_en: s.name.en,
                due_by_fr: s.due_by.fr,
                due_by_en: s.due_by.en,
            })
            .collect(),
        declarations: catalogue
            .declarations
            .iter()
            .map(|d| DeclarationJson {
                id: d.id,
                in_force_from: IsoDate(d.in_force_from),
                standards: d.standards.iter().map(StandardJson::from).collect(),
                title_fr: d.title.fr,
                title_en: d.title.en,
                edition_fr: d.edition.fr,
                edition_en: d.edition.en,
            })
            .collect(),
        contacts: catalogue.contacts.iter().map(ContactJson::from).collect(),
    }
}

/// One day off, as `delais holidays` prints it.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct HolidayJson {
    pub date: IsoDate,
    pub name_fr: &'static str,
    pub name_en: &'static str,
    pub observed: bool,
}

/// `delais holidays`: every day off (weekends excluded) of the years, in order.
pub fn holidays_json(calendar: &str, from_year: i32, to_year: i32) -> Result<Vec<HolidayJson>, InputError> {
    let id = CalendarId::from_code(calendar).ok_or_else(|| InputError::UnknownCalendar(calendar.to_string()))?;
    for year in [from_year, to_year] {
        if !within_horizon_year(year) {
            return Err(InputError::YearOutOfRange { field: Field::Request, value: year.to_string() });
        }
    }
    if from_year > to_year {
        return Err(InputError::YearsReversed { from: from_year, to: to_year });
    }
    Ok((from_year..=to_year)
        .flat_map(|year| id.days_off(year).iter().collect::<Vec<_>>())
        .map(|off| HolidayJson { date: IsoDate(off.date), name_fr: off.name().fr, name_en: off.name().en, observed: off.observed })
        .collect())
}
