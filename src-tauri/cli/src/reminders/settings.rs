//! `curbside-cli remind settings`: every kind of reminder on its row (on or
//! off, lead times, time of day, quiet hours), as the app's Settings lists
//! them, and the few changes a script needs: a kind on or off, and the
//! weekly review's day and time. The core checks and stores them.

use curbside_core::reminders::{self, KindSettings, ReminderKind, ReminderSettings};
use jiff::civil::Time;

use super::args::SettingsArgs;
use crate::shared::{fail, output, say, unlock, Global};

/// Runs `remind settings`.
pub fn run(global: &Global, args: &SettingsArgs) -> Result<(), String> {
    if let Some(kind) = args.on.iter().find(|kind| args.off.contains(kind)) {
        return Err(format!(
            "{} is both --on and --off: pick one",
            kind.as_str().replace('_', "-")
        ));
    }
    let time = args
        .review_time
        .as_deref()
        .map(|text| {
            text.trim().parse::<Time>().map_err(|_| {
                format!("--review-time \"{text}\" is not a time of day: write it as 16:00")
            })
        })
        .transpose()?;
    let changes =
        !args.on.is_empty() || !args.off.is_empty() || args.review_day.is_some() || time.is_some();
    let mut db = unlock::open(global)?;
    let mut settings = reminders::settings(&db).map_err(fail)?;
    if changes {
        for kind in &args.on {
            kind_mut(&mut settings, *kind).enabled = true;
        }
        for kind in &args.off {
            kind_mut(&mut settings, *kind).enabled = false;
        }
        if let Some(day) = args.review_day {
            settings.weekly_review_day = day;
        }
        if let Some(time) = time {
            settings.weekly_review.time_of_day = time;
        }
        reminders::save_settings(&mut db, &settings).map_err(fail)?;
        settings = reminders::settings(&db).map_err(fail)?;
    }
    if global.json {
        return output::json(&settings);
    }
    print(&settings);
    Ok(())
}

/// The settings of `kind`, to change.
fn kind_mut(settings: &mut ReminderSettings, kind: ReminderKind) -> &mut KindSettings {
    match kind {
        ReminderKind::StayInTouch => &mut settings.stay_in_touch,
        ReminderKind::FollowUp => &mut settings.follow_up,
        ReminderKind::EventFollowUp => &mut settings.event_follow_up,
        ReminderKind::Milestone => &mut settings.milestone,
        ReminderKind::Birthday => &mut settings.birthday,
        ReminderKind::WorkAnniversary => &mut settings.work_anniversary,
        ReminderKind::Deadline => &mut settings.deadline,
        ReminderKind::CmeShortfall => &mut settings.cme_shortfall,
        ReminderKind::ClaimCredits => &mut settings.claim_credits,
        ReminderKind::Custom => &mut settings.custom,
        ReminderKind::ReferralThanks => &mut settings.referral_thanks,
        ReminderKind::IntroFollowUp => &mut settings.intro_follow_up,
        ReminderKind::Mentoring => &mut settings.mentoring,
        ReminderKind::LetterRequest => &mut settings.letter_request,
        ReminderKind::Opportunity => &mut settings.opportunity,
        ReminderKind::MembershipRenewal => &mut settings.membership_renewal,
        ReminderKind::ProfileUpdate => &mut settings.profile_update,
        ReminderKind::WeeklyReview => &mut settings.weekly_review,
    }
}

fn hhmm(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}

fn print(settings: &ReminderSettings) {
    let rows: Vec<Vec<String>> = ReminderKind::ALL
        .iter()
        .map(|&kind| {
            let own = settings.of(kind);
            let lead = if kind == ReminderKind::WeeklyReview {
                format!("{}s", settings.weekly_review_day.as_str())
            } else {
                own.lead_days
                    .iter()
                    .map(|days| format!("{days}d"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let quiet = own
                .quiet_hours
                .map(|q| format!("{}–{}", hhmm(q.start), hhmm(q.end)))
                .unwrap_or_else(|| "general".to_owned());
            vec![
                kind.label().to_owned(),
                kind.as_str().replace('_', "-"),
                if own.enabled { "on" } else { "off" }.to_owned(),
                lead,
                hhmm(own.time_of_day),
                quiet,
            ]
        })
        .collect();
    output::table(
        &["REMINDER", "KIND", "ON", "LEAD", "AT", "QUIET HOURS"],
        &rows,
        60,
    );
    say!(
        "General quiet hours: {}–{}",
        hhmm(settings.quiet_hours.start),
        hhmm(settings.quiet_hours.end)
    );
}
