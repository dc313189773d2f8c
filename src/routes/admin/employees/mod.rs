//! `/admin/employees`: list with search, filters and pages; add and edit; deactivate and
//! reactivate (with a confirmation step); reissuing open survey links to a new address; the
//! CSV import.

mod form;
mod import;
mod list;
mod reissue;
mod status;

use super::messages::{FieldErrors, optional_id};
use crate::domain::Message;
use crate::domain::Refusal;
use crate::domain::text::{CONTROL_CHARACTERS_KEY, TextError};
use crate::domain::{EmailAddress, ExternalId, Locale, PersonName};
use crate::store::organisation::employees::{EmployeeInput, EmployeeView};
use actix_web::web;
use serde::{Deserialize, Serialize};

/// Mounts the employee pages (fixed paths before `{id}`).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/employees", web::get().to(list::show))
        .route("/admin/employees", web::post().to(form::create))
        .route("/admin/employees/new", web::get().to(form::new))
        .route("/admin/employees/import", web::get().to(import::show))
        .route("/admin/employees/import", web::post().to(import::upload))
        .route("/admin/employees/{id}", web::get().to(form::edit))
        .route("/admin/employees/{id}", web::post().to(form::update))
        .route(
            "/admin/employees/{id}/reissue",
            web::get().to(reissue::confirm),
        )
        .route(
            "/admin/employees/{id}/reissue",
            web::post().to(reissue::apply),
        )
        .route(
            "/admin/employees/{id}/{change}",
            web::get().to(status::confirm),
        )
        .route(
            "/admin/employees/{id}/{change}",
            web::post().to(status::apply),
        );
}

/// The raw employee form.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct EmployeeForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub department_id: String,
    #[serde(default)]
    pub locale: String,
    #[serde(default)]
    pub external_id: String,
}

impl From<&EmployeeView> for EmployeeForm {
    fn from(employee: &EmployeeView) -> Self {
        Self {
            email: employee.email.clone(),
            name: employee.name.clone(),
            department_id: employee.department_id.to_string(),
            locale: employee.locale.clone(),
            external_id: employee.external_id.clone().unwrap_or_default(),
        }
    }
}

impl TryFrom<&EmployeeForm> for EmployeeInput {
    type Error = FieldErrors;

    fn try_from(form: &EmployeeForm) -> Result<Self, Self::Error> {
        let mut errors = FieldErrors::new();
        let email = EmailAddress::parse(&form.email)
            .map_err(|_| errors.insert("email", Message::new("employee-email-invalid")))
            .ok();
        let name = PersonName::parse_label(&form.name)
            .map_err(|error| {
                let m = match error {
                    TextError::ControlCharacter => Message::new(CONTROL_CHARACTERS_KEY),
                    TextError::Empty | TextError::TooLong => {
                        Message::new("employee-name-invalid").number("max", PersonName::MAX_CHARS)
                    }
                };
                errors.insert("name", m);
            })
            .ok();
        let department_id = if let Ok(Some(id)) = optional_id(&form.department_id) {
            Some(id)
        } else {
            errors.insert("department_id", Message::new("employee-department-missing"));
            None
        };
        let locale = Locale::parse(&form.locale)
            .map_err(|_| errors.insert("locale", Message::new("employee-locale-invalid")))
            .ok();
        let external_id = ExternalId::parse_optional_label(&form.external_id)
            .map_err(|error| {
                let m = match error {
                    TextError::ControlCharacter => Message::new(CONTROL_CHARACTERS_KEY),
                    TextError::Empty | TextError::TooLong => {
                        Message::new("employee-external-id-invalid")
                            .number("max", ExternalId::MAX_CHARS)
                    }
                };
                errors.insert("external_id", m);
            })
            .ok();
        match (email, name, department_id, locale, external_id) {
            (Some(email), Some(name), Some(department_id), Some(locale), Some(external_id))
                if errors.is_empty() =>
            {
                Ok(EmployeeInput {
                    email,
                    name,
                    department_id,
                    locale,
                    external_id,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The field a refusal belongs to, and its message. (The department refusals never come
/// from an employee change; they land on the department field.)
pub fn refusal_field(refusal: Refusal) -> (&'static str, Message) {
    match refusal {
        Refusal::EmailTaken => ("email", Message::new("employee-email-taken")),
        Refusal::ExternalIdTaken => ("external_id", Message::new("employee-external-id-taken")),
        Refusal::DepartmentNotFound | Refusal::NotFound => {
            ("department_id", Message::new("employee-department-missing"))
        }
        Refusal::ParentNotFound | Refusal::NameTaken | Refusal::WouldLoop | Refusal::InUse(_) => {
            ("department_id", refusal.message())
        }
    }
}
