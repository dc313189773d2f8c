//! `department` table: the organisation's departments, arranged as a tree.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A department; providers and internal customers are both departments.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "department")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Display name, unique in the organisation.
    #[sea_orm(column_type = "String(StringLen::N(120))", unique)]
    pub name: String,
    /// Parent department; `None` for a top-level department.
    pub parent_id: Option<i32>,
    /// When the department was created.
    pub created_at: DateTimeUtc,
}

/// Foreign keys of `department` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The parent department (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "Entity",
        from = "Column::ParentId",
        to = "Column::Id",
        on_delete = "Restrict"
    )]
    Parent,
    /// Employees working in this department.
    #[sea_orm(has_many = "super::employee::Entity")]
    Employee,
    /// Relationships in which this department is the provider.
    #[sea_orm(
        has_many = "super::relationship::Entity",
        via_rel = "Relation::ProviderDepartment"
    )]
    ProvidedRelationship,
}

impl Related<super::employee::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Employee.def()
    }
}

/// Staff accounts linked to this department through `account_department`.
impl Related<super::account::Entity> for Entity {
    fn to() -> RelationDef {
        super::account_department::Relation::Account.def()
    }

    fn via() -> Option<RelationDef> {
        Some(super::account_department::Relation::Department.def().rev())
    }
}

impl ActiveModelBehavior for ActiveModel {}
