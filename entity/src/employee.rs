//! `employee` table: internal customers who receive surveys (no account, no password).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// An employee, imported from HR data; the survey recipient.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "employee")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Email address, stored lowercase; unique.
    #[sea_orm(column_type = "String(StringLen::N(254))", unique)]
    pub email: String,
    /// Full name.
    #[sea_orm(column_type = "String(StringLen::N(200))")]
    pub name: String,
    /// The department the employee works in (their customer department).
    pub department_id: i32,
    /// Preferred locale, e.g. `en` or `nl`.
    #[sea_orm(column_type = "String(StringLen::N(8))")]
    pub locale: String,
    /// Inactive employees receive no invitations.
    pub active: bool,
    /// Key in the HRIS, used to match rows on sync.
    #[sea_orm(column_type = "String(StringLen::N(100))", nullable, unique)]
    pub external_id: Option<String>,
    /// When the employee was created.
    pub created_at: DateTimeUtc,
    /// When the employee was last changed.
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of `employee` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The employee's department (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::department::Entity",
        from = "Column::DepartmentId",
        to = "super::department::Column::Id",
        on_delete = "Restrict"
    )]
    Department,
    /// Invitations sent to this employee.
    #[sea_orm(has_many = "super::invitation::Entity")]
    Invitation,
    /// Section rotation history of this employee.
    #[sea_orm(has_many = "super::section_history::Entity")]
    SectionHistory,
}

impl Related<super::department::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Department.def()
    }
}

impl Related<super::invitation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Invitation.def()
    }
}

impl Related<super::section_history::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::SectionHistory.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
