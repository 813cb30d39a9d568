//! A picture of the request's life on a time axis: month ticks, the receipt, clock
//! stops, the target, the decision, the recourse deadlines and today, each labelled on
//! the picture. The picture is hidden from screen readers; the ordered list under it
//! says the same thing in words (its text equivalent).
//!
//! Whole SVG units only: formatting an f64 would pull float printing into the Wasm.
//! The picture is drawn for a phone's width (the view box is about as wide as the
//! answer's column at 360 px), so its text is read at about its written size there;
//! labels that would overlap go on another row, using a cautious estimate of their width.

use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

use crate::engine::{Estimate, Recourse};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date_long, iso, Lang};

#[derive(PartialEq, Properties)]
pub struct TimelineProps {
    pub estimate: Estimate,
    pub lang: Lang,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    // In the order labels are placed: the first get the rows nearest the axis.
    Target,
    Today,
    Deadline,
    Decision,
    Start,
}

impl Kind {
    fn class(self) -> &'static str {
        match self {
            Kind::Start => "mark-start",
            Kind::Target => "mark-target",
            Kind::Decision => "mark-decision",
            Kind::Deadline => "mark-deadline",
            Kind::Today => "mark-today",
        }
    }
}

struct Event {
    date: NaiveDate,
    /// The list's words.
    label: &'static str,
    /// The picture's (shorter) words.
    short: &'static str,
    kind: Kind,
}

const WIDTH: i64 = 300;
const PAD: i64 = 10;
/// Label rows above the axis: two lines (name, date) each.
const ROW_HEIGHT: i64 = 34;
const TOP: i64 = 4;
/// Room between two labels on one row.
const GAP: i64 = 8;

/// A cautious width for a 13-unit system-ui label: about 0.62 em a character in bold.
fn text_width(text: &str) -> i64 {
    text.chars().count() as i64 * 8 + 4
}

/// A placed label: its left edge, width, row and the x of the mark it names.
struct Placed {
    left: i64,
    width: i64,
    row: i64,
    mark: i64,
}

/// The lowest row where a label for the mark at `mark` overlaps no label of its row
/// and, if possible, no leader line crosses a label; on each row it may sit centred on
/// its mark or to either side of it. Always finds a place: a row above all is free.
fn place(placed: &[Placed], mark: i64, width: i64) -> Placed {
    let fit = |left: i64| left.clamp(0, (WIDTH - width).max(0));
    let lefts = [fit(mark - width / 2), fit(mark - 6), fit(mark + 6 - width)];
    let overlaps = |p: &Placed, row: i64, left: i64| {
        p.row == row && left < p.left + p.width + GAP && p.left < left + width + GAP
    };
    // This label's leader goes down through lower rows; theirs go down through this one.
    let crosses = |p: &Placed, row: i64, left: i64| {
        (p.row < row && p.left <= mark && mark <= p.left + p.width) || (p.row > row && left <= p.mark && p.mark <= left + width)
    };
    let top_row = placed.iter().map(|p| p.row + 1).max().unwrap_or(0);
    let spots = || (0..=top_row).flat_map(|row| lefts.iter().map(move |left| (row, *left)));
    let (row, left) = spots()
        .find(|(row, left)| placed.iter().all(|p| !overlaps(p, *row, *left) && !crosses(p, *row, *left)))
        .or_else(|| spots().find(|(row, left)| placed.iter().all(|p| !overlaps(p, *row, *left))))
        .unwrap_or((top_row, lefts[0]));
    Placed { left, width, row, mark }
}

