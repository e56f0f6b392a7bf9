//! The report as one self-contained HTML page: inline CSS (with print rules),
//! no scripts, nothing fetched from anywhere, every value escaped. Opened in
//! a browser or the app's webview, "Print" or "Save as PDF" gives the PDF a
//! licensing board asks for.

use std::fmt::Write;

use super::{as_of, countdown, credit_type, credited_hours, hours, lines, standing, topics, Group};
use crate::cme::CycleProgress;

/// A cycle's report as a printable, self-contained HTML page (no scripts, no
/// remote resources), for "Print" or "Save as PDF".
pub fn report_html(progress: &CycleProgress) -> String {
    let cycle = &progress.cycle;
    let mut page = String::with_capacity(8192 + progress.credits.len() * 400);
    page.push_str(HEAD_START);
    let _ = writeln!(page, "<title>CME report: {}</title>", escape(&cycle.name));
    page.push_str(STYLE);
    page.push_str("</head>\n<body>\n<header>\n");
    let _ = writeln!(page, "<h1>{}</h1>", escape(&cycle.name));
    let mut facts = vec![cycle.kind.label().to_owned()];
    if !cycle.authority.is_empty() {
        facts.push(cycle.authority.clone());
    }
    facts.push(format!("{} to {}", cycle.starts_on, cycle.ends_on));
    let _ = writeln!(
        page,
        "<p class=\"facts\">{}</p>",
        escape(&facts.join(" · "))
    );
    let status_class = if progress.complete {
        "complete"
    } else {
        "incomplete"
    };
    let mut status = format!("{} · {}", standing(progress), countdown(progress.days_left));
    if let Some(day) = as_of(progress) {
        let _ = write!(status, " · as of {day}");
    }
    let _ = writeln!(
        page,
        "<p class=\"status {status_class}\">{}</p>",
        escape(&status)
    );
    if !cycle.notes.is_empty() {
        let _ = writeln!(page, "<p class=\"notes\">{}</p>", escape(&cycle.notes));
    }
    page.push_str("</header>\n");

    requirements(&mut page, progress);
    credits(&mut page, progress);
    page.push_str("<footer>Prepared with Curbside.</footer>\n</body>\n</html>\n");
    page
}

fn requirements(page: &mut String, progress: &CycleProgress) {
    page.push_str(
        "<h2>Requirements</h2>\n<table class=\"requirements\">\n<thead><tr><th>Requirement</th>\
         <th class=\"hours\">Required</th><th class=\"hours\">Earned</th>\
         <th class=\"hours\">Missing</th></tr></thead>\n<tbody>\n",
    );
    let mut group_shown = None;
    for (group, line) in lines(progress) {
        if group != Group::Total && group_shown != Some(group) {
            let heading = if group == Group::Type {
                "By credit type"
            } else {
                "Special topics"
            };
            let _ = writeln!(
                page,
                "<tr class=\"group\"><th colspan=\"4\">{heading}</th></tr>"
            );
            group_shown = Some(group);
        }
        let missing_class = if line.missing > 0.0 { " missing" } else { "" };
        let _ = writeln!(
            page,
            "<tr><td>{}</td><td class=\"hours\">{}</td><td class=\"hours\">{}</td>\
             <td class=\"hours{missing_class}\">{}</td></tr>",
            escape(&line.label),
            hours(line.required),
            hours(line.earned),
            hours(line.missing),
        );
    }
    page.push_str("</tbody>\n</table>\n");
}

fn credits(page: &mut String, progress: &CycleProgress) {
    let count = progress.credits.len();
    let _ = writeln!(
        page,
        "<h2>Credits ({count} {}, {} hours)</h2>",
        if count == 1 { "entry" } else { "entries" },
        hours(credited_hours(progress)),
    );
    if count == 0 {
        page.push_str("<p>No credits recorded in this cycle yet.</p>\n");
        return;
    }
    page.push_str(
        "<table class=\"credits\">\n<thead><tr><th>Date</th><th>Activity</th><th>Provider</th>\
         <th>Credit type</th><th class=\"hours\">Hours</th><th>Topics</th>\
         <th class=\"hours\">Certificates</th></tr></thead>\n<tbody>\n",
    );
    for credit in &progress.credits {
        let _ = writeln!(
            page,
            "<tr><td class=\"date\">{}</td><td>{}</td><td>{}</td><td>{}</td>\
             <td class=\"hours\">{}</td><td>{}</td><td class=\"hours\">{}</td></tr>",
            credit.earned_on,
            escape(&credit.title),
            escape(&credit.provider),
            escape(credit_type(credit)),
            hours(credit.hours),
            escape(&topics(credit)),
            credit.certificates.len(),
        );
    }
    page.push_str("</tbody>\n</table>\n");
}

/// Text made safe inside HTML elements and quoted attributes.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The page asks the browser to load nothing: no scripts, no remote styles,
/// images or fonts, even if something slipped past the escaping.
const HEAD_START: &str = "<!DOCTYPE html>
<html lang=\"en\">
<head>
<meta charset=\"utf-8\">
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
";

const STYLE: &str = "<style>
body { font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
       color: #111; background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 0.5rem; }
.facts { margin: 0; color: #444; }
.status { margin: 0.4rem 0 0; font-weight: 600; }
.complete { color: #14612b; }
.incomplete { color: #8a1c1c; }
.notes { white-space: pre-wrap; color: #444; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #d4d4d4; }
thead th { border-bottom: 2px solid #111; }
tr.group th { background: #f2f2f2; font-weight: 600; }
.hours { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.missing { color: #8a1c1c; font-weight: 600; }
footer { margin-top: 2rem; font-size: 0.85rem; color: #666; }
@media print {
  @page { margin: 15mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .complete, .incomplete, .missing { color: #000; }
}
</style>
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_shown_not_run() {
        assert_eq!(
            escape("<script>alert('x & y')</script>"),
            "&lt;script&gt;alert(&#39;x &amp; y&#39;)&lt;/script&gt;"
        );
    }
}
