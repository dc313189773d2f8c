//! The demo's staff accounts. Their passwords are published (printed by every run and in the
//! docs), which is why `innerpulse demo` refuses to run in production mode.

use super::organisation::Organisation;
use crate::auth::password::hash_password;
use crate::domain::{EmailAddress, Locale};
use crate::store::accounts::{self, NewAccount};
use entity::account::Role;
use sea_orm::ConnectionTrait;
use secrecy::SecretString;

/// A demo login as printed in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DemoLogin {
    /// Who this is, e.g. "HR admin".
    pub label: &'static str,
    /// The login email.
    pub email: &'static str,
    /// The published password.
    pub password: &'static str,
    /// Name shown in the UI.
    display_name: &'static str,
    /// The account's role.
    role: Role,
    /// Departments the account heads or may view.
    departments: &'static [&'static str],
}

/// HR admin: manages everything and sees all results.
pub const HR_ADMIN: DemoLogin = DemoLogin {
    label: "HR admin",
    email: "hr@demo.innerpulse.example",
    password: "demo-hr-password",
    display_name: "Hanna de Vries",
    role: Role::HrAdmin,
    departments: &[],
};

/// Head of IT: reads and acts on IT's services.
pub const IT_HEAD: DemoLogin = DemoLogin {
    label: "Head of IT",
    email: "it.head@demo.innerpulse.example",
    password: "demo-head-password",
    display_name: "Oliver Bennett",
    role: Role::DepartmentHead,
    departments: &["IT"],
};

/// Head of the kitchen: reads and acts on the kitchen's service to the floor.
pub const KITCHEN_HEAD: DemoLogin = DemoLogin {
    label: "Head of Kitchen",
    email: "kitchen.head@demo.innerpulse.example",
    password: "demo-head-password",
    display_name: "Lucía Navarro",
    role: Role::DepartmentHead,
    departments: &["Kitchen"],
};

/// Viewer for the management team: reads the results of the main providers.
pub const VIEWER: DemoLogin = DemoLogin {
    label: "Viewer (management)",
    email: "management@demo.innerpulse.example",
    password: "demo-viewer-password",
    display_name: "Thijs Bakker",
    role: Role::Viewer,
    departments: &["IT", "HR", "Facility Management", "Kitchen"],
};

/// Every demo login, in the order the report lists them.
pub const LOGINS: [DemoLogin; 4] = [HR_ADMIN, IT_HEAD, KITCHEN_HEAD, VIEWER];

/// Account ids of the demo's department heads, for recording their actions.
pub struct DemoAccounts {
    /// Head of IT.
    pub it_head: i32,
    /// Head of the kitchen.
    pub kitchen_head: i32,
}

/// argon2id hashes of every login's password, in `LOGINS` order. Slow by design, so it runs
/// before the seeding transaction starts (and the hashes run in parallel).
pub async fn hash_passwords() -> anyhow::Result<Vec<String>> {
    let hashing = LOGINS
        .iter()
        .map(|login| hash_password(SecretString::from(login.password)));
    futures_util::future::try_join_all(hashing).await
}

/// Creates every demo account with its hash from `hash_passwords`.
pub async fn create(
    db: &impl ConnectionTrait,
    organisation: &Organisation,
    hashes: Vec<String>,
) -> anyhow::Result<DemoAccounts> {
    let mut ids = Vec::with_capacity(LOGINS.len());
    for (login, hash) in LOGINS.iter().zip(hashes) {
        let departments = login
            .departments
            .iter()
            .map(|name| organisation.department_id(name))
            .collect::<anyhow::Result<Vec<i32>>>()?;
        let email = EmailAddress::parse(login.email)
            .map_err(|reason| anyhow::anyhow!("Demo login is invalid: {reason}"))?;
        let id = accounts::insert(
            db,
            NewAccount {
                email,
                display_name: login.display_name.to_owned(),
                password_hash: Some(hash),
                role: login.role,
                locale: Locale::EN,
                departments,
            },
        )
        .await?;
        ids.push(id);
    }
    let id_of = |wanted: &DemoLogin| {
        LOGINS
            .iter()
            .position(|login| login == wanted)
            .and_then(|index| ids.get(index).copied())
            .ok_or_else(|| anyhow::anyhow!("The demo account {} was not created", wanted.email))
    };
    Ok(DemoAccounts {
        it_head: id_of(&IT_HEAD)?,
        kitchen_head: id_of(&KITCHEN_HEAD)?,
    })
}
