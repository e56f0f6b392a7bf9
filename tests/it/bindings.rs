//! The TypeScript types in ui/src/lib/bindings/ are generated from the Rust
//! types that cross IPC, `constants.ts` there from the core's constants
//! the UI offers (milestone kinds, the default reminder settings, the
//! reminder kinds' labels, credit types and CME topics with their labels,
//! Anywhere on Earth), and `commands.ts` with the window's capability file
//! from the command table. These tests fail when the committed files differ
//! from what the Rust code
//! produces; `UPDATE_BINDINGS=1 cargo test --test it bindings` rewrites them.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use curbside_app::commands::sync::{Finished, Offered, OfferedCollection, SyncState};
use curbside_app::commands::{self, cme::ReportFormat};
use curbside_app::error::{ErrorCode, IpcError};
use curbside_app::state::SessionStatus;
use curbside_core::backup::{BackupInfo, Counts, FolderChoice, Reason, Written};
use curbside_core::cme::{
    CertificateInfo, ClaimableCredits, Credit, CreditDraft, CreditType, Cycle, CycleDraft,
    CycleKind, CycleProgress, HoursLine, Minimum, Requirement, Shortfall,
};
use curbside_core::conference::{
    AfterEvent, Brief, CaptureDraft, CaptureMatch, Captured, FollowUp, Radar, RadarPerson,
    RadarReason, RadarReasonKind, TripPlan,
};
use curbside_core::contacts::duplicates::DuplicatePair;
use curbside_core::contacts::{
    Address, Contact, ContactDraft, ContactFilter, ContactSort, ContactSummary, HowWeMet, Labeled,
    NameParts,
};
use curbside_core::events::{
    Deadline, DeadlineDraft, DeadlineKind, Event, EventDetail, EventDraft, EventFilter, EventKind,
    EventPerson, EventStatus, EventTiming, Occurrence, PersonRole, PlannedSession, SessionDraft,
    UpcomingDeadline,
};
use curbside_core::export::ExportFormat;
use curbside_core::import::{ImportIssue, ImportProgress, ImportSummary};
use curbside_core::interactions::{Interaction, InteractionDraft, InteractionKind};
use curbside_core::introductions::{
    IntroPerson, Introduction, IntroductionDraft, IntroductionStatus, IntroductionStep, Side,
};
use curbside_core::keys::SlotStatus;
use curbside_core::memberships::{
    CommitteeRole, Membership, MembershipDraft, MembershipMeeting, MembershipStatus,
    COMMON_SOCIETIES,
};
use curbside_core::mentorship;
use curbside_core::messages::{MessageDraft, MessageTemplate, SentMessage, TemplateKind};
use curbside_core::opportunities::{
    Opportunity, OpportunityDraft, OpportunityFilter, OpportunityKind, OpportunityPerson,
    OpportunityRole, OpportunityStatus, StatusChange,
};
use curbside_core::organizations::{
    Affiliation, AffiliationDraft, AffiliationKind, Organization, OrganizationKind,
};
use curbside_core::presence::{OwnMilestone, OwnMilestoneDraft, OwnMilestoneKind, Presence};
use curbside_core::profile::ContactProfile;
use curbside_core::referrals::{
    ColleagueTally, DormantColleague, OneSided, Referral, ReferralDirection, ReferralDraft,
    ReferralFilter, ReferralReason, ReferralStats, SpecialtyTally,
};
use curbside_core::relationships::{Relationship, RelationshipKind};
use curbside_core::reminders::{
    Cadence, CadenceRule, CadenceTarget, ContactCadence, CustomReminder, CustomReminderDraft,
    KindSettings, Milestone, MilestoneDraft, QuietHours, ReasonPart, Reminder, ReminderKind,
    ReminderSettings, Subject, Weekday, MILESTONE_KINDS,
};
use curbside_core::repair::{Salvaged, TableSalvage};
use curbside_core::search::network::{NetworkHit, NetworkHitKind, SnippetPart};
use curbside_core::search::{ContactLineHit, ContactMatch, MatchedField};
use curbside_core::sync::account::{AccountSummary, Status};
use curbside_core::sync::conflicts::{Conflict, Keep};
use curbside_core::sync::engine::{Progress, Report};
use ts_rs::{Config, TS};

