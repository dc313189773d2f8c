//! `relationship` table: a provider department serving a customer department (or the whole
//! organisation), with the service name and its service standard.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A directed provider → customer service relationship; the unit results are reported on.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "relationship")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The department that provides the service.
    pub provider_department_id: i32,
    /// The department served; `None` means the whole organisation.
    pub customer_department_id: Option<i32>,
    /// Name of the service, e.g. "IT helpdesk".
    #[sea_orm(column_type = "String(StringLen::N(120))")]
    pub service_name: String,
    /// The provider's promise, e.g. "tickets answered within 4 working hours".
    #[sea_orm(column_type = "Text", nullable)]
    pub service_standard: Option<String>,
    /// Inactive relationships are not surveyed.
    pub active: bool,
    /// Minimum days between touchpoint surveys per employee; `None` means the default of 30.
    pub touchpoint_repeat_days: Option<i32>,
    /// When the relationship was created.
    pub created_at: DateTimeUtc,
}

/// Foreign keys of `relationship` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The providing department (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::department::Entity",
        from = "Column::ProviderDepartmentId",
        to = "super::department::Column::Id",
        on_delete = "Restrict"
    )]
    ProviderDepartment,
    /// The customer department, if not organisation-wide (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::department::Entity",
        from = "Column::CustomerDepartmentId",
        to = "super::department::Column::Id",
        on_delete = "Restrict"
    )]
    CustomerDepartment,
    /// Actions recorded for this relationship.
    #[sea_orm(has_many = "super::action::Entity")]
    Action,
    /// Responses about this relationship.
    #[sea_orm(has_many = "super::response::Entity")]
    Response,
}

impl Related<super::action::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Action.def()
    }
}

impl Related<super::response::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Response.def()
    }
}

/// Cycles that include this relationship, through `cycle_relationship`.
impl Related<super::cycle::Entity> for Entity {
    fn to() -> RelationDef {
        super::cycle_relationship::Relation::Cycle.def()
    }

    fn via() -> Option<RelationDef> {
        Some(
            super::cycle_relationship::Relation::Relationship
                .def()
                .rev(),
        )
    }
}

impl ActiveModelBehavior for ActiveModel {}