fn short_date(date: NaiveDate, lang: Lang) -> String {
    let month = ui(lang).month_short[date.month0() as usize];
    match lang {
        Lang::Fr if date.day() == 1 => format!("1er {month}"),
        Lang::Fr => format!("{} {month}", date.day()),
        Lang::En => format!("{month} {}", date.day()),
    }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let (e, lang) = (&props.estimate, props.lang);
    let t = ui(lang);
    let mut events = vec![
        Event { date: e.received, label: t.timeline_received, short: t.timeline_received, kind: Kind::Start },
        Event { date: e.target, label: t.timeline_target, short: t.timeline_target, kind: Kind::Target },
    ];
    if let Some(announced) = e.announced {
        events.push(Event { date: announced.target, label: t.timeline_announced, short: t.axis_announced, kind: Kind::Target });
    }
    if let Some(decision) = e.decision {
        events.push(Event { date: decision.date, label: t.timeline_decision, short: t.timeline_decision, kind: Kind::Decision });
    }
    for entry in &e.recourse {
        match entry {
            Recourse::Reexamination(r) => {
                if let Some(mail_by) = r.mail_by {
                    events.push(Event { date: mail_by, label: t.timeline_mail_by, short: t.axis_mail_by, kind: Kind::Deadline });
                }
                if let Some(deadline) = r.deadline {
                    events.push(Event { date: deadline, label: t.timeline_deadline, short: t.axis_deadline, kind: Kind::Deadline });
                }
            }
            Recourse::EvaluationReview { deadline: Some(deadline), .. } => {
                events.push(Event { date: *deadline, label: t.evaluation_heading, short: t.axis_evaluation, kind: Kind::Deadline });
            }
            _ => {}
        }
    }
    // "Today" only when it falls inside the picture or shortly after it.
    let last = events.iter().map(|ev| ev.date).max().unwrap_or(e.target);
    if let Some(today) = e.today.filter(|t| *t >= e.received && (*t - last).num_days() <= 60) {
        events.push(Event { date: today, label: t.timeline_today, short: t.timeline_today, kind: Kind::Today });
    }
    events.sort_by_key(|ev| ev.date);
    let first = e.received;
    let last = events.iter().map(|ev| ev.date).max().unwrap_or(e.target);
    let span = (last - first).num_days().max(1);
    let x = |d: NaiveDate| PAD + (d - first).num_days().clamp(0, span) * (WIDTH - 2 * PAD) / span;

    // Labels: the most important first, each on the lowest row where it fits.
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|i| (events[*i].kind, events[*i].date));
    let mut placed: Vec<Placed> = Vec::with_capacity(events.len());
    let mut slot = vec![0_usize; events.len()];
    for i in order {
        let ev = &events[i];
        let width = text_width(ev.short).max(text_width(&short_date(ev.date, lang)));
        slot[i] = placed.len();
        let spot = place(&placed, x(ev.date), width);
        placed.push(spot);
    }
    let rows = placed.iter().map(|p| p.row + 1).max().unwrap_or(1);
    let axis = TOP + rows * ROW_HEIGHT + 10;
    let height = axis + 44;
    let row_top = |row: i64| TOP + (rows - 1 - row) * ROW_HEIGHT;

    let ticks = month_ticks(first, last, lang);

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h3 id="timeline-heading">{ t.timeline_heading }</h3>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} class="timeline-svg" aria-hidden="true" focusable="false">
                <line x1={PAD.to_string()} y1={axis.to_string()} x2={(WIDTH - PAD).to_string()} y2={axis.to_string()} class="axis" />
                { for ticks.iter().map(|tick| {
                    let tx = x(tick.date);
                    let anchor = (tx - 22).clamp(0, WIDTH - 44) + 22;
                    html! {
                        <g class="tick">
                            <line x1={tx.to_string()} y1={axis.to_string()} x2={tx.to_string()} y2={(axis + 6).to_string()} />
                            if let Some(month) = tick.month {
                                <text x={anchor.to_string()} y={(axis + 20).to_string()} text-anchor="middle">{ month }</text>
                            }
                            if let Some(year) = tick.year {
                                <text x={anchor.to_string()} y={(axis + 36).to_string()} text-anchor="middle" class="tick-year">{ year.to_string() }</text>
                            }
                        </g>
                    }
                }) }
                { for e.clock_stops.iter().map(|s| html! {
                    <rect x={x(s.from).to_string()} y={(axis - 6).to_string()} width={(x(s.to) - x(s.from)).max(2).to_string()} height="12" class="stop-bar" />
                }) }
                { for events.iter().enumerate().map(|(i, ev)| {
                    let p = &placed[slot[i]];
                    let top = row_top(p.row);
                    let centre = p.left + p.width / 2;
                    let mark = if ev.kind == Kind::Today {
                        html! { <line x1={p.mark.to_string()} y1={(axis - 12).to_string()} x2={p.mark.to_string()} y2={(axis + 12).to_string()} class="today-line" /> }
                    } else {
                        html! { <circle cx={p.mark.to_string()} cy={axis.to_string()} r="6" /> }
                    };
                    html! {
                        <g class={ev.kind.class()}>
                            <line x1={p.mark.to_string()} y1={(top + 31).to_string()} x2={p.mark.to_string()} y2={axis.to_string()} class="leader" />
                            { mark }
                            <text x={centre.to_string()} y={(top + 13).to_string()} text-anchor="middle" class="label">{ ev.short }</text>
                            <text x={centre.to_string()} y={(top + 28).to_string()} text-anchor="middle" class="label-date">{ short_date(ev.date, lang) }</text>
                        </g>
                    }
                }) }
            </svg>
            <ol class="timeline-list">
                { for events.iter().map(|ev| html! {
                    <li><strong>{ ev.label }</strong>{" — "}<time datetime={iso(ev.date)}>{ format_date_long(ev.date, lang) }</time></li>
                }) }
                { for e.clock_stops.iter().map(|s| html! {
                    <li class="timeline-stop"><strong>{ t.timeline_stop }</strong>{" — "}{ format_date_long(s.from, lang) }{" → "}{ format_date_long(s.to, lang) }</li>
                }) }
            </ol>
        </section>
    }
}

struct Tick {
    date: NaiveDate,
    month: Option<&'static str>,
    year: Option<i32>,
}

/// The first day of every month in the picture; a name every `step` months so names
/// do not run into each other, and the year under the first name and every January.
fn month_ticks(first: NaiveDate, last: NaiveDate, lang: Lang) -> Vec<Tick> {
    let t = ui(lang);
    let span = (last - first).num_days().max(1);
    // Width of one month on the axis, in units; a name needs about 44.
    let month_width = 30 * (WIDTH - 2 * PAD) / span;
    let step = [1_u32, 2, 3, 4, 6, 12].into_iter().find(|k| i64::from(*k) * month_width >= 46).unwrap_or(12);
    let mut ticks = Vec::new();
    let mut year_shown = false;
    let mut day = first.with_day(1).and_then(|d| d.checked_add_months(chrono::Months::new(1)));
    while let Some(date) = day.filter(|d| *d <= last) {
        let named = date.month0() % step == 0;
        let year = (named && (!year_shown || date.month() == 1)).then_some(date.year());
        year_shown |= year.is_some();
        ticks.push(Tick { date, month: named.then(|| t.month_short[date.month0() as usize]), year });
        day = date.checked_add_months(chrono::Months::new(1));
        if ticks.len() > 400 {
            break; // 1900–2199 is the engine's range; a bound all the same.
        }
    }
    ticks
}