fn check<T: TS + 'static>(stale: &mut Vec<String>) {
    let path = T::output_path().expect("an exportable type");
    let generated = T::export_to_string(&Config::new()).expect("the type exports");
    compare(&path, &generated, stale);
}

/// Compares (or with `UPDATE_BINDINGS` set, writes) one generated file.
fn compare(path: &Path, generated: &str, stale: &mut Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings");
    let path = dir.join(path);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        stale.push(path.display().to_string());
    }
}

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let mut stale = Vec::new();
    check::<Contact>(&mut stale);
    check::<ContactDraft>(&mut stale);
    check::<ContactFilter>(&mut stale);
    check::<ContactSort>(&mut stale);
    check::<ContactLineHit>(&mut stale);
    check::<ContactMatch>(&mut stale);
    check::<MatchedField>(&mut stale);
    check::<NameParts>(&mut stale);
    check::<Labeled>(&mut stale);
    check::<Address>(&mut stale);
    check::<HowWeMet>(&mut stale);
    check::<Interaction>(&mut stale);
    check::<InteractionDraft>(&mut stale);
    check::<InteractionKind>(&mut stale);
    check::<ContactSummary>(&mut stale);
    check::<ContactProfile>(&mut stale);
    check::<DuplicatePair>(&mut stale);
    check::<ImportSummary>(&mut stale);
    check::<ImportIssue>(&mut stale);
    check::<ImportProgress>(&mut stale);
    check::<ExportFormat>(&mut stale);
    check::<Organization>(&mut stale);
    check::<OrganizationKind>(&mut stale);
    check::<Affiliation>(&mut stale);
    check::<AffiliationDraft>(&mut stale);
    check::<AffiliationKind>(&mut stale);
    check::<Relationship>(&mut stale);
    check::<RelationshipKind>(&mut stale);
    check::<SessionStatus>(&mut stale);
    check::<SlotStatus>(&mut stale);
    check::<Salvaged>(&mut stale);
    check::<TableSalvage>(&mut stale);
    check::<IpcError>(&mut stale);
    check::<Opportunity>(&mut stale);
    check::<OpportunityDraft>(&mut stale);
    check::<OpportunityFilter>(&mut stale);
    check::<OpportunityKind>(&mut stale);
    check::<OpportunityPerson>(&mut stale);
    check::<OpportunityRole>(&mut stale);
    check::<OpportunityStatus>(&mut stale);
    check::<StatusChange>(&mut stale);
    check::<Membership>(&mut stale);
    check::<MembershipDraft>(&mut stale);
    check::<MembershipMeeting>(&mut stale);
    check::<MembershipStatus>(&mut stale);
    check::<CommitteeRole>(&mut stale);
    check::<ErrorCode>(&mut stale);
    check::<SyncState>(&mut stale);
    check::<Status>(&mut stale);
    check::<AccountSummary>(&mut stale);
    check::<Progress>(&mut stale);
    check::<Report>(&mut stale);
    check::<Conflict>(&mut stale);
    check::<Keep>(&mut stale);
    check::<Finished>(&mut stale);
    check::<Offered>(&mut stale);
    check::<OfferedCollection>(&mut stale);
    check::<Event>(&mut stale);
    check::<EventDraft>(&mut stale);
    check::<EventDetail>(&mut stale);
    check::<EventFilter>(&mut stale);
    check::<EventKind>(&mut stale);
    check::<EventStatus>(&mut stale);
    check::<EventTiming>(&mut stale);
    check::<Occurrence>(&mut stale);
    check::<Deadline>(&mut stale);
    check::<DeadlineDraft>(&mut stale);
    check::<DeadlineKind>(&mut stale);
    check::<UpcomingDeadline>(&mut stale);
    check::<PlannedSession>(&mut stale);
    check::<SessionDraft>(&mut stale);
    check::<PersonRole>(&mut stale);
    check::<EventPerson>(&mut stale);
    check::<Credit>(&mut stale);
    check::<CreditDraft>(&mut stale);
    check::<CreditType>(&mut stale);
    check::<CertificateInfo>(&mut stale);
    check::<Cycle>(&mut stale);
    check::<CycleDraft>(&mut stale);
    check::<CycleKind>(&mut stale);
    check::<Minimum>(&mut stale);
    check::<HoursLine>(&mut stale);
    check::<CycleProgress>(&mut stale);
    check::<Shortfall>(&mut stale);
    check::<Requirement>(&mut stale);
    check::<ClaimableCredits>(&mut stale);
    check::<Referral>(&mut stale);
    check::<ReferralDraft>(&mut stale);
    check::<ReferralFilter>(&mut stale);
    check::<ReferralDirection>(&mut stale);
    check::<ReferralReason>(&mut stale);
    check::<ReferralStats>(&mut stale);
    check::<ColleagueTally>(&mut stale);
    check::<SpecialtyTally>(&mut stale);
    check::<OneSided>(&mut stale);
    check::<DormantColleague>(&mut stale);
    check::<Reminder>(&mut stale);
    check::<ReasonPart>(&mut stale);
    check::<ReminderKind>(&mut stale);
    check::<Subject>(&mut stale);
    check::<Cadence>(&mut stale);
    check::<CadenceTarget>(&mut stale);
    check::<CadenceRule>(&mut stale);
    check::<ContactCadence>(&mut stale);
    check::<Milestone>(&mut stale);
    check::<curbside_core::patient_data::Finding>(&mut stale);
    check::<curbside_core::review::WeekReview>(&mut stale);
    check::<curbside_core::sample::SampleCounts>(&mut stale);
    check::<curbside_core::contacts::Facets>(&mut stale);
    check::<curbside_core::review::KindCount>(&mut stale);
    check::<curbside_core::review::NewContact>(&mut stale);
    check::<MilestoneDraft>(&mut stale);
    check::<CustomReminder>(&mut stale);
    check::<CustomReminderDraft>(&mut stale);
    check::<ReminderSettings>(&mut stale);
    check::<Weekday>(&mut stale);
    check::<KindSettings>(&mut stale);
    check::<QuietHours>(&mut stale);
    check::<TemplateKind>(&mut stale);
    check::<MessageTemplate>(&mut stale);
    check::<MessageDraft>(&mut stale);
    check::<SentMessage>(&mut stale);
    check::<BackupInfo>(&mut stale);
    check::<Counts>(&mut stale);
    check::<Reason>(&mut stale);
    check::<Written>(&mut stale);
    check::<FolderChoice>(&mut stale);
    check::<ReportFormat>(&mut stale);
    check::<mentorship::Mentorship>(&mut stale);
    check::<mentorship::MentorshipDraft>(&mut stale);
    check::<mentorship::Role>(&mut stale);
    check::<mentorship::Goal>(&mut stale);
    check::<mentorship::GoalDraft>(&mut stale);
    check::<mentorship::Meeting>(&mut stale);
    check::<mentorship::MeetingDraft>(&mut stale);
    check::<mentorship::ActionItem>(&mut stale);
    check::<mentorship::LetterRequest>(&mut stale);
    check::<mentorship::LetterDraft>(&mut stale);
    check::<mentorship::LetterStatus>(&mut stale);
    check::<mentorship::Outcome>(&mut stale);
    check::<mentorship::Program>(&mut stale);
    check::<mentorship::Writer>(&mut stale);
    check::<Introduction>(&mut stale);
    check::<IntroPerson>(&mut stale);
    check::<IntroductionDraft>(&mut stale);
    check::<IntroductionStatus>(&mut stale);
    check::<IntroductionStep>(&mut stale);
    check::<Side>(&mut stale);
    check::<Presence>(&mut stale);
    check::<OwnMilestone>(&mut stale);
    check::<OwnMilestoneDraft>(&mut stale);
    check::<OwnMilestoneKind>(&mut stale);
    check::<Radar>(&mut stale);
    check::<RadarPerson>(&mut stale);
    check::<RadarReason>(&mut stale);
    check::<RadarReasonKind>(&mut stale);
    check::<TripPlan>(&mut stale);
    check::<Brief>(&mut stale);
    check::<CaptureDraft>(&mut stale);
    check::<CaptureMatch>(&mut stale);
    check::<Captured>(&mut stale);
    check::<FollowUp>(&mut stale);
    check::<AfterEvent>(&mut stale);
    check::<NetworkHit>(&mut stale);
    check::<NetworkHitKind>(&mut stale);
    check::<SnippetPart>(&mut stale);
    assert!(
        stale.is_empty(),
        "stale bindings (run UPDATE_BINDINGS=1 cargo test --test it bindings): {stale:?}"
    );
}

