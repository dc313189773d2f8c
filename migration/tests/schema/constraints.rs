//! Statements the schema must refuse, each for the intended constraint.

use entity::prelude::*;
use entity::{invitation, relationship};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Set, Statement};
use sea_orm_migration::sea_orm;

use crate::{TestResult, at};

/// Asserts that `result` failed because of the constraint described by one of `needles`
/// (SQLite and PostgreSQL word their errors differently).
fn assert_violates<T: std::fmt::Debug>(result: Result<T, sea_orm::DbErr>, needles: &[&str]) {
    let err = match result {
        Ok(value) => panic!("statement should have been refused, got {value:?}"),
        Err(err) => err.to_string(),
    };
    assert!(
        needles.iter().any(|n| err.contains(n)),
        "unexpected error: {err}"
    );
}

/// Statements the schema must refuse.
pub async fn constraints_hold(db: &DatabaseConnection) -> TestResult {
    let backend = db.get_database_backend();
    let it = Department::find()
        .one(db)
        .await?
        .ok_or("no seeded department")?;
    let emp = Employee::find()
        .one(db)
        .await?
        .ok_or("no seeded employee")?;
    let org_wide = |name: &str| relationship::ActiveModel {
        provider_department_id: Set(it.id),
        customer_department_id: Set(None),
        service_name: Set(name.into()),
        active: Set(true),
        created_at: Set(at(30)),
        ..Default::default()
    };
    org_wide("Laptops").insert(db).await?;
    assert_violates(
        org_wide("Laptops").insert(db).await,
        &[
            "UNIQUE constraint failed: relationship.provider_department_id, relationship.service_name",
            "uq_relationship_provider_org_wide_service",
        ],
    );

    let self_service = relationship::ActiveModel {
        customer_department_id: Set(Some(it.id)),
        ..org_wide("Self")
    };
    assert_violates(
        self_service.insert(db).await,
        &["ck_relationship_distinct_departments"],
    );

    let wave_invitation_without_wave = invitation::ActiveModel {
        wave_id: Set(None),
        kind: Set(invitation::InvitationKind::Wave),
        employee_id: Set(emp.id),
        token_hash: Set("f".repeat(64)),
        delivery_state: Set(invitation::DeliveryState::Pending),
        attempts: Set(0),
        reminders_sent: Set(0),
        answered: Set(false),
        created_at: Set(at(31)),
        ..Default::default()
    };
    assert_violates(
        wave_invitation_without_wave.insert(db).await,
        &["ck_invitation_kind_wave_id"],
    );

    let bad_role = Statement::from_string(
        backend,
        "INSERT INTO account (email, display_name, role, locale, active, created_at) \
         VALUES ('x@example.org', 'X', 'root', 'en', TRUE, '2026-11-22T00:00:00Z')",
    );
    assert_violates(db.execute_raw(bad_role).await, &["ck_account_role"]);
    let bad_cap = Statement::from_string(backend, "UPDATE cycle SET fatigue_cap = 0");
    assert_violates(db.execute_raw(bad_cap).await, &["ck_cycle_fatigue_cap"]);
    let bad_sample = Statement::from_string(backend, "UPDATE cycle SET sample_percent = 101");
    assert_violates(
        db.execute_raw(bad_sample).await,
        &["ck_cycle_sample_percent"],
    );

    assert_violates(
        Department::delete_by_id(it.id).exec(db).await,
        &[
            "FOREIGN KEY constraint failed",
            "violates foreign key constraint",
        ],
    );
    Ok(())
}
