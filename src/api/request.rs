//! In: one request object. Unknown fields are skipped; `null` is the same as absent.
//! Each field is read as a loose JSON value first, so a wrong type is reported on the
//! field's own path (`pauses[2].to`), not as a parser position. A request that cannot be
//! read is answered with `{"error": …}`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::engine::{parse_date, CalendarId, ClockStop, Decision, Field, Ground, InputError, MailingOrigin, Outcome, Request};
use crate::i18n::Lang;

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), ts(rename = "EstimateRequest"))]
pub struct RequestJson {
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "ServiceId"))]
    pub service: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "string"))]
    pub received: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Array<{ from: string; to: string }> | null", optional))]
    pub pauses: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "{ date: string; outcome: Outcome } | null", optional))]
    pub decision: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "string | null", optional))]
    pub today: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Calendar | null", optional))]
    pub calendar: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "MailingOrigin | null", optional))]
    pub mailing_from: Value,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), ts(type = "Array<Ground> | null", optional))]
    pub grounds: Value,
}

/// The longest request read, in bytes: the CLI's line and the JavaScript API's request.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// The request a JSON text describes. Unknown fields are skipped unread (serde's
/// `IgnoredAny`), whatever they hold: a number past any float, deep nesting.
pub fn parse_request(line: &str) -> Result<Request, InputError> {
    if line.len() > MAX_REQUEST_BYTES {
        return Err(InputError::RequestTooLarge { limit: MAX_REQUEST_BYTES });
    }
    if !line.trim_start_matches([' ', '\t', '\n', '\r']).starts_with('{') {
        // JSON, but not an object (an array would otherwise be read as the fields in order).
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(line) {
            Ok(_) => InputError::WrongType(Field::Request),
            Err(error) => malformed(&error),
        });
    }
    let json: RequestJson = serde_json::from_str(line).map_err(|e| malformed(&e))?;
    request_from_json(json)
}

/// The parser's complaint, which names what it expected and where, never the input.
fn malformed(error: &serde_json::Error) -> InputError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => InputError::MalformedJson(error.to_string()),
        // Only a field given twice gets here: said in our words, so that nothing is echoed.
        Category::Data => InputError::MalformedJson(format!("a field given twice at line {} column {}", error.line(), error.column())),
    }
}

/// The request a parsed JSON value describes.
pub fn request_from_value(value: Value) -> Result<Request, InputError> {
    if !value.is_object() {
        return Err(InputError::WrongType(Field::Request));
    }
    let json: RequestJson = serde_json::from_value(value).map_err(|_| InputError::WrongType(Field::Request))?;
    request_from_json(json)
}

fn request_from_json(json: RequestJson) -> Result<Request, InputError> {
    let service = required_str(&json.service, Field::Service)?;
    let received = parse_date(Field::Received, required_str(&json.received, Field::Received)?)?;
    let mut request = Request::new(service, received);

    match &json.pauses {
        Value::Null => {}
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                if !item.is_object() {
                    return Err(InputError::WrongType(Field::StopFrom(index)));
                }
                let from = required_str(&item["from"], Field::StopFrom(index))?;
                let to = required_str(&item["to"], Field::StopTo(index))?;
                request.clock_stops.push(ClockStop {
                    from: parse_date(Field::StopFrom(index), from)?,
                    to: parse_date(Field::StopTo(index), to)?,
                });
            }
        }
        _ => return Err(InputError::WrongType(Field::StopFrom(0))),
    }
    match &json.decision {
        Value::Null => {}
        decision @ Value::Object(_) => {
            let date = parse_date(Field::DecisionDate, required_str(&decision["date"], Field::DecisionDate)?)?;
            let outcome = required_str(&decision["outcome"], Field::Outcome)?;
            let outcome = Outcome::from_code(outcome).ok_or_else(|| InputError::UnknownOutcome(outcome.to_string()))?;
            request.decision = Some(Decision { date, outcome });
        }
        _ => return Err(InputError::WrongType(Field::DecisionDate)),
    }
    if let Some(today) = optional_str(&json.today, Field::Today)? {
        request.today = Some(parse_date(Field::Today, today)?);
    }
    if let Some(calendar) = optional_str(&json.calendar, Field::Calendar)? {
        request.calendar =
            CalendarId::from_code(calendar).ok_or_else(|| InputError::UnknownCalendar(calendar.to_string()))?;
    }
    if let Some(origin) = optional_str(&json.mailing_from, Field::MailingFrom)? {
        request.mailing_from =
            MailingOrigin::from_code(origin).ok_or_else(|| InputError::UnknownMailingOrigin(origin.to_string()))?;
    }
    match &json.grounds {
        Value::Null => {}
        Value::Array(items) => {
            for item in items {
                let code = item.as_str().ok_or(InputError::WrongType(Field::Grounds))?;
                let ground = Ground::from_code(code).ok_or_else(|| InputError::UnknownGround(code.to_string()))?;
                if !request.grounds.contains(&ground) {
                    request.grounds.push(ground);
                }
            }
        }
        _ => return Err(InputError::WrongType(Field::Grounds)),
    }
    Ok(request)
}

fn required_str(value: &Value, field: Field) -> Result<&str, InputError> {
    optional_str(value, field)?.ok_or(InputError::MissingField(field))
}

fn optional_str(value: &Value, field: Field) -> Result<Option<&str>, InputError> {
    match value {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text)),
        _ => Err(InputError::WrongType(field)),
    }
}

/// `{"error": {"code", "field", "message_fr", "message_en"}}`.
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ErrorJson {
    pub error: ErrorBody,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub code: &'static str,
    pub field: String,
    pub message_fr: String,
    pub message_en: String,
}

pub fn error_json(error: &InputError) -> ErrorJson {
    ErrorJson {
        error: ErrorBody {
            code: error.code(),
            field: error.field().path(),
            message_fr: error.message(Lang::Fr),
            message_en: error.message(Lang::En),
        },
    }
}
