//! Loading a provider's dashboard for a caller: the department must exist (404) and be one the
//! caller may read (403: department heads read their own departments only). Shared by the
//! page, the JSON API and the CSV export so the same gate and scope apply everywhere.

use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::report::dashboard::{self, Dashboard, Inputs};
use crate::report::slice::Thresholds;
use crate::state::AppState;
use crate::store::{organisation::departments, programme::relationships};
use crate::survey::form::Languages;
use std::collections::BTreeMap;

/// Which departments a caller may read: `None` for all (HR, viewers, API keys).
pub type Scope<'a> = Option<&'a [i32]>;

/// 403 unless `scope` includes `department_id`.
pub fn check_scope(scope: Scope<'_>, department_id: i32) -> AppResult<()> {
    match scope {
        Some(ids) if !ids.contains(&department_id) => Err(AppError::Forbidden),
        _ => Ok(()),
    }
}

/// The thresholds configured for this instance.
pub fn thresholds(state: &AppState) -> Thresholds {
    Thresholds {
        min_group_size: state.settings.anonymity.min_group_size.get(),
        min_comment_group_size: state.settings.anonymity.min_comment_group_size.get(),
    }
}

/// Department names by id.
pub async fn department_names(state: &AppState) -> AppResult<BTreeMap<i32, String>> {
    Ok(relationships::departments(&state.db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect())
}

/// The dashboard of `provider_id` in `locale`, for a caller with `scope`.
pub async fn provider_dashboard(
    state: &AppState,
    locale: Locale,
    scope: Scope<'_>,
    provider_id: i32,
) -> AppResult<Dashboard> {
    departments::find(&state.db, provider_id)
        .await?
        .ok_or(AppError::NotFound)?;
    check_scope(scope, provider_id)?;
    let names = department_names(state).await?;
    let own: Vec<_> = relationships::list(&state.db)
        .await?
        .into_iter()
        .filter(|r| r.provider_department_id == provider_id)
        .collect();
    let inputs = Inputs {
        cache: &state.reports,
        languages: Languages {
            i18n: &state.i18n,
            locale,
            default: state.settings.i18n.default_locale,
        },
        thresholds: thresholds(state),
        departments: &names,
    };
    Ok(dashboard::dashboard(&state.db, inputs, provider_id, &own).await?)
}

/// The gated export rows of `providers` (`None`: every provider), question texts in `locale`.
pub async fn export_rows(
    state: &AppState,
    locale: Locale,
    providers: Option<&[i32]>,
) -> AppResult<Vec<crate::report::export::ExportRow>> {
    let names = department_names(state).await?;
    let relationships = relationships::list(&state.db).await?;
    let languages = Languages {
        i18n: &state.i18n,
        locale,
        default: state.settings.i18n.default_locale,
    };
    Ok(crate::report::export::rows(
        &state.db,
        &state.reports,
        providers,
        &relationships,
        &names,
        languages,
    )
    .await?)
}
