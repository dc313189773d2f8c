//! Who acts: a logged-in staff member and a caller holding an API key, as plain values. The
//! store builds them from rows; `auth` turns requests into them and decides what they may do.

use super::{EmailAddress, Locale};
use entity::account::Role;
use serde::{Deserialize, Serialize};

/// A logged-in staff member.
#[derive(Clone, Debug, Serialize)]
pub struct CurrentUser {
    /// The account's id.
    pub id: i32,
    /// The address the account logs in with.
    pub email: EmailAddress,
    /// The name shown in the navigation and the audit log.
    pub display_name: String,
    /// What the account may do.
    pub role: Role,
    /// The language of the account's pages and emails.
    pub locale: Locale,
    /// Departments whose results a department head may read (empty for other roles).
    pub department_ids: Vec<i32>,
    /// The account's current session version; a session token must carry the same.
    #[serde(skip)]
    pub session_version: i32,
}

impl CurrentUser {
    /// HR admins manage everything.
    pub fn is_hr_admin(&self) -> bool {
        self.role == Role::HrAdmin
    }

    /// Viewers read everything and change nothing.
    pub fn is_viewer(&self) -> bool {
        self.role == Role::Viewer
    }

    /// HR admins and viewers read results of every department; heads only of their own.
    pub fn can_read_department(&self, department_id: i32) -> bool {
        match self.role {
            Role::HrAdmin | Role::Viewer => true,
            Role::DepartmentHead => self.department_ids.contains(&department_id),
        }
    }

    /// The departments this user may read, or `None` for all of them.
    pub fn department_scope(&self) -> Option<&[i32]> {
        match self.role {
            Role::HrAdmin | Role::Viewer => None,
            Role::DepartmentHead => Some(&self.department_ids),
        }
    }
}

/// Prefix that makes innerpulse keys recognisable (for secret scanners, too).
pub const KEY_PREFIX: &str = "ip_";

/// What an API key may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// Import employees (`POST /api/v1/employees/import`).
    #[serde(rename = "import")]
    Import,
    /// Ask one employee about one service after an interaction.
    #[serde(rename = "touchpoint")]
    Touchpoint,
    /// Read gated results.
    #[serde(rename = "results:read")]
    ResultsRead,
}

impl Scope {
    /// Every scope, in display order.
    pub const ALL: [Scope; 3] = [Scope::Import, Scope::Touchpoint, Scope::ResultsRead];

    /// The scope's name as stored and documented.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Import => "import",
            Scope::Touchpoint => "touchpoint",
            Scope::ResultsRead => "results:read",
        }
    }

    /// Parses a scope name.
    pub fn parse(raw: &str) -> Result<Self, String> {
        Scope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == raw.trim())
            .ok_or_else(|| format!("`{raw}` is not a scope (import, touchpoint, results:read)"))
    }
}

/// A caller authenticated by a valid API key.
#[derive(Clone, Debug)]
pub struct ApiKeyCaller {
    /// The key's id.
    pub key_id: i32,
    /// The key's name, as the audit log names the caller.
    pub name: String,
    /// What the key may do.
    pub scopes: Vec<Scope>,
}
