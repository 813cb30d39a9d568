//! `delais`: the engine on the command line, in JSON Lines (README.md, "JSON interface").
//!
//!   delais estimate                     one request per stdin line → one result per line
//!   delais holidays --calendar C --from Y1 --to Y2
//!   delais services

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

// The Wasm build compiles every target; the CLI only makes sense natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, BufRead, BufWriter, Write};

    use delais::api;
    use delais::engine::Catalogue;

    const USAGE: &str = "usage:
  delais estimate                                   JSON Lines requests on stdin, one result per line
  delais holidays --calendar C --from YEAR --to YEAR  days off, JSON Lines (C: qc-public-service | qc-statutory)
  delais services                                   the rules catalogue as JSON";

    pub fn run(args: Vec<String>) -> i32 {
        match args.first().map(String::as_str) {
            Some("estimate") => estimate(),
            Some("holidays") => holidays(&args[1..]),
            Some("services") => {
                println!("{}", api::services_json(&Catalogue::OFFICIAL).to_json());
                0
            }
            Some("--help" | "-h" | "help") => {
                println!("{USAGE}");
                0
            }
            _ => {
                eprintln!("{USAGE}");
                2
            }
        }
    }

    fn estimate() -> i32 {
        let stdin = io::stdin();
        let mut out = BufWriter::new(io::stdout().lock());
        let mut failed = false;
        for line in stdin.lock().lines() {
            let line = match line {
                Ok(line) => line,
                Err(error) => {
                    eprintln!("delais: cannot read standard input: {error}");
                    return 2;
                }
            };
            let answer = match api::estimate_line(&Catalogue::OFFICIAL, &line) {
                Ok(result) => result,
                Err(error) => {
                    failed = true;
                    error
                }
            };
            if writeln!(out, "{}", answer.to_json()).is_err() {
                return 2;
            }
        }
        if out.flush().is_err() {
            return 2;
        }
        i32::from(failed)
    }

    fn holidays(args: &[String]) -> i32 {
        let mut calendar = "qc-public-service".to_string();
        let (mut from, mut to) = (None, None);
        let mut rest = args.iter();
        while let Some(flag) = rest.next() {
            let value = rest.next();
            match (flag.as_str(), value) {
                ("--calendar", Some(v)) => calendar = v.clone(),
                ("--from", Some(v)) => from = v.parse::<i32>().ok(),
                ("--to", Some(v)) => to = v.parse::<i32>().ok(),
                _ => {
                    eprintln!("{USAGE}");
                    return 2;
                }
            }
        }
        let (Some(from), Some(to)) = (from, to.or(from)) else {
            eprintln!("{USAGE}");
            return 2;
        };
        match api::holidays_json(&calendar, from, to) {
            Ok(days) => {
                let mut out = BufWriter::new(io::stdout().lock());
                for day in days {
                    if writeln!(out, "{}", day.to_json()).is_err() {
                        return 2;
                    }
                }
                i32::from(out.flush().is_err()) * 2
            }
            Err(error) => {
                println!("{}", api::error_json(&error).to_json());
                1
            }
        }
    }
}
