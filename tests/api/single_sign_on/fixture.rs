//! An application with a real OpenID provider (`helpers::oidc`) named `test`, and a browser's
//! trip from innerpulse's login button through the provider and back.

use crate::helpers::{OidcProvider, OidcUser};
use crate::helpers::{TestApp, location, spawn_app_with};

/// The application and its provider.
pub struct Sso {
    pub app: TestApp,
    pub idp: OidcProvider,
}

/// Starts the application with the provider `test` and `extra` settings, then the provider
/// with `users`; `None` when the provider cannot run here (the run said why, once).
pub async fn sso_app(extra: &str, users: &[OidcUser]) -> Option<Sso> {
    let reserved = OidcProvider::reserve("test")?;
    let app = spawn_app_with(&format!("{}\n{extra}", reserved.app_settings())).await;
    let idp = reserved
        .start(app.state.settings.server.base_url(), users)
        .await;
    Some(Sso { app, idp })
}

/// Role mapping with the claim `groups`: `hr` → HR admin, `it-leads` → head of IT,
/// `readers` → viewer of IT and Kitchen.
pub const ROLE_MAPPING: &str = r#"
[auth.oidc]
role_claim = "groups"
auto_create = true
[[auth.oidc.roles]]
value = "hr"
role = "hr_admin"
[[auth.oidc.roles]]
value = "it-leads"
role = "department_head"
departments = ["IT"]
[[auth.oidc.roles]]
value = "readers"
role = "viewer"
departments = ["it", "Kitchen"]
"#;

impl Sso {
    /// Presses the login page's button: the authorization URL innerpulse redirects to.
    pub async fn begin(&self, browser: &reqwest::Client) -> String {
        let response = browser
            .get(self.app.url("/login/oidc/test"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "the sign-in starts with a redirect");
        let target = location(&response);
        assert!(
            target.starts_with(&self.idp.issuer),
            "the redirect goes to the provider: {target}"
        );
        target
    }

    /// Signs `browser` in as `sub` at the provider: innerpulse's answer to the provider's
    /// redirect back (not followed).
    pub async fn sign_in(&self, browser: &reqwest::Client, sub: &str) -> reqwest::Response {
        let authorize = self.begin(browser).await;
        let callback = self.idp.sign_in(browser, &authorize, sub).await;
        self.back(browser, &callback).await
    }

    /// Follows the provider's redirect back to innerpulse.
    pub async fn back(&self, browser: &reqwest::Client, callback: &str) -> reqwest::Response {
        assert!(
            callback.starts_with(&self.app.url("/login/oidc/test/callback")),
            "the provider sends the browser back to the callback: {callback}"
        );
        browser.get(callback).send().await.unwrap()
    }

    /// The status `browser` gets for `path` (303 to the login page when signed out).
    pub async fn status_of(&self, browser: &reqwest::Client, path: &str) -> u16 {
        browser
            .get(self.app.url(path))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    /// The account row with `email`.
    pub async fn account(&self, email: &str) -> Option<entity::account::Model> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::account::Entity::find()
            .filter(entity::account::Column::Email.eq(email))
            .one(self.app.db())
            .await
            .unwrap()
    }

    /// The names of the departments account `id` is linked to, sorted.
    pub async fn departments_of(&self, id: i32) -> Vec<String> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let links = entity::account_department::Entity::find()
            .filter(entity::account_department::Column::AccountId.eq(id))
            .find_also_related(entity::department::Entity)
            .all(self.app.db())
            .await
            .unwrap();
        let mut names: Vec<String> = links
            .into_iter()
            .filter_map(|(_, department)| department.map(|d| d.name))
            .collect();
        names.sort();
        names
    }
}
