//! Seeding and reading the organisation directly in the database: departments and employees.

use super::TestApp;
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};

/// Departments and employees.
impl TestApp {
    /// A new department named `name`; returns its id.
    pub async fn create_department(&self, name: &str) -> i32 {
        entity::department::ActiveModel {
            name: Set(name.to_owned()),
            parent_id: Set(None),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(self.db())
        .await
        .unwrap()
        .id
    }

    /// A new active employee; returns its id.
    pub async fn create_employee(&self, email: &str, name: &str, department_id: i32) -> i32 {
        entity::employee::ActiveModel {
            email: Set(email.to_owned()),
            name: Set(name.to_owned()),
            department_id: Set(department_id),
            locale: Set("en".to_owned()),
            active: Set(true),
            external_id: Set(None),
            created_at: Set(chrono::Utc::now()),
            updated_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(self.db())
        .await
        .unwrap()
        .id
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
