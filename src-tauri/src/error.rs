//! The one error type that crosses IPC: `{ "code": "...", "message": "..." }`.
//! The UI shows `message` as it is and branches only on `code`.

use curbside_core::backup::BackupError;
use curbside_core::book::BookError;
use curbside_core::cme::CmeError;
use curbside_core::conference::ConferenceError;
use curbside_core::contacts::ContactError;
use curbside_core::events::EventError;
use curbside_core::export::{EventExportError, ExportError};
use curbside_core::files::FileError;
use curbside_core::import::ImportError;
use curbside_core::introductions::IntroError;
use curbside_core::keys::KeyError;
use curbside_core::keys::SheetError;
use curbside_core::mentorship::MentorshipError;
use curbside_core::operations::OperationError;
use curbside_core::presence::PresenceError;
use curbside_core::referrals::ReferralError;
use curbside_core::reminders::ReminderError;
use curbside_core::repair::SalvageError;
use curbside_core::sync::engine::SyncError;
use curbside_core::vault::VaultError;
use curbside_sync::account::AccountError;
use curbside_sync::connect::AddError;
use serde::Serialize;
use ts_rs::TS;

/// What the UI can tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The user's input breaks a rule; the message says which.
    InvalidInput,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// The database is locked: the user must type a passphrase or recovery key.
    PassphraseNeeded,
    /// The passphrase or recovery key typed does not unlock the database.
    WrongSecret,
    /// The database is not unlocked yet.
    Locked,
    /// The data folder or database could not be read or written.
    Storage,
    /// The user cancelled a long operation; nothing changed.
    Cancelled,
    /// The sync server could not be reached, refused the user or answered
    /// unexpectedly; the message says which.
    Server,
    /// A fault in Curbside itself.
    Internal,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    /// What kind of failure, for the UI to branch on.
    pub code: ErrorCode,
    /// One sentence for the user.
    pub message: String,
    /// The field of the form the input broke a rule in (`display_name`,
    /// `emails`…, as the core's `Invalid` names it), for the UI to show the
    /// message at that field; absent when the error is about no one field.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
}

impl IpcError {
    /// An error with a message written for the user (its first letter is
    /// capitalised, as the UI shows it at the start of a line).
    pub fn new(code: ErrorCode, message: impl std::fmt::Display) -> Self {
        let message = curbside_core::db::in_plain_words(&message.to_string());
        let mut chars = message.chars();
        let message = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => message,
        };
        Self {
            code,
            message,
            field: None,
        }
    }

    /// The same error, said to be about `field` of the form.
    pub(crate) fn at_field(self, field: &str) -> Self {
        Self {
            field: Some(field.to_owned()),
            ..self
        }
    }

    /// The database has not been unlocked yet.
    pub fn locked() -> Self {
        Self::new(ErrorCode::Locked, "Curbside is locked: unlock it first")
    }

    /// A fault in Curbside itself.
    pub fn internal(what: impl std::fmt::Display) -> Self {
        Self::new(
            ErrorCode::Internal,
            format!("Something went wrong inside Curbside: {what}"),
        )
    }
}

