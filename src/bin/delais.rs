//! `delais`: the engine on the command line, in JSON Lines (README.md, "JSON interface").
//!
//!   delais estimate                     one request per stdin line → one result per line
//!   delais holidays --calendar C --from Y1 --to Y2
//!   delais services
//!   delais caseload [--as-of YYYY-MM-DD] [--lang fr|en] < in.csv > out.csv
//!
//! Every line of input is answered, whatever the stream holds: a line that is not
//! UTF-8 or is too long gets an error object in its place, blank lines are skipped,
//! a byte-order mark and CRLF endings are accepted, and a closed stdout (`| head -1`)
//! ends the program quietly.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

// The Wasm build compiles every target; the CLI only makes sense natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, BufRead, BufWriter, ErrorKind, Read, Write};

    use chrono::NaiveDate;
    use delais::api::{self, to_json};
    use delais::caseload;
    use delais::engine::{parse_date, CalendarId, Catalogue, Field, InputError};
    use delais::i18n::Lang;

    /// The help text; the calendars' codes come from the engine's list.
    fn usage_text() -> String {
        let calendars = CalendarId::ALL.map(CalendarId::code).join(" | ");
        format!(
            "usage:
  delais estimate                                   JSON Lines requests on stdin, one result per line
  delais holidays --calendar C --from YEAR --to YEAR  days off, JSON Lines (C: {calendars})
  delais services                                   the rules catalogue as JSON
  delais caseload [--as-of YYYY-MM-DD] [--lang fr|en]  a caseload CSV on stdin, the same CSV with its
                                                    computed columns on stdout (exit 1: some rows have
                                                    errors, written too; 2: not a readable CSV)"
        )
    }

    /// The longest request line read; a longer one is answered with an error and
    /// skipped without being held in memory.
    const MAX_LINE_BYTES: usize = api::MAX_REQUEST_BYTES;

    /// Exit codes: 0 all answered, 1 some line was an error, 2 usage or I/O failure.
    pub fn run(args: Vec<String>) -> i32 {
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let code = match args.first().map(String::as_str) {
            Some("estimate") => estimate(&mut io::stdin().lock(), &mut out),
            Some("holidays") => holidays(&args[1..], &mut out),
            Some("caseload") => caseload(&args[1..], &mut io::stdin().lock(), &mut out),
            Some("services") => {
                write_line(&mut out, &to_json(&api::services_json(&Catalogue::OFFICIAL))).map_or_else(quietly_if_closed, |_| Ok(Outcome::Answered))
            }
            Some("--help" | "-h" | "help") => write_line(&mut out, &usage_text()).map_or_else(quietly_if_closed, |_| Ok(Outcome::Answered)),
            _ => Err(usage()),
        };
        // What is still buffered is written now: a full disk shows here, not a closed pipe.
        let flushed = match code {
            Ok(Outcome::Answered | Outcome::Failed) => out.flush().map_or_else(quietly_if_closed, |_| Ok(Outcome::Answered)),
            _ => Ok(Outcome::Closed),
        };
        match (code, flushed) {
            (Err(code), _) | (_, Err(code)) => code,
            (Ok(Outcome::Failed), _) => 1,
            // A reader that went away (`| head`) is not an error of ours.
            (Ok(Outcome::Answered | Outcome::Closed), _) => 0,
        }
    }

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Outcome {
        Answered,
        /// At least one line was answered with an error object.
        Failed,
        /// Stdout was closed by the reader: stop quietly.
        Closed,
    }

    fn usage() -> i32 {
        eprintln!("{}", usage_text());
        2
    }

    fn write_line(out: &mut impl Write, text: &str) -> io::Result<()> {
        out.write_all(text.as_bytes())?;
        out.write_all(b"\n")
    }

    /// One request per line, one answer per non-blank line, in order.
    fn estimate(input: &mut impl BufRead, out: &mut impl Write) -> Result<Outcome, i32> {
        let mut failed = false;
        let mut number = 0;
        let mut line = Vec::new();
        loop {
            number += 1;
            let complete = match read_line(input, &mut line) {
                Ok(None) => break,
                Ok(Some(complete)) => complete,
                Err(error) => {
                    eprintln!("delais: cannot read standard input: {error}");
                    return Err(2);
                }
            };
            let answer = if !complete {
                Err(InputError::LineTooLong { line: number, limit: MAX_LINE_BYTES })
            } else {
                let bytes = if number == 1 { line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&line) } else { &line };
                match std::str::from_utf8(bytes) {
                    Ok(text) if text.trim().is_empty() => continue,
                    Ok(text) => Ok(text),
                    Err(_) => Err(InputError::NotUtf8 { line: number }),
                }
            };
            let text = match answer {
                Ok(request) => api::estimate_line(&Catalogue::OFFICIAL, request),
                Err(error) => Err(to_json(&api::error_json(&error))),
            };
            let text = text.unwrap_or_else(|error| {
                failed = true;
                error
            });
            if let Err(error) = write_line(out, &text) {
                return quietly_if_closed(error);
            }
        }
        Ok(if failed { Outcome::Failed } else { Outcome::Answered })
    }

    fn quietly_if_closed(error: io::Error) -> Result<Outcome, i32> {
        if error.kind() == ErrorKind::BrokenPipe {
            Ok(Outcome::Closed)
        } else {
            eprintln!("delais: cannot write standard output: {error}");
            Err(2)
        }
    }

    /// Reads one line into `line` without its `\n` (nor a `\r` before it). `None` at
    /// the end of input; `Some(false)` when the line was longer than
    /// `MAX_LINE_BYTES`: its first bytes are dropped and the rest is skipped unread.
    fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<Option<bool>> {
        line.clear();
        let mut seen_any = false;
        let mut too_long = false;
        loop {
            let buffer = match input.fill_buf() {
                Ok(buffer) => buffer,
                Err(error) if error.kind() == ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            if buffer.is_empty() {
                break;
            }
            seen_any = true;
            let (chunk, used, end) = match buffer.iter().position(|b| *b == b'\n') {
                Some(at) => (&buffer[..at], at + 1, true),
                None => (buffer, buffer.len(), false),
            };
            if !too_long {
                if line.len() + chunk.len() > MAX_LINE_BYTES {
                    too_long = true;
                    line.clear();
                } else {
                    line.extend_from_slice(chunk);
                }
            }
            input.consume(used);
            if end {
                break;
            }
        }
        if !seen_any {
            return Ok(None);
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Ok(Some(!too_long))
    }

    fn holidays(args: &[String], out: &mut impl Write) -> Result<Outcome, i32> {
        let mut calendar = CalendarId::default().code().to_string();
        let (mut from, mut to) = (None, None);
        let mut rest = args.iter();
        while let Some(flag) = rest.next() {
            match (flag.as_str(), rest.next()) {
                ("--calendar", Some(value)) => calendar = value.clone(),
                ("--from", Some(value)) => from = Some(value.clone()),
                ("--to", Some(value)) => to = Some(value.clone()),
                _ => return Err(usage()),
            }
        }
        let Some(from) = from else { return Err(usage()) };
        let to = to.unwrap_or_else(|| from.clone());
        let year = |text: &str| text.trim().parse::<i32>().map_err(|_| InputError::NotAYear(text.to_string()));
        let days = year(&from).and_then(|from| Ok((from, year(&to)?))).and_then(|(from, to)| api::holidays_json(&calendar, from, to));
        match days {
            Ok(days) => {
                for day in days {
                    if let Err(error) = write_line(out, &to_json(&day)) {
                        return quietly_if_closed(error);
                    }
                }
                Ok(Outcome::Answered)
            }
            Err(error) => match write_line(out, &to_json(&api::error_json(&error))) {
                Ok(()) => Ok(Outcome::Failed),
                Err(error) => quietly_if_closed(error),
            },
        }
    }

    /// `delais caseload`: the caseload page's reading, answers and export (src/caseload/),
    /// any number of rows. Today is the machine's local date unless `--as-of` is given.
    fn caseload(args: &[String], input: &mut impl Read, out: &mut impl Write) -> Result<Outcome, i32> {
        let (mut as_of, mut lang) = (None, Lang::Fr);
        let mut rest = args.iter();
        while let Some(flag) = rest.next() {
            match (flag.as_str(), rest.next()) {
                ("--as-of", Some(value)) => match parse_date(Field::Today, value) {
                    Ok(date) => as_of = Some(date),
                    Err(error) => {
                        eprintln!("delais: --as-of: {}", error.message(Lang::En));
                        return Err(2);
                    }
                },
                ("--lang", Some(value)) => match Lang::from_code(value) {
                    Some(l) => lang = l,
                    None => return Err(usage()),
                },
                _ => return Err(usage()),
            }
        }
        let as_of = as_of.unwrap_or_else(local_today);
        let mut bytes = Vec::new();
        if let Err(error) = input.read_to_end(&mut bytes) {
            eprintln!("delais: cannot read standard input: {error}");
            return Err(2);
        }
        let table = match caseload::read(&bytes, None) {
            Ok(table) => table,
            Err(error) => {
                eprintln!("delais: {}", error.message(lang));
                return Err(2);
            }
        };
        let local_dates = table.local_dates();
        if !local_dates.is_empty() {
            eprintln!("delais: {}", caseload::local_dates_message(&local_dates, lang));
        }
        let answers = caseload::evaluate(&table, as_of);
        if let Err(error) = out.write_all(&caseload::write_csv(&table, &answers, lang)) {
            return quietly_if_closed(error);
        }
        Ok(if answers.iter().any(Result::is_err) { Outcome::Failed } else { Outcome::Answered })
    }

    /// The machine's local date, from `date +%F` (the standard library has no calendar);
    /// UTC's if that fails.
    fn local_today() -> NaiveDate {
        let local = std::process::Command::new("date").arg("+%F").output().ok();
        local
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|text| parse_date(Field::Today, text.trim()).ok())
            .unwrap_or_else(|| {
                let days = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() / 86_400);
                NaiveDate::from_ymd_opt(1970, 1, 1)
                    .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days)))
                    .unwrap_or(NaiveDate::MIN)
            })
    }
}
