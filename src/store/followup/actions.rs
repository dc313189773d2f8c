//! Providers' actions ("you said, we did"): listing with the viewer's scope and filters,
//! reading one, the checks that need the database, and writes. Who may do what is decided in
//! `followup::action_access`.

use crate::domain::FieldErrors;
use crate::domain::action::{ActionInput, Topic, is_overdue};
use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use entity::action::{self, ActionStatus};
use entity::{account, action_translation, department, question, relationship};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use std::collections::HashMap;

/// An action as pages and the API show it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ActionView {
    pub id: i32,
    pub relationship_id: i32,
    /// Service name of the relationship.
    pub service: String,
    /// Name of the providing department.
    pub provider: String,
    pub provider_department_id: i32,
    /// The question it answers, if any.
    pub question_id: Option<i32>,
    /// `reliability`, `responsiveness`, … if it addresses one dimension.
    pub dimension: Option<String>,
    pub title: String,
    pub description: String,
    pub owner_department_id: i32,
    /// Name of the responsible department.
    pub owner: String,
    /// `planned`, `in_progress` or `done`.
    pub status: String,
    /// Target day (`YYYY-MM-DD`).
    pub due_on: Option<NaiveDate>,
    /// Past its due day and not done.
    pub overdue: bool,
    /// Who recorded it (`null` once that account is gone).
    pub created_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Locales it has translations in.
    pub translations: Vec<String>,
}

/// Which actions a list shows.
#[derive(Clone, Debug, Default)]
pub struct ActionFilter {
    /// Departments of the viewer (`None`: all).
    pub scope: Option<Vec<i32>>,
    /// Only this relationship's.
    pub relationship_id: Option<i32>,
    /// Only this status.
    pub status: Option<ActionStatus>,
    /// Only overdue ones (needs `today`).
    pub overdue_only: bool,
}

/// One page of actions.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ActionPage {
    pub items: Vec<ActionView>,
    /// 1-based page shown.
    pub page: u64,
    /// Number of pages, at least 1.
    pub pages: u64,
    /// Number of matching actions.
    pub total: u64,
}

fn filtered(filter: &ActionFilter, today: NaiveDate) -> sea_orm::Select<action::Entity> {
    let mut query = action::Entity::find().inner_join(relationship::Entity);
    if let Some(ids) = &filter.scope {
        query = query.filter(
            Condition::any()
                .add(relationship::Column::ProviderDepartmentId.is_in(ids.iter().copied()))
                .add(action::Column::OwnerDepartmentId.is_in(ids.iter().copied())),
        );
    }
    if let Some(id) = filter.relationship_id {
        query = query.filter(action::Column::RelationshipId.eq(id));
    }
    if let Some(status) = filter.status {
        query = query.filter(action::Column::Status.eq(status));
    }
    if filter.overdue_only {
        query = query
            .filter(action::Column::DueOn.lt(today))
            .filter(action::Column::Status.ne(ActionStatus::Done));
    }
    query
}

/// One page (1-based, `per_page` rows) of the actions matching `filter`, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &ActionFilter,
    today: NaiveDate,
    page: u64,
    per_page: u64,
) -> anyhow::Result<ActionPage> {
    let query = filtered(filter, today);
    let total = query
        .clone()
        .count(db)
        .await
        .context("Failed to count actions")?;
    let pages = total.div_ceil(per_page).max(1);
    let page = page.clamp(1, pages);
    let models = query
        .order_by_desc(action::Column::CreatedAt)
        .order_by_desc(action::Column::Id)
        .offset((page - 1) * per_page)
        .limit(per_page)
        .all(db)
        .await
        .context("Failed to list actions")?;
    Ok(ActionPage {
        items: views(db, models, today).await?,
        page,
        pages,
        total,
    })
}

/// How many actions matching `filter` are overdue on `today`.
pub async fn overdue_count(
    db: &impl ConnectionTrait,
    filter: &ActionFilter,
    today: NaiveDate,
) -> anyhow::Result<u64> {
    let overdue = ActionFilter {
        overdue_only: true,
        ..filter.clone()
    };
    filtered(&overdue, today)
        .count(db)
        .await
        .context("Failed to count overdue actions")
}

/// The action `id` as shown.
pub async fn find(
    db: &impl ConnectionTrait,
    id: i32,
    today: NaiveDate,
) -> anyhow::Result<Option<ActionView>> {
    let Some(model) = find_model(db, id).await? else {
        return Ok(None);
    };
    Ok(views(db, vec![model], today).await?.into_iter().next())
}