impl From<ContactError> for IpcError {
    fn from(error: ContactError) -> Self {
        let code = match &error {
            ContactError::Invalid(_) => ErrorCode::InvalidInput,
            ContactError::NotFound(_) => ErrorCode::NotFound,
            ContactError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            ContactError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<OperationError> for IpcError {
    fn from(error: OperationError) -> Self {
        match error {
            OperationError::Contact(error) => error.into(),
            OperationError::Backup(_) => Self::new(ErrorCode::Storage, error),
            OperationError::Event(error) => error.into(),
        }
    }
}

impl From<BackupError> for IpcError {
    fn from(error: BackupError) -> Self {
        let code = match &error {
            BackupError::Damaged { .. } | BackupError::OtherBook { .. } => ErrorCode::InvalidInput,
            BackupError::Key(KeyError::WrongSecret) => ErrorCode::WrongSecret,
            _ => ErrorCode::Storage,
        };
        Self::new(code, error)
    }
}

impl From<VaultError> for IpcError {
    fn from(error: VaultError) -> Self {
        let code = match &error {
            VaultError::PassphraseNeeded { .. } => ErrorCode::PassphraseNeeded,
            VaultError::Key(KeyError::WrongSecret) => ErrorCode::WrongSecret,
            VaultError::Key(KeyError::WeakPassphrase) => ErrorCode::InvalidInput,
            _ => ErrorCode::Storage,
        };
        Self::new(code, error)
    }
}

impl From<KeyError> for IpcError {
    fn from(error: KeyError) -> Self {
        let code = match &error {
            KeyError::WrongSecret => ErrorCode::WrongSecret,
            KeyError::WeakPassphrase | KeyError::CurrentSecretNeeded => ErrorCode::InvalidInput,
            _ => ErrorCode::Storage,
        };
        Self::new(code, error)
    }
}

impl From<ImportError> for IpcError {
    fn from(error: ImportError) -> Self {
        let code = match &error {
            ImportError::Stopped(_) => ErrorCode::InvalidInput,
            ImportError::Cancelled => ErrorCode::Cancelled,
            ImportError::Database(_) | ImportError::Backup(_) => ErrorCode::Storage,
        };
        Self::new(code, error)
    }
}

impl From<BookError> for IpcError {
    fn from(error: BookError) -> Self {
        let code = match &error {
            BookError::Read(_) | BookError::Database(_) => ErrorCode::Storage,
            _ => ErrorCode::InvalidInput,
        };
        Self::new(code, error)
    }
}

impl From<ExportError> for IpcError {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Contacts(error) => error.into(),
            ExportError::Write(_) | ExportError::Create { .. } => {
                Self::new(ErrorCode::Storage, error)
            }
        }
    }
}

impl From<EventError> for IpcError {
    fn from(error: EventError) -> Self {
        let code = match &error {
            EventError::Invalid(_) => ErrorCode::InvalidInput,
            EventError::NotFound(_) | EventError::ContactNotFound(_) => ErrorCode::NotFound,
            EventError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            EventError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<IntroError> for IpcError {
    fn from(error: IntroError) -> Self {
        let code = match &error {
            IntroError::Invalid(_) => ErrorCode::InvalidInput,
            IntroError::NotFound(_) | IntroError::ContactNotFound(_) => ErrorCode::NotFound,
            IntroError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            IntroError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<PresenceError> for IpcError {
    fn from(error: PresenceError) -> Self {
        let code = match &error {
            PresenceError::Invalid(_) => ErrorCode::InvalidInput,
            PresenceError::NotFound(_) => ErrorCode::NotFound,
            PresenceError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            PresenceError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<ConferenceError> for IpcError {
    fn from(error: ConferenceError) -> Self {
        let code = match &error {
            ConferenceError::Invalid(_) => ErrorCode::InvalidInput,
            ConferenceError::EventNotFound(_) | ConferenceError::ContactNotFound(_) => {
                ErrorCode::NotFound
            }
            ConferenceError::Database(_) => ErrorCode::Storage,
        };
        Self::new(code, error)
    }
}

impl From<CmeError> for IpcError {
    fn from(error: CmeError) -> Self {
        let code = match &error {
            CmeError::Invalid(_) => ErrorCode::InvalidInput,
            CmeError::NotFound { .. } => ErrorCode::NotFound,
            CmeError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            CmeError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<MentorshipError> for IpcError {
    fn from(error: MentorshipError) -> Self {
        let code = match &error {
            MentorshipError::Invalid(_) => ErrorCode::InvalidInput,
            MentorshipError::NotFound { .. } => ErrorCode::NotFound,
            MentorshipError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            MentorshipError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<ReferralError> for IpcError {
    fn from(error: ReferralError) -> Self {
        let code = match &error {
            ReferralError::Invalid(_) => ErrorCode::InvalidInput,
            ReferralError::NotFound(_) => ErrorCode::NotFound,
            ReferralError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            ReferralError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<SheetError> for IpcError {
    fn from(error: SheetError) -> Self {
        match error {
            SheetError::NotAKey => Self::new(ErrorCode::InvalidInput, error),
            SheetError::File(error) => error.into(),
        }
    }
}

impl From<FileError> for IpcError {
    fn from(error: FileError) -> Self {
        let code = match &error {
            FileError::TooLarge { .. } => ErrorCode::InvalidInput,
            FileError::Read { .. } | FileError::Write { .. } => ErrorCode::Storage,
        };
        Self::new(code, error)
    }
}

impl From<EventExportError> for IpcError {
    fn from(error: EventExportError) -> Self {
        match error {
            EventExportError::Events(error) => error.into(),
            EventExportError::Export(error) => error.into(),
        }
    }
}

impl From<ReminderError> for IpcError {
    fn from(error: ReminderError) -> Self {
        let code = match &error {
            ReminderError::Invalid(_) => ErrorCode::InvalidInput,
            ReminderError::ContactNotFound(_) | ReminderError::NotFound { .. } => {
                ErrorCode::NotFound
            }
            ReminderError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            ReminderError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

impl From<SalvageError> for IpcError {
    fn from(error: SalvageError) -> Self {
        Self::new(ErrorCode::Storage, error)
    }
}

impl From<AccountError> for IpcError {
    fn from(error: AccountError) -> Self {
        match &error {
            AccountError::Address(_) => Self::new(ErrorCode::InvalidInput, error).at_field("url"),
            _ => Self::new(ErrorCode::Server, error),
        }
    }
}

impl From<AddError> for IpcError {
    fn from(error: AddError) -> Self {
        match error {
            AddError::Account(error) => error.into(),
            AddError::SyncKey(_) => Self::new(ErrorCode::InvalidInput, error).at_field("syncKey"),
            AddError::Keyring(_) | AddError::Database(_) => Self::new(ErrorCode::Storage, error),
        }
    }
}

impl From<SyncError> for IpcError {
    fn from(error: SyncError) -> Self {
        let code = match &error {
            SyncError::NoAccount => ErrorCode::NotFound,
            SyncError::OtherKey => ErrorCode::InvalidInput,
            SyncError::Database(_) => ErrorCode::Storage,
            SyncError::Remote(_) | SyncError::Record(_) | SyncError::Card(_) => ErrorCode::Server,
        };
        Self::new(code, error)
    }
}
