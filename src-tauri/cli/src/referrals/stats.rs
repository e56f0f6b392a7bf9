//! `referrals stats`: the ledger's numbers as tables, or as JSON.

use curbside_core::referrals::{self, ReferralDirection, ONE_SIDED_WINDOW_DAYS, QUIET_DAYS};
use jiff::civil::Date;

use super::args::StatsArgs;
use super::day;
use crate::shared::{fail, output, say, unlock, Global};

/// Prints the numbers on `--at` (default today).
pub fn stats(global: &Global, args: &StatsArgs) -> Result<(), String> {
    let today = day(args.at.as_deref())?;
    let db = unlock::open(global)?;
    let stats = referrals::stats(&db, today).map_err(fail)?;
    if global.json {
        return output::json(&stats);
    }
    let last = |on: Option<Date>| on.map(|on| on.to_string()).unwrap_or_else(|| "—".into());

    say!("Per colleague");
    if stats.by_colleague.is_empty() {
        say!("  No referrals yet.");
    } else {
        let rows: Vec<Vec<String>> = stats
            .by_colleague
            .iter()
            .map(|t| {
                vec![
                    t.contact_name.clone(),
                    t.specialty.clone(),
                    t.sent.to_string(),
                    t.received.to_string(),
                    last(t.last_sent),
                    last(t.last_received),
                    t.contact_id.to_string(),
                ]
            })
            .collect();
        output::table(
            &[
                "COLLEAGUE",
                "SPECIALTY",
                "SENT",
                "RECEIVED",
                "LAST SENT",
                "LAST RECEIVED",
                "ID",
            ],
            &rows,
            40,
        );
    }

    say!("\nPer specialty");
    if !stats.by_specialty.is_empty() {
        let rows: Vec<Vec<String>> = stats
            .by_specialty
            .iter()
            .map(|t| {
                vec![
                    match t.specialty.as_str() {
                        "" => "(none)".to_owned(),
                        s => s.to_owned(),
                    },
                    t.sent.to_string(),
                    t.received.to_string(),
                    last(t.last_sent),
                    last(t.last_received),
                ]
            })
            .collect();
        output::table(
            &[
                "SPECIALTY",
                "SENT",
                "RECEIVED",
                "LAST SENT",
                "LAST RECEIVED",
            ],
            &rows,
            40,
        );
    }

    say!(
        "\nOne-sided since {} (the last {} days)",
        stats.one_sided_since,
        ONE_SIDED_WINDOW_DAYS
    );
    if stats.one_sided.is_empty() {
        say!("  None: every colleague in the ledger refers both ways.");
    }
    for one in &stats.one_sided {
        let how = match one.direction {
            ReferralDirection::Sent => "you send, they never sent back",
            ReferralDirection::Received => "they send, you never sent back",
        };
        say!(
            "  {} ({}): {how}, {} referral(s), last {}",
            one.contact_name,
            one.contact_id,
            one.count,
            one.last
        );
    }

    say!("\nNot referred to in {QUIET_DAYS} days");
    if stats.not_referred_in_a_year.is_empty() {
        say!("  None.");
    }
    for quiet in &stats.not_referred_in_a_year {
        let since = match quiet.last_sent {
            Some(on) => format!("last referred to on {on}"),
            None => "never referred to".to_owned(),
        };
        let partner = if quiet.partner {
            ", referral partner"
        } else {
            ""
        };
        say!(
            "  {} ({}): {since}{partner}",
            quiet.contact_name,
            quiet.contact_id
        );
    }
    Ok(())
}
