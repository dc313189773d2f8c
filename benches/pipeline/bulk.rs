//! Multi-row inserts in statements small enough for both backends' bind-variable limits.

use anyhow::Context;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityName, EntityTrait, Iterable};

/// Bind variables per statement: well below SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_BIND_VARIABLES: usize = 30_000;

/// Inserts `rows` with as few statements as the bind-variable limit allows.
pub async fn insert_all<A>(db: &impl ConnectionTrait, rows: Vec<A>) -> anyhow::Result<()>
where
    A: ActiveModelTrait,
{
    let columns = <<A::Entity as EntityTrait>::Column as Iterable>::iter().count();
    let per_statement = (MAX_BIND_VARIABLES / columns.max(1)).max(1);
    let table = A::Entity::default().table_name();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_statement).collect();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(db)
            .await
            .with_context(|| format!("Failed to insert benchmark rows into `{table}`"))?;
    }
    Ok(())
}