#[test]
fn committed_constants_match_the_core() {
    let kinds = serde_json::to_string(&MILESTONE_KINDS).unwrap();
    let settings = serde_json::to_string_pretty(&ReminderSettings::default()).unwrap();
    let reminder_kinds = pretty(&ReminderKind::ALL.map(|kind| {
        serde_json::json!({
            "kind": kind.as_str(),
            "label": kind.label(),
            "many": kind.takes_several_leads(),
        })
    }));
    let credit_types = pretty(
        &CreditType::ALL
            .map(|kind| serde_json::json!({ "value": kind.as_str(), "label": kind.short_label() })),
    );
    let topics = pretty(&curbside_core::cme::KNOWN_TOPICS.map(
        |key| serde_json::json!({ "value": key, "label": curbside_core::cme::topic_label(key) }),
    ));
    fn choices<T: curbside_core::choice::Choice>() -> String {
        pretty(
            &T::ALL
                .iter()
                .map(|value| serde_json::json!({ "value": value.name(), "label": value.help() }))
                .collect::<Vec<_>>(),
        )
    }
    let programs = choices::<mentorship::Program>();
    let statuses = choices::<mentorship::LetterStatus>();
    let outcomes = choices::<mentorship::Outcome>();
    let writers = choices::<mentorship::Writer>();
    let referral_reasons = pretty(
        &<ReferralReason as curbside_core::choice::Choice>::ALL
            .iter()
            .map(|&reason| {
                use curbside_core::choice::Choice;
                serde_json::json!({ "value": reason.name(), "label": reason.help() })
            })
            .collect::<Vec<_>>(),
    );
    let aoe = serde_json::to_string(curbside_core::events::AOE).unwrap();
    let aoe_label = serde_json::to_string(curbside_core::events::AOE_LABEL).unwrap();
    let aoe_offset = curbside_core::events::AOE_OFFSET_HOURS;
    let generated = format!(
        "// Generated from the Rust core by tests/it/bindings.rs. Do not edit this file manually.\n\
         import type {{ CreditType }} from \"./CreditType\";\n\
         import type {{ LetterStatus }} from \"./LetterStatus\";\n\
         import type {{ Outcome }} from \"./Outcome\";\n\
         import type {{ Program }} from \"./Program\";\n\
         import type {{ ReferralReason }} from \"./ReferralReason\";\n\
         import type {{ ReminderKind }} from \"./ReminderKind\";\n\
         import type {{ ReminderSettings }} from \"./ReminderSettings\";\n\
         import type {{ Writer }} from \"./Writer\";\n\n\
         /** The milestone kinds the core accepts (`reminders::MILESTONE_KINDS`). */\n\
         export const MILESTONE_KINDS = {kinds} as const;\n\n\
         /** A milestone kind the core accepts. */\n\
         export type MilestoneKindName = (typeof MILESTONE_KINDS)[number];\n\n\
         /** The reminder settings before the user changes any (`ReminderSettings::default()`). */\n\
         export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {settings};\n\n\
         /**\n \
         * Every reminder kind in the order the settings list them, as the settings name it, and whether it\n \
         * takes one or more lead times (`ReminderKind::ALL`, `label`, `takes_several_leads`).\n \
         */\n\
         export const REMINDER_KINDS: ReadonlyArray<{{ kind: ReminderKind; label: string; many: boolean }}> = {reminder_kinds};\n\n\
         /** Every credit type in the order they are offered, by its short name (`CreditType::ALL`, `short_label`). */\n\
         export const CREDIT_TYPES: ReadonlyArray<{{ value: CreditType; label: string }}> = {credit_types};\n\n\
         /** The special topics the core knows by key, in order, with their names (`cme::KNOWN_TOPICS`, `topic_label`). */\n\
         export const CME_TOPICS: ReadonlyArray<{{ value: string; label: string }}> = {topics};\n\n\
         /** The reasons a referral is logged under, in order, with their names (`ReferralReason`'s choices). */\n\
         export const REFERRAL_REASONS: ReadonlyArray<{{ value: ReferralReason; label: string }}> = {referral_reasons};\n\n\
         /** The zone name a key date stores for Anywhere on Earth (`events::AOE`). */\n\
         export const AOE = {aoe};\n\n\
         /** Anywhere on Earth in words (`events::AOE_LABEL`). */\n\
         export const AOE_LABEL = {aoe_label};\n\n\
         /** Anywhere on Earth's offset from UTC in hours, all year (`events::AOE_OFFSET_HOURS`). */\n\
         export const AOE_OFFSET_HOURS = {aoe_offset};\n\n\
         /** What a letter of recommendation is for, in order (`mentorship::Program`). */\n\
         export const LETTER_PROGRAMS: ReadonlyArray<{{ value: Program; label: string }}> = {programs};\n\n\
         /** A letter request's statuses, in order (`mentorship::LetterStatus`). */\n\
         export const LETTER_STATUSES: ReadonlyArray<{{ value: LetterStatus; label: string }}> = {statuses};\n\n\
         /** How an application turned out (`mentorship::Outcome`). */\n\
         export const LETTER_OUTCOMES: ReadonlyArray<{{ value: Outcome; label: string }}> = {outcomes};\n\n\
         /** Who writes a letter (`mentorship::Writer`). */\n\
         export const LETTER_WRITERS: ReadonlyArray<{{ value: Writer; label: string }}> = {writers};\n"
    );
    let generated = generated + &opportunity_constants();
    let mut stale = Vec::new();
    compare(Path::new("constants.ts"), &generated, &mut stale);
    assert!(
        stale.is_empty(),
        "stale constants (run UPDATE_BINDINGS=1 cargo test --test it bindings): {stale:?}"
    );
}

