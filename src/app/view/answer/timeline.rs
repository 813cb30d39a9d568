//! A picture of the request's life on a time axis: month ticks, the receipt, clock
//! stops, the target, the decision, the recourse deadlines and today, each labelled on
//! the picture. The picture is hidden from screen readers; the ordered list under it
//! says the same thing in words (its text equivalent).
//!
//! Whole SVG units only: formatting an f64 would pull float printing into the Wasm.
//! The picture is drawn for a phone's width (the view box is about as wide as the
//! answer's column at 360 px), so its text is read at about its written size there;
//! labels that would overlap go on another row, using a cautious estimate of their width.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

use crate::app::view::time::long_date;
use crate::engine::milestones::find;
use crate::engine::{milestones, Estimate, Milestone, MilestoneKind};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date_long, Lang};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
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
    // Bytes, not characters: an accented letter counts twice, which only errs on the safe side.
    text.len() as i64 * 8 + 4
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

pub fn timeline(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let list = milestones(e);
    let event = |kind: MilestoneKind, date: NaiveDate| {
        let (label, short, kind) = match kind {
            MilestoneKind::Received => (t.timeline_received, t.timeline_received, Kind::Start),
            MilestoneKind::Target => (t.timeline_target, t.timeline_target, Kind::Target),
            MilestoneKind::AnnouncedTarget => (t.timeline_announced, t.axis_announced, Kind::Target),
            MilestoneKind::Decision => (t.timeline_decision, t.timeline_decision, Kind::Decision),
            MilestoneKind::MailBy(_) => (t.timeline_mail_by, t.axis_mail_by, Kind::Deadline),
            MilestoneKind::ReexaminationDeadline => (t.timeline_deadline, t.axis_deadline, Kind::Deadline),
            MilestoneKind::EvaluationReview => (t.evaluation_heading, t.axis_evaluation, Kind::Deadline),
            MilestoneKind::Today => (t.timeline_today, t.timeline_today, Kind::Today),
            // Suspensions are drawn as spans, not as labelled events.
            MilestoneKind::SuspensionFrom(_) | MilestoneKind::SuspensionTo(_) => return None,
        };
        Some(Event { date, label, short, kind })
    };
    // "Today" only when it falls inside the picture or shortly after it.
    let last_event = list
        .iter()
        .filter(|m| !matches!(m.kind, MilestoneKind::Today | MilestoneKind::SuspensionFrom(_) | MilestoneKind::SuspensionTo(_)))
        .map(|m| m.date)
        .max()
        .unwrap_or(e.target);
    let shown = |m: &Milestone| m.kind != MilestoneKind::Today || (m.date >= e.received && (m.date - last_event).num_days() <= 60);
    let events: Vec<Event> = list.iter().filter(|m| shown(m)).filter_map(|m| event(m.kind, m.date)).collect();
    // Each suspension as a span, from the day documents were asked for to the day they arrived.
    let suspensions: Vec<(NaiveDate, NaiveDate)> = list
        .iter()
        .filter_map(|m| match m.kind {
            MilestoneKind::SuspensionFrom(i) => find(&list, |kind| kind == MilestoneKind::SuspensionTo(i)).map(|to| (m.date, to.date)),
            _ => None,
        })
        .collect();
    let first = e.received;
    let last = events.iter().map(|ev| ev.date).max().unwrap_or(e.target);
    let span = (last - first).num_days().max(1);
    let x = |d: NaiveDate| PAD + (d - first).num_days().clamp(0, span) * (WIDTH - 2 * PAD) / span;

    // Labels: the most important first, each on the lowest row where it fits.
    let mut placed: Vec<Placed> = Vec::with_capacity(events.len());
    let mut slot = vec![0_usize; events.len()];
    for kind in [Kind::Target, Kind::Today, Kind::Deadline, Kind::Decision, Kind::Start] {
        for (i, ev) in events.iter().enumerate().filter(|(_, ev)| ev.kind == kind) {
            let width = text_width(ev.short).max(text_width(&short_date(ev.date, lang)));
            slot[i] = placed.len();
            let spot = place(&placed, x(ev.date), width);
            placed.push(spot);
        }
    }
    let rows = placed.iter().map(|p| p.row + 1).max().unwrap_or(1);
    let axis = TOP + rows * ROW_HEIGHT + 10;
    let height = axis + 44;
    let row_top = |row: i64| TOP + (rows - 1 - row) * ROW_HEIGHT;

    // The picture as markup, not as virtual DOM: a few `write!`s cost far less Wasm than
    // a node per line, dot and label, and the picture is redrawn whole anyway. Every
    // text in it is ours (catalogue labels, dates, numbers).
    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        r#"<svg viewBox="0 0 {WIDTH} {height}" class="timeline-svg" aria-hidden="true" focusable="false"><line x1="{PAD}" y1="{axis}" x2="{}" y2="{axis}" class="axis"/>"#,
        WIDTH - PAD
    );
    for tick in month_ticks(first, last, lang) {
        let tx = x(tick.date);
        let anchor = (tx - 22).clamp(0, WIDTH - 44) + 22;
        let _ = write!(svg, r#"<g class="tick"><line x1="{tx}" y1="{axis}" x2="{tx}" y2="{}"/>"#, axis + 6);
        if let Some(month) = tick.month {
            let _ = write!(svg, r#"<text x="{anchor}" y="{}" text-anchor="middle">{month}</text>"#, axis + 20);
        }
        if let Some(year) = tick.year {
            let _ = write!(svg, r#"<text x="{anchor}" y="{}" text-anchor="middle" class="tick-year">{year}</text>"#, axis + 36);
        }
        svg.push_str("</g>");
    }
    for (from, to) in &suspensions {
        let _ = write!(
            svg,
            r#"<rect x="{}" y="{}" width="{}" height="12" class="stop-bar"/>"#,
            x(*from),
            axis - 6,
            (x(*to) - x(*from)).max(2)
        );
    }
    for (i, ev) in events.iter().enumerate() {
        let Some(p) = placed.get(slot[i]) else { continue };
        let (top, centre, mark) = (row_top(p.row), p.left + p.width / 2, p.mark);
        let _ = write!(
            svg,
            r#"<g class="{}"><line x1="{mark}" y1="{}" x2="{mark}" y2="{axis}" class="leader"/>"#,
            ev.kind.class(),
            top + 31
        );
        if ev.kind == Kind::Today {
            let _ = write!(svg, r#"<line x1="{mark}" y1="{}" x2="{mark}" y2="{}" class="today-line"/>"#, axis - 12, axis + 12);
        } else {
            let _ = write!(svg, r#"<circle cx="{mark}" cy="{axis}" r="6"/>"#);
        }
        let _ = write!(
            svg,
            r#"<text x="{centre}" y="{}" text-anchor="middle" class="label">{}</text><text x="{centre}" y="{}" text-anchor="middle" class="label-date">{}</text></g>"#,
            top + 13,
            ev.short,
            top + 28,
            short_date(ev.date, lang)
        );
    }
    svg.push_str("</svg>");

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h3 id="timeline-heading">{ t.timeline_heading }</h3>
            { Html::from_html_unchecked(svg.into()) }
            <ol class="timeline-list">
                { for events.iter().map(|ev| html! {
                    <li><strong>{ ev.label }</strong>{" — "}{ long_date(ev.date, lang) }</li>
                }) }
                { for suspensions.iter().map(|(from, to)| html! {
                    <li class="timeline-stop"><strong>{ t.timeline_stop }</strong>{" — "}{ format_date_long(*from, lang) }{" → "}{ format_date_long(*to, lang) }</li>
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
    let next_month = |d: NaiveDate| {
        let (year, month) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
        NaiveDate::from_ymd_opt(year, month, 1)
    };
    let mut day = next_month(first);
    while let Some(date) = day.filter(|d| *d <= last) {
        let named = date.month0() % step == 0;
        let year = (named && (!year_shown || date.month() == 1)).then_some(date.year());
        year_shown |= year.is_some();
        ticks.push(Tick { date, month: named.then(|| t.month_short[date.month0() as usize]), year });
        day = next_month(date);
        if ticks.len() > 400 {
            break; // 1900–2199 is the engine's range; a bound all the same.
        }
    }
    ticks
}
