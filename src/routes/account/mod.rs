//! A staff member's own account: settings (`/account`: name, language, password), accepting
//! an invite and resetting a forgotten password through emailed single-use links.

mod forgot;
mod links;
mod settings;

use crate::domain::Locale;
use crate::state::AppState;
use crate::web::page;
use actix_web::{HttpResponse, web};
use serde::Serialize;

/// Mounts the account routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account", web::get().to(settings::show))
        .route("/account", web::post().to(settings::save_profile))
        .route(
            "/account/password",
            web::post().to(settings::change_password),
        )
        .route("/account/accept/{token}", web::get().to(links::show_accept))
        .route(
            "/account/accept/{token}",
            web::post().to(links::submit_accept),
        )
        .route("/account/reset/{token}", web::get().to(links::show_reset))
        .route(
            "/account/reset/{token}",
            web::post().to(links::submit_reset),
        )
        .route("/forgot-password", web::get().to(forgot::show))
        .route("/forgot-password", web::post().to(forgot::submit));
}

/// With `auth.password_login = false` the password pages (forgotten password, invite and
/// reset links, changing one's password) lead to the login page and its provider buttons.
fn passwords_off(state: &AppState) -> Option<HttpResponse> {
    (!state.settings.auth.password_login).then(|| page::see_other("/login"))
}

/// A language option of a form.
#[derive(Serialize)]
pub(crate) struct LanguageChoice {
    code: &'static str,
    name: &'static str,
}

/// The six shipped languages, each in its own name.
pub(crate) fn language_choices() -> Vec<LanguageChoice> {
    Locale::ALL
        .iter()
        .map(|l| LanguageChoice {
            code: l.as_str(),
            name: l.native_name(),
        })
        .collect()
}
