//! What every handler can reach: the database, settings, templates and translations.

use crate::auth::oidc::Providers;
use crate::auth::password::PasswordChecks;
use crate::config::Settings;
use crate::i18n::I18n;
use crate::report::period::ReportCache;
use crate::sealing::SealingKeys;
use crate::survey::intake::AnswerIntake;
use crate::waves::rotation::RotationKey;
use crate::web::templates::Templates;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// Shared application state, registered once as `web::Data<AppState>`.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub templates: Templates,
    pub i18n: Arc<I18n>,
    /// Final periods' results, loaded once (they never change).
    pub reports: Arc<ReportCache>,
    /// The instance's answer writer (group commit); every survey submission goes through it.
    pub intake: AnswerIntake,
    /// The keys that seal submissions and open them at release.
    pub sealing: Arc<SealingKeys>,
    /// Turns the rotation counters of survey sections into questions.
    pub rotation: RotationKey,
    /// Bounds the password checks running at once (logins, password changes).
    pub password_checks: PasswordChecks,
    /// The single sign-on providers' HTTP client and discovered metadata.
    pub identity_providers: Arc<Providers>,
}
