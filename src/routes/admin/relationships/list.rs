//! The relationship list (paginated) and the matrix view: providers as rows, customer
//! departments plus "whole organisation" as columns, service names in the cells.

use crate::auth::HrAdmin;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::programme::relationships::{self, RelationshipView};
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

/// Relationships per list page.
const PER_PAGE: usize = 50;

/// `?page=N` of the list.
#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<usize>,
}

/// `GET /admin/relationships`
#[tracing::instrument(skip_all)]
pub async fn list(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let all = relationships::list(&state.db).await?;
    let departments = relationships::departments(&state.db).await?;
    let pages = all.len().div_ceil(PER_PAGE).max(1);
    let page_number = query.page.unwrap_or(1).clamp(1, pages);
    let shown: Vec<&RelationshipView> = all
        .iter()
        .skip((page_number - 1) * PER_PAGE)
        .take(PER_PAGE)
        .collect();
    let mut context = tera::Context::new();
    context.insert("relationships", &shown);
    context.insert("total", &all.len());
    context.insert("page_number", &page_number);
    context.insert("pages", &pages);
    context.insert("has_departments", &(departments.len() >= 2));
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/relationships/list.html",
        context,
    )
}

/// One service in a matrix cell.
#[derive(Serialize)]
struct Cell {
    id: i32,
    service_name: String,
    active: bool,
}

/// A customer column; `id` `None` is the whole organisation.
#[derive(Serialize, PartialEq)]
struct Column {
    id: Option<i32>,
    name: String,
}

/// A provider row: one list of services per column.
#[derive(Serialize)]
struct Row {
    provider_id: i32,
    provider_name: String,
    cells: Vec<Vec<Cell>>,
}

fn build_matrix(all: &[RelationshipView]) -> (Vec<Column>, Vec<Row>) {
    let mut columns = vec![Column {
        id: None,
        name: String::new(),
    }];
    let mut customers: Vec<(i32, String)> = all
        .iter()
        .filter_map(|r| Some((r.customer_department_id?, r.customer_name.clone()?)))
        .collect();
    customers.sort_by_key(|(_, name)| name.to_lowercase());
    customers.dedup();
    columns.extend(
        customers
            .into_iter()
            .map(|(id, name)| Column { id: Some(id), name }),
    );
    let mut rows: Vec<Row> = vec![];
    for relationship in all {
        let row = if let Some(row) = rows
            .iter_mut()
            .find(|row| row.provider_id == relationship.provider_department_id)
        {
            row
        } else {
            rows.push(Row {
                provider_id: relationship.provider_department_id,
                provider_name: relationship.provider_name.clone(),
                cells: columns.iter().map(|_| vec![]).collect(),
            });
            let last = rows.len() - 1;
            &mut rows[last]
        };
        if let Some(index) = columns
            .iter()
            .position(|c| c.id == relationship.customer_department_id)
        {
            row.cells[index].push(Cell {
                id: relationship.id,
                service_name: relationship.service_name.clone(),
                active: relationship.active,
            });
        }
    }
    (columns, rows)
}

/// `GET /admin/relationships/matrix`
#[tracing::instrument(skip_all)]
pub async fn matrix(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let all = relationships::list(&state.db).await?;
    let (columns, rows) = build_matrix(&all);
    let mut context = tera::Context::new();
    context.insert("columns", &columns);
    context.insert("rows", &rows);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/relationships/matrix.html",
        context,
    )
}