/// The opportunities' and memberships' lists with their labels, and the
/// societies offered as suggestions.
fn opportunity_constants() -> String {
    use curbside_core::choice::Choice;
    let kinds = pretty(
        &OpportunityKind::ALL
            .iter()
            .map(|k| serde_json::json!({ "value": k.name(), "label": k.label() }))
            .collect::<Vec<_>>(),
    );
    let statuses = pretty(
        &OpportunityStatus::ALL
            .iter()
            .map(|s| serde_json::json!({ "value": s.name(), "label": s.label(), "open": s.is_open() }))
            .collect::<Vec<_>>(),
    );
    let roles = pretty(
        &OpportunityRole::ALL
            .iter()
            .map(|r| serde_json::json!({ "value": r.name(), "label": r.label() }))
            .collect::<Vec<_>>(),
    );
    let societies = serde_json::to_string_pretty(COMMON_SOCIETIES).unwrap();
    format!(
        "\nimport type {{ OpportunityKind }} from \"./OpportunityKind\";\n\
         import type {{ OpportunityRole }} from \"./OpportunityRole\";\n\
         import type {{ OpportunityStatus }} from \"./OpportunityStatus\";\n\n\
         /** Opportunity kinds in the order they are offered (`OpportunityKind::ALL`, `label`). */\n\
         export const OPPORTUNITY_KINDS: ReadonlyArray<{{ value: OpportunityKind; label: string }}> = {kinds};\n\n\
         /** Opportunity statuses in order, and whether each is still open (`OpportunityStatus::ALL`, `label`, `is_open`). */\n\
         export const OPPORTUNITY_STATUSES: ReadonlyArray<{{ value: OpportunityStatus; label: string; open: boolean }}> = {statuses};\n\n\
         /** The roles a person has in an opportunity (`OpportunityRole::ALL`, `label`). */\n\
         export const OPPORTUNITY_ROLES: ReadonlyArray<{{ value: OpportunityRole; label: string }}> = {roles};\n\n\
         /** Societies offered as the user types one (`memberships::COMMON_SOCIETIES`). */\n\
         export const COMMON_SOCIETIES: ReadonlyArray<string> = {societies};\n"
    )
}

