//! Staff accounts for tests, and logging a client in as one of them.

use super::TestApp;
use entity::account::Role;
use innerpulse::auth::password::hash_password;
use innerpulse::domain::{EmailAddress, Locale};
use innerpulse::store::accounts::{self, NewAccount};
use secrecy::SecretString;

/// A staff account created for a test, with its clear-text password.
pub struct TestStaff {
    pub id: i32,
    pub email: String,
    pub password: String,
}

/// Accounts and logins.
impl TestApp {
    /// Creates an active account with `role`, linked to `departments`.
    pub async fn create_staff(&self, role: Role, departments: &[i32]) -> TestStaff {
        let email = format!("{}@example.com", uuid::Uuid::new_v4().simple());
        let password = "a long enough test password".to_owned();
        let hash = hash_password(SecretString::from(password.clone()))
            .await
            .unwrap();
        let id = accounts::insert(
            self.db(),
            NewAccount {
                email: EmailAddress::parse(&email).unwrap(),
                display_name: format!("Test {role:?}"),
                password_hash: Some(hash),
                role,
                locale: Locale::EN,
                departments: departments.to_vec(),
            },
        )
        .await
        .unwrap();
        TestStaff {
            id,
            email,
            password,
        }
    }

    /// Posts the login form.
    pub async fn post_login(&self, email: &str, password: &str) -> reqwest::Response {
        let token = self.csrf_token().await;
        self.client
            .post(self.url("/login"))
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf_token", &token),
            ])
            .send()
            .await
            .expect("POST /login")
    }

    /// Logs this client in as `staff`; panics unless the login succeeds.
    pub async fn login(&self, staff: &TestStaff) {
        let response = self.post_login(&staff.email, &staff.password).await;
        assert_eq!(response.status(), 303, "login as {} failed", staff.email);
    }

    /// Creates an HR admin and logs this client in as them.
    pub async fn login_as_hr(&self) -> TestStaff {
        let hr = self.create_staff(Role::HrAdmin, &[]).await;
        self.login(&hr).await;
        hr
    }
}
