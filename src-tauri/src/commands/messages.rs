//! Message drafts: the templates, the name the user signs with, a draft for
//! a contact or a reminder, logging it as sent (the write wakes the
//! scheduler, since its reminder is done), and opening the draft's mail or
//! profile link.

use curbside_core::interactions::Interaction;
use curbside_core::messages::{self, MessageDraft, MessageTemplate, SentMessage, TemplateKind};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

/// The six templates, as the user left them.
#[tauri::command]
pub async fn messages_templates(
    state: State<'_, AppState>,
) -> Result<Vec<MessageTemplate>, IpcError> {
    state.with_db(|db| messages::templates(db)).await
}

/// Saves the user's wording of a template.
#[tauri::command]
pub async fn messages_save_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
    subject: String,
    body: String,
) -> Result<MessageTemplate, IpcError> {
    state
        .with_db(move |db| messages::save_template(db, kind, &subject, &body))
        .await
}

/// Puts Curbside's wording of a template back.
#[tauri::command]
pub async fn messages_reset_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
) -> Result<MessageTemplate, IpcError> {
    state
        .with_db(move |db| messages::reset_template(db, kind))
        .await
}

/// A message to a contact from a template, or from the reminder's own.
#[tauri::command]
pub async fn messages_compose(
    state: State<'_, AppState>,
    contact_id: i64,
    template: Option<TemplateKind>,
    reminder_id: Option<String>,
) -> Result<MessageDraft, IpcError> {
    state
        .with_db(move |db| messages::compose(db, contact_id, template, reminder_id.as_deref()))
        .await
}

/// Logs a sent message as an interaction and completes its reminder.
#[tauri::command]
pub async fn messages_sent(
    state: State<'_, AppState>,
    message: SentMessage,
) -> Result<Interaction, IpcError> {
    let zone = TimeZone::system();
    state
        .with_db(move |db| messages::sent(db, &message, Timestamp::now(), &zone))
        .await
}

/// The name the user signs messages with, if set.
#[tauri::command]
pub async fn messages_my_name(state: State<'_, AppState>) -> Result<Option<String>, IpcError> {
    state.with_db(|db| messages::my_name(db)).await
}

/// Sets the name the user signs with ("" clears it); returns it as stored.
#[tauri::command]
pub async fn messages_set_my_name(
    state: State<'_, AppState>,
    name: String,
) -> Result<Option<String>, IpcError> {
    state
        .with_db(move |db| messages::set_my_name(db, &name))
        .await
}

/// Opens a `mailto:` link in the mail client or an http(s) link in the
/// browser; any other link is refused.
#[tauri::command]
pub async fn messages_open_link(app: AppHandle, url: String) -> Result<(), IpcError> {
    let url = url.trim();
    if !is_openable(url) {
        return Err(IpcError::new(
            ErrorCode::InvalidInput,
            "Only mail (mailto:) and web (http, https) links can be opened",
        ));
    }
    app.opener().open_url(url, None::<&str>).map_err(|error| {
        IpcError::new(
            ErrorCode::Internal,
            format!("No application opened the link: {error}"),
        )
    })
}

/// A `mailto:` link, or an `http://` or `https://` one.
fn is_openable(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    (scheme.eq_ignore_ascii_case("mailto") && !rest.is_empty())
        || (web && rest.len() > 2 && rest.starts_with("//"))
}

include!(concat!(env!("OUT_DIR"), "/commands/messages.rs"));

#[cfg(test)]
mod tests {
    use super::is_openable;

    #[test]
    fn only_mail_and_web_links_are_opened() {
        for url in [
            "mailto:amara@example.org?subject=Hi",
            "https://www.linkedin.com/in/amara-okafor",
            "HTTP://example.org",
        ] {
            assert!(is_openable(url), "{url}");
        }
        for url in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ftp://example.org",
            "mailto:",
            "https://",
            "smb://server/share",
            "/usr/bin/xterm",
            "",
        ] {
            assert!(!is_openable(url), "{url}");
        }
    }
}
