//! A service relationship as HR enters it: provider → customer department (or the whole
//! organisation), service name (one line), service standard (may span lines), repeat interval,
//! active flag.

use super::{FieldErrors, checked, optional_number, text_error};
pub use crate::domain::programme::RelationshipInput;
use crate::domain::text;
use serde::{Deserialize, Serialize};

/// Longest service name (the column is 120 characters).
pub const MAX_SERVICE_NAME: usize = 120;
/// Longest service standard.
pub const MAX_SERVICE_STANDARD: usize = 2000;
/// Form value of the "whole organisation" customer.
pub const EVERYONE: &str = "everyone";

/// The raw relationship form: every field as typed, so it can be shown again with errors.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RelationshipForm {
    pub provider_department_id: String,
    /// A department id, or `everyone` for the whole organisation.
    pub customer_department_id: String,
    pub service_name: String,
    pub service_standard: String,
    pub touchpoint_repeat_days: String,
    /// Checkbox: present when active.
    pub active: String,
}

impl TryFrom<&RelationshipForm> for RelationshipInput {
    type Error = FieldErrors;

    fn try_from(form: &RelationshipForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let provider = form.provider_department_id.trim().parse::<i32>().ok();
        if provider.is_none() {
            errors.add("provider_department_id", "err-rel-provider-unknown");
        }
        let customer = match form.customer_department_id.trim() {
            "" | EVERYONE => Ok(None),
            raw => raw.parse::<i32>().map(Some).map_err(|_| ()),
        };
        match customer {
            Err(()) => errors.add("customer_department_id", "err-rel-customer-unknown"),
            Ok(Some(customer)) if Some(customer) == provider => {
                errors.add("customer_department_id", "err-rel-self");
            }
            Ok(_) => {}
        }
        let service_name = text::single_line(&form.service_name, MAX_SERVICE_NAME)
            .inspect_err(|error| {
                errors.add("service_name", text_error(*error, "err-rel-name-length"));
            })
            .unwrap_or_default();
        let service_standard = text::multi_line(&form.service_standard, MAX_SERVICE_STANDARD)
            .inspect_err(|error| {
                errors.add(
                    "service_standard",
                    text_error(*error, "err-rel-standard-length"),
                );
            })
            .ok()
            .filter(|standard| !standard.is_empty());
        let repeat_days = optional_number(&form.touchpoint_repeat_days, 1..=365)
            .inspect_err(|()| errors.add("touchpoint_repeat_days", "err-rel-repeat-days"))
            .ok()
            .flatten();
        errors.into_result(|| RelationshipInput {
            provider_department_id: provider.unwrap_or_default(),
            customer_department_id: customer.ok().flatten(),
            service_name,
            service_standard,
            touchpoint_repeat_days: repeat_days,
            active: checked(&form.active),
        })
    }
}

impl RelationshipForm {
    /// The form filled with a stored relationship, for editing (and for API patches).
    pub fn from_model(model: &entity::relationship::Model) -> Self {
        Self {
            provider_department_id: model.provider_department_id.to_string(),
            customer_department_id: model
                .customer_department_id
                .map_or_else(|| EVERYONE.to_owned(), |id| id.to_string()),
            service_name: model.service_name.clone(),
            service_standard: model.service_standard.clone().unwrap_or_default(),
            touchpoint_repeat_days: model
                .touchpoint_repeat_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            active: if model.active { "on" } else { "" }.to_owned(),
        }
    }
}

/// Validates `form` completely: field rules first, then the database checks
/// (`store::programme::relationships::check`). `except` is the relationship being edited.
pub async fn validate(
    db: &impl sea_orm::ConnectionTrait,
    form: &RelationshipForm,
    except: Option<i32>,
) -> anyhow::Result<Result<RelationshipInput, FieldErrors>> {
    let input = match RelationshipInput::try_from(form) {
        Ok(input) => input,
        Err(errors) => return Ok(Err(errors)),
    };
    let errors = crate::store::programme::relationships::check(db, &input, except).await?;
    Ok(errors.into_result(|| input))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(provider: &str, customer: &str, name: &str) -> RelationshipForm {
        RelationshipForm {
            provider_department_id: provider.into(),
            customer_department_id: customer.into(),
            service_name: name.into(),
            active: "on".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_department_cannot_serve_itself() {
        let errors = RelationshipInput::try_from(&form("3", "3", "Helpdesk")).unwrap_err();
        assert_eq!(errors.get("customer_department_id"), Some("err-rel-self"));
    }

    #[test]
    fn everyone_means_the_whole_organisation() {
        let input = RelationshipInput::try_from(&form("3", "everyone", " Helpdesk ")).unwrap();
        assert_eq!(input.customer_department_id, None);
        assert_eq!(input.service_name, "Helpdesk");
        assert!(input.active);
    }

    #[test]
    fn names_must_fit_and_intervals_must_be_whole_days() {
        let mut long = form("1", "2", &"x".repeat(121));
        long.touchpoint_repeat_days = "0".into();
        let errors = RelationshipInput::try_from(&long).unwrap_err();
        assert_eq!(errors.get("service_name"), Some("err-rel-name-length"));
        assert_eq!(
            errors.get("touchpoint_repeat_days"),
            Some("err-rel-repeat-days")
        );
    }

    #[test]
    fn a_service_name_is_one_line_and_a_standard_may_span_lines_but_holds_no_other_control() {
        let bad_name = RelationshipInput::try_from(&form("3", "everyone", "Help\tdesk"));
        assert_eq!(
            bad_name.unwrap_err().get("service_name"),
            Some(crate::domain::text::CONTROL_CHARACTERS_KEY)
        );
        let mut with_standard = form("3", "everyone", "Helpdesk");
        with_standard.service_standard = "Within 4 hours\r\nWeekdays only".into();
        let input = RelationshipInput::try_from(&with_standard).unwrap();
        assert_eq!(
            input.service_standard.as_deref(),
            Some("Within 4 hours\nWeekdays only")
        );
        with_standard.service_standard = "Within \u{202E}4 hours".into();
        assert_eq!(
            RelationshipInput::try_from(&with_standard)
                .unwrap_err()
                .get("service_standard"),
            Some(crate::domain::text::CONTROL_CHARACTERS_KEY)
        );
    }
}
