//! The TypeScript types in ui/src/lib/bindings/ are generated from the Rust
//! types that cross IPC, and `constants.ts` there from the core's constants
//! the UI offers (milestone kinds, the default reminder settings). These
//! tests fail when the committed files differ from what the Rust code
//! produces; `UPDATE_BINDINGS=1 cargo test --test bindings` rewrites them.

use std::path::Path;

use curbside_app::error::{ErrorCode, IpcError};
use curbside_app::state::SessionStatus;
use curbside_core::backup::{BackupInfo, Counts, FolderChoice, Reason, Written};
use curbside_core::cme::{
    CertificateInfo, ClaimableCredits, Credit, CreditDraft, CreditType, Cycle, CycleDraft,
    CycleKind, CycleProgress, HoursLine, Minimum, Requirement, Shortfall,
};
use curbside_core::contacts::duplicates::DuplicatePair;
use curbside_core::contacts::{
    Address, Contact, ContactDraft, ContactFilter, ContactSummary, HowWeMet, Labeled, NameParts,
};
use curbside_core::events::{
    Deadline, DeadlineDraft, DeadlineKind, Event, EventDetail, EventDraft, EventFilter, EventKind,
    EventPerson, EventStatus, EventTiming, Occurrence, PersonRole, PlannedSession, SessionDraft,
    UpcomingDeadline,
};
use curbside_core::export::ExportFormat;
use curbside_core::import::{ImportIssue, ImportProgress, ImportSummary};
use curbside_core::interactions::{Interaction, InteractionDraft, InteractionKind};
use curbside_core::messages::{MessageDraft, MessageTemplate, SentMessage, TemplateKind};
use curbside_core::organizations::{
    Affiliation, AffiliationDraft, AffiliationKind, Organization, OrganizationKind,
};
use curbside_core::profile::ContactProfile;
use curbside_core::relationships::{Relationship, RelationshipKind};
use curbside_core::reminders::{
    Cadence, CadenceRule, CadenceTarget, ContactCadence, CustomReminder, CustomReminderDraft,
    KindSettings, Milestone, MilestoneDraft, QuietHours, Reminder, ReminderKind, ReminderSettings,
    Subject, MILESTONE_KINDS,
};
use curbside_core::repair::{Salvaged, TableSalvage};
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
    check::<Salvaged>(&mut stale);
    check::<TableSalvage>(&mut stale);
    check::<IpcError>(&mut stale);
    check::<ErrorCode>(&mut stale);
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
    check::<Reminder>(&mut stale);
    check::<ReminderKind>(&mut stale);
    check::<Subject>(&mut stale);
    check::<Cadence>(&mut stale);
    check::<CadenceTarget>(&mut stale);
    check::<CadenceRule>(&mut stale);
    check::<ContactCadence>(&mut stale);
    check::<Milestone>(&mut stale);
    check::<MilestoneDraft>(&mut stale);
    check::<CustomReminder>(&mut stale);
    check::<CustomReminderDraft>(&mut stale);
    check::<ReminderSettings>(&mut stale);
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
    assert!(
        stale.is_empty(),
        "stale bindings (run UPDATE_BINDINGS=1 cargo test --test bindings): {stale:?}"
    );
}

#[test]
fn committed_constants_match_the_core() {
    let kinds = serde_json::to_string(&MILESTONE_KINDS).unwrap();
    let settings = serde_json::to_string_pretty(&ReminderSettings::default()).unwrap();
    let generated = format!(
        "// Generated from the Rust core by tests/bindings.rs. Do not edit this file manually.\n\
         import type {{ ReminderSettings }} from \"./ReminderSettings\";\n\n\
         /** The milestone kinds the core accepts (`reminders::MILESTONE_KINDS`). */\n\
         export const MILESTONE_KINDS = {kinds} as const;\n\n\
         /** A milestone kind the core accepts. */\n\
         export type MilestoneKindName = (typeof MILESTONE_KINDS)[number];\n\n\
         /** The reminder settings before the user changes any (`ReminderSettings::default()`). */\n\
         export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {settings};\n"
    );
    let mut stale = Vec::new();
    compare(Path::new("constants.ts"), &generated, &mut stale);
    assert!(
        stale.is_empty(),
        "stale constants (run UPDATE_BINDINGS=1 cargo test --test bindings): {stale:?}"
    );
}