/// ui/src/lib/bindings/commands.ts: every command's name, arguments and
/// result, from the command table (`curbside_app::commands::all`).
#[test]
fn committed_command_bindings_match_the_commands() {
    let commands = commands::all();
    let imports: BTreeSet<(String, String)> = commands
        .iter()
        .flat_map(|command| {
            command
                .args
                .iter()
                .map(|arg| &arg.ty)
                .chain([&command.result])
        })
        .flat_map(|ty| &ty.imports)
        .map(|import| (import.from.clone(), import.name.clone()))
        .collect();
    let mut ts = String::from(
        "// Generated from the Rust commands by tests/it/bindings.rs. Do not edit this file manually.\n",
    );
    for (from, name) in imports {
        writeln!(ts, "import type {{ {name} }} from \"{from}\";").unwrap();
    }
    ts.push_str(
        "\n/**\n * Every backend command, from its `#[tauri::command]` function in\n \
         * src-tauri/src/commands: the arguments the UI passes (camelCase) and what\n \
         * the call resolves to.\n */\nexport type Commands = {\n",
    );
    for command in &commands {
        ts.push_str(&jsdoc(command.docs));
        let args: Vec<String> = command
            .args
            .iter()
            .map(|arg| format!("{}: {}", arg.name, arg.ty.name))
            .collect();
        let args = if args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            format!("{{ {} }}", args.join("; "))
        };
        let result = &command.result.name;
        writeln!(
            ts,
            "  {}: {{ args: {args}; result: {result} }};",
            command.name
        )
        .unwrap();
    }
    ts.push_str(
        "};\n\n/** The name of a backend command. */\nexport type CommandName = keyof Commands;\n",
    );
    let mut stale = Vec::new();
    compare(Path::new("commands.ts"), &ts, &mut stale);
    assert!(
        stale.is_empty(),
        "stale command bindings (run UPDATE_BINDINGS=1 cargo test --test it bindings): {stale:?}"
    );
}

