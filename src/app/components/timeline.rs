//! A picture of the request's life: receipt, clock stops, target, decision and the
//! recourse dates. The picture is decorative; the numbered list under it says the same
//! thing in words (its text equivalent).

use chrono::NaiveDate;
use yew::prelude::*;

use crate::engine::{Estimate, Recourse};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date_long, Lang};

#[derive(PartialEq, Properties)]
pub struct TimelineProps {
    pub estimate: Estimate,
    pub lang: Lang,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Start,
    Target,
    Decision,
    Deadline,
    Today,
}

// Whole SVG units: formatting an f64 would pull float printing into the Wasm.
const WIDTH: i64 = 600;
const PAD: i64 = 24;

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let (e, lang) = (&props.estimate, props.lang);
    let t = ui(lang);
    let mut events: Vec<(NaiveDate, &str, Kind)> = vec![(e.received, t.timeline_received, Kind::Start)];
    events.push((e.target, t.timeline_target, Kind::Target));
    if let Some(announced) = e.announced {
        events.push((announced.target, t.timeline_announced, Kind::Target));
    }
    if let Some(decision) = e.decision {
        events.push((decision.date, t.timeline_decision, Kind::Decision));
    }
    for entry in &e.recourse {
        match entry {
            Recourse::Reexamination(r) => {
                if let Some(mail_by) = r.mail_by {
                    events.push((mail_by, t.timeline_mail_by, Kind::Deadline));
                }
                if let Some(deadline) = r.deadline {
                    events.push((deadline, t.timeline_deadline, Kind::Deadline));
                }
            }
            Recourse::EvaluationReview { deadline: Some(deadline), .. } => {
                events.push((*deadline, t.evaluation_heading, Kind::Deadline));
            }
            _ => {}
        }
    }
    // "Today" only when it falls inside the picture or shortly after it.
    let last = events.iter().map(|(d, _, _)| *d).max().unwrap_or(e.target);
    if let Some(today) = e.today.filter(|t| *t >= e.received && (*t - last).num_days() <= 60) {
        events.push((today, t.timeline_today, Kind::Today));
    }
    events.sort_by_key(|(d, _, _)| *d);
    let first = e.received;
    let last = events.iter().map(|(d, _, _)| *d).max().unwrap_or(e.target);
    let span = (last - first).num_days().max(1);
    let x = |d: NaiveDate| PAD + (d - first).num_days() * (WIDTH - 2 * PAD) / span;

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h3 id="timeline-heading">{ t.timeline_heading }</h3>
            <svg viewBox="0 0 600 84" class="timeline-svg" aria-hidden="true" focusable="false">
                <line x1={PAD.to_string()} y1="42" x2={(WIDTH - PAD).to_string()} y2="42" class="axis" />
                { for e.clock_stops.iter().map(|s| html! {
                    <rect x={x(s.from).to_string()} y="34" width={(x(s.to) - x(s.from)).max(2).to_string()} height="16" class="stop-bar" />
                }) }
                { for events.iter().enumerate().map(|(i, (d, _, kind))| {
                    let cx = x(*d);
                    let class = match kind {
                        Kind::Start => "mark-start",
                        Kind::Target => "mark-target",
                        Kind::Decision => "mark-decision",
                        Kind::Deadline => "mark-deadline",
                        Kind::Today => "mark-today",
                    };
                    let label_y = if i % 2 == 0 { "78" } else { "22" };
                    html! {
                        <g class={class}>
                            <circle cx={cx.to_string()} cy="42" r="8" />
                            <text x={cx.to_string()} y={label_y} text-anchor="middle">{ (i + 1).to_string() }</text>
                        </g>
                    }
                }) }
            </svg>
            <ol class="timeline-list">
                { for events.iter().map(|(d, label, _)| html! {
                    <li><strong>{ label.to_string() }</strong>{" — "}<time datetime={crate::i18n::iso(*d)}>{ format_date_long(*d, lang) }</time></li>
                }) }
                { for e.clock_stops.iter().map(|s| html! {
                    <li class="timeline-stop"><strong>{ t.timeline_stop }</strong>{" — "}{ format_date_long(s.from, lang) }{" → "}{ format_date_long(s.to, lang) }</li>
                }) }
            </ol>
        </section>
    }
}
