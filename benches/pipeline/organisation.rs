//! Seeding the organisation: ten divisions with teams under them (about 100 employees per
//! department), employees in the six shipped languages, four organisation-wide services and
//! one service per team from another division (each with a service standard, so every
//! employee has at least three services to be asked about), the built-in questionnaire and
//! a weekly cycle with a fatigue cap of three. The cycle's next opening is a week away, so
//! no scheduler pass opens a wave of its own.

use super::bulk::insert_all;
use anyhow::Context;
use chrono::{TimeDelta, Utc};
use entity::{cycle, department, employee, relationship};
use innerpulse::domain::Locale;
use innerpulse::store::programme::questionnaires;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};

/// Top-level departments; every one of them provides at least one service.
const DIVISIONS: usize = 10;

/// Services every employee receives, provided by the first divisions.
const ORGANISATION_WIDE: [&str; 4] = ["IT helpdesk", "HR services", "Facilities", "Payroll"];

/// What the seeding created.
pub struct Organisation {
    /// The cycle whose wave the benchmark opens.
    pub cycle_id: i32,
    /// The built-in questionnaire.
    pub questionnaire_id: i32,
    /// Departments that provide services: one dashboard each.
    pub providers: Vec<i32>,
    /// Employees as (id, department id, locale).
    pub employees: Vec<(i32, i32, Locale)>,
    /// Relationships as (id, provider department id).
    pub relationships: Vec<(i32, i32)>,
    /// Departments.
    pub departments: usize,
}

/// Creates the organisation in one transaction.
pub async fn seed(db: &DatabaseConnection, employees: u32) -> anyhow::Result<Organisation> {
    let now = Utc::now();
    let txn = db.begin().await.context("Failed to begin seeding")?;
    let department_count = (employees as usize / 100).max(DIVISIONS + 1);
    let mut divisions = Vec::with_capacity(DIVISIONS);
    for index in 0..DIVISIONS {
        let division = department::ActiveModel {
            name: Set(format!("Division {}", index + 1)),
            parent_id: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .context("Failed to create a division")?;
        divisions.push(division.id);
    }
    let teams: Vec<department::ActiveModel> = (DIVISIONS..department_count)
        .map(|index| department::ActiveModel {
            name: Set(format!("Team {}", index + 1)),
            parent_id: Set(Some(divisions[index % DIVISIONS])),
            created_at: Set(now),
            ..Default::default()
        })
        .collect();
    insert_all(&txn, teams).await?;
    let teams: Vec<(i32, Option<i32>)> = department::Entity::find()
        .select_only()
        .column(department::Column::Id)
        .column(department::Column::ParentId)
        .filter(department::Column::ParentId.is_not_null())
        .order_by_asc(department::Column::Id)
        .into_tuple()
        .all(&txn)
        .await
        .context("Failed to read the teams back")?;

    let mut services = Vec::new();
    for (index, name) in ORGANISATION_WIDE.iter().enumerate() {
        services.push(service(divisions[index], None, name, now));
    }
    for (index, &(team, parent)) in teams.iter().enumerate() {
        // A division other than the team's own serves it.
        let provider = divisions
            .iter()
            .copied()
            .cycle()
            .skip(index)
            .take(divisions.len())
            .find(|division| Some(*division) != parent)
            .unwrap_or(divisions[0]);
        services.push(service(provider, Some(team), "Operations support", now));
    }
    insert_all(&txn, services).await?;

    let all_departments: Vec<i32> = divisions
        .iter()
        .copied()
        .chain(teams.iter().map(|(id, _)| *id))
        .collect();
    let people: Vec<employee::ActiveModel> = (0..employees as usize)
        .map(|index| employee::ActiveModel {
            email: Set(format!("employee{index}@bench.example")),
            name: Set(format!("Employee {index}")),
            department_id: Set(all_departments[index % all_departments.len()]),
            locale: Set(Locale::ALL[index % Locale::ALL.len()].as_str().to_owned()),
            active: Set(true),
            external_id: Set(Some(format!("bench-{index}"))),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    insert_all(&txn, people).await?;

    let questionnaire_id = questionnaires::find_builtin(&txn)
        .await?
        .context("The built-in questionnaire is missing")?;
    let core_questions = i32::try_from(
        questionnaires::questions(&txn, questionnaire_id)
            .await?
            .iter()
            .filter(|q| q.core)
            .count(),
    )?;
    let cycle_id = cycle::ActiveModel {
        name: Set("Bench pulse".to_owned()),
        questionnaire_id: Set(questionnaire_id),
        all_relationships: Set(true),
        rrule: Set("FREQ=WEEKLY;INTERVAL=1".to_owned()),
        timezone: Set("Europe/Amsterdam".to_owned()),
        starts_at: Set(now),
        days_open: Set(7),
        reminder_after_days: Set(None),
        max_reminders: Set(0),
        fatigue_cap: Set(3),
        // The short pulse of new cycles: the core questions and one rotating question per
        // section, ten answers at most.
        questions_per_section: Set(Some(
            core_questions + innerpulse::domain::pulse::DEFAULT_ROTATING_PER_SECTION,
        )),
        max_answers_per_wave: Set(Some(
            innerpulse::domain::pulse::DEFAULT_MAX_ANSWERS_PER_WAVE,
        )),
        sample_percent: Set(None),
        active: Set(true),
        next_opening_at: Set(Some(now + TimeDelta::days(7))),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .context("Failed to create the cycle")?
    .id;

    let employees = read_employees(&txn).await?;
    let relationships: Vec<(i32, i32)> = relationship::Entity::find()
        .select_only()
        .column(relationship::Column::Id)
        .column(relationship::Column::ProviderDepartmentId)
        .into_tuple()
        .all(&txn)
        .await
        .context("Failed to read the relationships back")?;
    txn.commit().await.context("Failed to commit seeding")?;
    let mut providers: Vec<i32> = relationships.iter().map(|(_, p)| *p).collect();
    providers.sort_unstable();
    providers.dedup();
    Ok(Organisation {
        cycle_id,
        questionnaire_id,
        providers,
        employees,
        relationships,
        departments: all_departments.len(),
    })
}

fn service(
    provider: i32,
    customer: Option<i32>,
    name: &str,
    now: chrono::DateTime<Utc>,
) -> relationship::ActiveModel {
    relationship::ActiveModel {
        provider_department_id: Set(provider),
        customer_department_id: Set(customer),
        service_name: Set(name.to_owned()),
        service_standard: Set(Some(format!("{name}: answered within one working day"))),
        active: Set(true),
        touchpoint_repeat_days: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
}

async fn read_employees(
    db: &impl sea_orm::ConnectionTrait,
) -> anyhow::Result<Vec<(i32, i32, Locale)>> {
    let rows: Vec<(i32, i32, String)> = employee::Entity::find()
        .select_only()
        .column(employee::Column::Id)
        .column(employee::Column::DepartmentId)
        .column(employee::Column::Locale)
        .order_by_asc(employee::Column::Id)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to read the employees back")?;
    Ok(rows
        .into_iter()
        .map(|(id, department, locale)| {
            (id, department, Locale::parse(&locale).unwrap_or(Locale::EN))
        })
        .collect())
}