/// A doc comment as JSDoc, indented for a member of `Commands`.
fn jsdoc(docs: &str) -> String {
    let lines: Vec<String> = docs
        .lines()
        .map(|line| line.replace("*/", "*\\/"))
        .collect();
    match lines.as_slice() {
        [] => String::new(),
        [line] => format!("  /** {line} */\n"),
        lines => {
            let body: String = lines.iter().map(|line| format!("   * {line}\n")).collect();
            format!("  /**\n{body}   */\n")
        }
    }
}

/// The window's capability file grants every command (`allow-area-verb`)
/// and, after them, the plugin and core permissions written in it by hand.
#[test]
fn the_capability_file_grants_every_command() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(CAPABILITY);
    let written = std::fs::read_to_string(&path).unwrap();
    let mut capability: Capability = serde_json::from_str(&written).unwrap();
    capability
        .permissions
        .retain(|permission| !permission.starts_with("allow-"));
    let commands = commands::all()
        .into_iter()
        .map(|command| format!("allow-{}", command.name.replace('_', "-")));
    capability.permissions = commands.chain(capability.permissions).collect();
    let generated = serde_json::to_string_pretty(&capability).unwrap() + "\n";
    if written != generated && std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    assert!(
        written == generated,
        "{CAPABILITY} does not grant exactly the commands (run UPDATE_BINDINGS=1 cargo test --test it bindings)"
    );
}

const CAPABILITY: &str = "src-tauri/capabilities/main-window.json";

/// The capability file's fields, in its order (a field added to it by hand
/// must be added here, or the test refuses the file).
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct Capability {
    #[serde(rename = "$schema")]
    schema: String,
    identifier: String,
    description: String,
    windows: Vec<String>,
    permissions: Vec<String>,
}

/// A list as indented JSON, the way the constants file shows it.
fn pretty(values: &[serde_json::Value]) -> String {
    serde_json::to_string_pretty(values).unwrap()
}
