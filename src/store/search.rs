//! The free-text search of the admin lists: a case-insensitive "contains" over a few text
//! columns, with `%`, `_` and `\` in the search taken literally.

use sea_orm::ColumnTrait;
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Func, LikeExpr};

/// Rows where any of `columns` contains `search` (case-insensitive); `None` when the search
/// is empty or only spaces.
pub fn any_contains<C: ColumnTrait>(search: Option<&str>, columns: &[C]) -> Option<Condition> {
    let search = search.map(str::trim).filter(|s| !s.is_empty())?;
    let pattern = format!("%{}%", escape_like(&search.to_lowercase()));
    Some(columns.iter().fold(Condition::any(), |any, column| {
        any.add(
            Expr::expr(Func::lower(Expr::col(column.as_column_ref())))
                .like(LikeExpr::new(pattern.clone()).escape('\\')),
        )
    }))
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
