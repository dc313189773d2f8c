//! Seeding and reading the organisation directly in the database: departments and employees.

use super::{TestApp, seed};
use sea_orm::{EntityTrait, QueryOrder};

/// Departments and employees.
impl TestApp {
    /// A new department named `name`; returns its id.
    pub async fn create_department(&self, name: &str) -> i32 {
        seed::Department::new(name).create(self).await
    }

    /// A new active employee; returns its id.
    pub async fn create_employee(&self, email: &str, name: &str, department_id: i32) -> i32 {
        seed::Employee::new(email, name, department_id)
            .create(self)
            .await
    }

    /// Every employee, ordered by email.
    pub async fn employees(&self) -> Vec<entity::employee::Model> {
        entity::employee::Entity::find()
            .order_by_asc(entity::employee::Column::Email)
            .all(self.db())
            .await
            .unwrap()
    }
}