/// The stored action `id`.
pub async fn find_model(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<action::Model>> {
    action::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load an action")
}

async fn views(
    db: &impl ConnectionTrait,
    models: Vec<action::Model>,
    today: NaiveDate,
) -> anyhow::Result<Vec<ActionView>> {
    let relationships: HashMap<i32, relationship::Model> = relationship::Entity::find()
        .filter(relationship::Column::Id.is_in(models.iter().map(|m| m.relationship_id)))
        .all(db)
        .await
        .context("Failed to load the actions' relationships")?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let departments: HashMap<i32, String> = department::Entity::find()
        .all(db)
        .await
        .context("Failed to load departments")?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    let accounts: HashMap<i32, String> = account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .column(account::Column::DisplayName)
        .filter(account::Column::Id.is_in(models.iter().filter_map(|m| m.created_by_account_id)))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await
        .context("Failed to load the actions' authors")?
        .into_iter()
        .collect();
    let mut translations: HashMap<i32, Vec<String>> = HashMap::new();
    let rows: Vec<(i32, String)> = action_translation::Entity::find()
        .select_only()
        .column(action_translation::Column::ActionId)
        .column(action_translation::Column::Locale)
        .filter(action_translation::Column::ActionId.is_in(models.iter().map(|m| m.id)))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load the actions' translations")?;
    for (id, locale) in rows {
        translations.entry(id).or_default().push(locale);
    }
    let name = |id: i32| departments.get(&id).cloned().unwrap_or_default();
    Ok(models
        .into_iter()
        .filter_map(|m| {
            let relationship = relationships.get(&m.relationship_id)?;
            let mut locales = translations.remove(&m.id).unwrap_or_default();
            locales.sort();
            Some(ActionView {
                id: m.id,
                relationship_id: m.relationship_id,
                service: relationship.service_name.clone(),
                provider: name(relationship.provider_department_id),
                provider_department_id: relationship.provider_department_id,
                question_id: m.question_id,
                dimension: m.dimension.map(|d| d.to_value()),
                owner: name(m.owner_department_id),
                owner_department_id: m.owner_department_id,
                status: m.status.to_value(),
                overdue: is_overdue(m.status, m.due_on, today),
                due_on: m.due_on,
                created_by: m
                    .created_by_account_id
                    .and_then(|id| accounts.get(&id).cloned()),
                created_at: m.created_at,
                updated_at: m.updated_at,
                title: m.title,
                description: m.description,
                translations: locales,
            })
        })
        .collect())
}

/// What an action's topic stores: the question, and the dimension (a question's own).
async fn topic_columns(
    db: &impl ConnectionTrait,
    topic: Topic,
    errors: &mut FieldErrors,
) -> anyhow::Result<(Option<i32>, Option<entity::question::Dimension>)> {
    Ok(match topic {
        Topic::Service => (None, None),
        Topic::Dimension(d) => (None, Some(d)),
        Topic::Question(id) => {
            let found = question::Entity::find_by_id(id)
                .one(db)
                .await
                .context("Failed to look up the action's question")?;
            if let Some(q) = found {
                (Some(q.id), Some(q.dimension))
            } else {
                errors.add("topic", "err-action-topic");
                (None, None)
            }
        }
    })
}

/// Checks what needs the database (the owner department and the question exist) and builds
/// the row's columns.
async fn columns(
    db: &impl ConnectionTrait,
    input: &ActionInput,
) -> anyhow::Result<Result<Columns, FieldErrors>> {
    let mut errors = FieldErrors::new();
    let owner = department::Entity::find_by_id(input.owner_department_id)
        .one(db)
        .await
        .context("Failed to look up the owner department")?;
    if owner.is_none() {
        errors.add("owner_department_id", "err-action-owner");
    }
    let (question_id, dimension) = topic_columns(db, input.topic, &mut errors).await?;
    Ok(errors.into_result(|| Columns {
        question_id,
        dimension,
    }))
}

struct Columns {
    question_id: Option<i32>,
    dimension: Option<entity::question::Dimension>,
}

/// Records a new action for `relationship_id`; field errors when the owner or question does
/// not exist.
pub async fn insert(
    db: &impl ConnectionTrait,
    relationship_id: i32,
    input: ActionInput,
    account_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<i32, FieldErrors>> {
    let columns = match columns(db, &input).await? {
        Ok(columns) => columns,
        Err(errors) => return Ok(Err(errors)),
    };
    let model = action::ActiveModel {
        relationship_id: Set(relationship_id),
        question_id: Set(columns.question_id),
        dimension: Set(columns.dimension),
        title: Set(input.title),
        description: Set(input.description),
        owner_department_id: Set(input.owner_department_id),
        status: Set(input.status),
        due_on: Set(input.due_on),
        created_by_account_id: Set(Some(account_id)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to record an action")?;
    Ok(Ok(model.id))
}

/// Changes an action; field errors when the owner or question does not exist.
pub async fn update(
    db: &impl ConnectionTrait,
    model: action::Model,
    input: ActionInput,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<(), FieldErrors>> {
    let columns = match columns(db, &input).await? {
        Ok(columns) => columns,
        Err(errors) => return Ok(Err(errors)),
    };
    let mut active = model.into_active_model();
    active.question_id = Set(columns.question_id);
    active.dimension = Set(columns.dimension);
    active.title = Set(input.title);
    active.description = Set(input.description);
    active.owner_department_id = Set(input.owner_department_id);
    active.status = Set(input.status);
    active.due_on = Set(input.due_on);
    active.updated_at = Set(now);
    active
        .update(db)
        .await
        .context("Failed to change an action")?;
    Ok(Ok(()))
}

/// Sets an action's status.
pub async fn set_status(
    db: &impl ConnectionTrait,
    model: action::Model,
    status: ActionStatus,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let mut active = model.into_active_model();
    active.status = Set(status);
    active.updated_at = Set(now);
    active
        .update(db)
        .await
        .context("Failed to change an action's status")?;
    Ok(())
}

/// Deletes an action and its translations.
pub async fn delete(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<()> {
    action::Entity::delete_by_id(id)
        .exec(db)
        .await
        .context("Failed to delete an action")?;
    Ok(())
}
