//! Staff account use cases shared by the HR pages, the account pages and the JSON API:
//! inviting, changing roles and departments, (de)activating, and setting passwords through
//! emailed links. Every use case that writes several rows does so in one transaction. Rules
//! (a head needs a department, nobody demotes or deactivates themselves, the last active HR
//! admin stays) live here, not in the handlers.

pub mod api_keys;
pub mod credentials;
pub mod invite;
pub mod manage;
pub mod role_mapping;
pub mod single_sign_on;

use crate::auth::password::MIN_PASSWORD_CHARS;
use crate::domain::Locale;
use crate::domain::text::{self, TextError};
use crate::error::AppError;
use crate::i18n::I18n;
use entity::account::Role;
use fluent_bundle::FluentArgs;
use std::collections::BTreeMap;

pub use crate::domain::FieldErrors;

/// How the account forms show their `FieldErrors`: in the reader's language, with `$min`
/// the minimum password length.
impl FieldErrors {
    /// The messages for every field of a form (empty when the field is fine), in `locale`, so
    /// templates can show each next to its field.
    pub fn for_form(
        &self,
        i18n: &I18n,
        locale: Locale,
        fields: &[&'static str],
    ) -> BTreeMap<String, String> {
        let mut all: BTreeMap<String, String> = fields
            .iter()
            .map(|field| ((*field).to_owned(), String::new()))
            .collect();
        all.extend(self.translate(i18n, locale));
        all
    }

    /// The messages per field, in `locale`, for re-rendering a form.
    pub fn translate(&self, i18n: &I18n, locale: Locale) -> BTreeMap<String, String> {
        self.iter()
            .map(|(field, key)| (field.to_owned(), message(i18n, locale, key)))
            .collect()
    }
}

/// The text of `key` in `locale`; `$min` is the minimum password length for messages that
/// need it.
pub fn message(i18n: &I18n, locale: Locale, key: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("min", MIN_PASSWORD_CHARS);
    i18n.text(locale, key, Some(&args))
}

/// Why an account use case did not happen.
#[derive(Debug)]
pub enum AccountError {
    /// Some input is not acceptable (422).
    Invalid(FieldErrors),
    /// The change breaks a rule about accounts, named by its Fluent id (409).
    Rule(&'static str),
    /// No such account (404).
    NotFound,
    /// The link is unknown, used or expired (410).
    Gone,
    /// Every password-check slot stayed busy; try again shortly (429).
    Busy,
    /// Anything else (500).
    Unexpected(anyhow::Error),
}

impl From<anyhow::Error> for AccountError {
    fn from(error: anyhow::Error) -> Self {
        AccountError::Unexpected(error)
    }
}

impl From<sea_orm::DbErr> for AccountError {
    fn from(error: sea_orm::DbErr) -> Self {
        AccountError::Unexpected(error.into())
    }
}

impl AccountError {
    /// The matching `AppError`, with messages in `locale` (for the JSON API).
    pub fn into_app_error(self, i18n: &I18n, locale: Locale) -> AppError {
        match self {
            AccountError::Invalid(errors) => AppError::Validation(
                errors
                    .translate(i18n, locale)
                    .into_iter()
                    .map(|(field, text)| format!("{field}: {text}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            AccountError::Rule(key) => AppError::Conflict(message(i18n, locale, key)),
            AccountError::NotFound => AppError::NotFound,
            AccountError::Gone => AppError::Gone,
            AccountError::Busy => AppError::TooManyRequests(message(i18n, locale, "login-busy")),
            AccountError::Unexpected(error) => AppError::Unexpected(error),
        }
    }
}

/// Parses a role name as stored (`hr_admin`, `department_head`, `viewer`).
pub fn parse_role(raw: &str) -> Option<Role> {
    match raw.trim() {
        "hr_admin" => Some(Role::HrAdmin),
        "department_head" => Some(Role::DepartmentHead),
        "viewer" => Some(Role::Viewer),
        _ => None,
    }
}

/// The stored name of a role.
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::HrAdmin => "hr_admin",
        Role::DepartmentHead => "department_head",
        Role::Viewer => "viewer",
    }
}

/// A role with the departments it applies to: department heads need at least one; the other
/// roles are organisation-wide and keep none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleAssignment {
    /// The role.
    pub role: Role,
    /// Departments (only for heads), sorted and without duplicates.
    pub departments: Vec<i32>,
}

impl RoleAssignment {
    /// Validates a raw role and department list; problems go into `errors`.
    pub fn parse(role: &str, mut departments: Vec<i32>, errors: &mut FieldErrors) -> Option<Self> {
        let Some(role) = parse_role(role) else {
            errors.add("role", "acct-error-role");
            return None;
        };
        if role != Role::DepartmentHead {
            departments.clear();
        }
        departments.sort_unstable();
        departments.dedup();
        if role == Role::DepartmentHead && departments.is_empty() {
            errors.add("departments", "acct-error-head-needs-department");
            return None;
        }
        Some(Self { role, departments })
    }

    /// Checks that every department exists (inside the use case's transaction).
    async fn check_departments(
        &self,
        db: &impl sea_orm::ConnectionTrait,
    ) -> Result<(), AccountError> {
        let found = crate::store::accounts::account_admin::count_existing_departments(
            db,
            &self.departments,
        )
        .await?;
        if found != self.departments.len() as u64 {
            let mut errors = FieldErrors::default();
            errors.add("departments", "acct-error-unknown-department");
            return Err(AccountError::Invalid(errors));
        }
        Ok(())
    }
}

/// Longest display name, in characters (the column's size).
pub const MAX_NAME_CHARS: usize = 200;

/// A trimmed one-line display name of 1 to `MAX_NAME_CHARS` characters (`domain::text`);
/// problems go into `errors`.
pub fn parse_display_name(raw: &str, errors: &mut FieldErrors) -> Option<String> {
    match text::single_line(raw, MAX_NAME_CHARS) {
        Ok(name) => Some(name),
        Err(error) => {
            let key = match error {
                TextError::Empty => "acct-error-name-required",
                TextError::TooLong => "acct-error-name-too-long",
                TextError::ControlCharacter => text::CONTROL_CHARACTERS_KEY,
            };
            errors.add("display_name", key);
            None
        }
    }
}
