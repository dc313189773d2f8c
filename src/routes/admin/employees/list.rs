//! The employee list: search by name or email, filter by department and status, 50 per page.

use crate::auth::HrAdmin;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::organisation::departments;
use crate::store::organisation::employees::{self, EmployeeFilter, StatusFilter};
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// The list's query string; every field raw so a bad value never breaks the page.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    department: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    notice: String,
}

fn link(q: &str, department: Option<i32>, status: StatusFilter, page: u64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if !q.is_empty() {
        query.append_pair("q", q);
    }
    if let Some(department) = department {
        query.append_pair("department", &department.to_string());
    }
    query.append_pair("status", status.as_str());
    query.append_pair("page", &page.to_string());
    format!("/admin/employees?{}", query.finish())
}

fn notice_key(notice: &str) -> Option<&'static str> {
    match notice {
        "created" => Some("employee-notice-created"),
        "updated" => Some("employee-notice-updated"),
        "deactivated" => Some("employee-notice-deactivated"),
        "reactivated" => Some("employee-notice-reactivated"),
        "links-reissued" => Some("employee-notice-links-reissued"),
        "links-current" => Some("employee-notice-links-current"),
        _ => None,
    }
}

/// `GET /admin/employees`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let q = query.q.trim().to_owned();
    let department = query.department.trim().parse::<i32>().ok();
    let status = StatusFilter::parse(&query.status);
    let requested = query.page.trim().parse::<u64>().unwrap_or(1);
    let filter = EmployeeFilter {
        search: (!q.is_empty()).then(|| q.clone()),
        department_id: department,
        status,
    };
    let list = employees::list(&state.db, &filter, requested).await?;
    let mut context = tera::Context::new();
    context.insert("employees", &list.items);
    context.insert("page", &list.page);
    context.insert("pages", &list.pages);
    context.insert("total", &list.total);
    context.insert(
        "previous",
        &(list.page > 1).then(|| link(&q, department, status, list.page - 1)),
    );
    context.insert(
        "next",
        &(list.page < list.pages).then(|| link(&q, department, status, list.page + 1)),
    );
    context.insert("q", &q);
    context.insert(
        "department",
        &department.map(|d| d.to_string()).unwrap_or_default(),
    );
    context.insert("status", status.as_str());
    context.insert("filtered", &(!q.is_empty() || department.is_some()));
    context.insert("departments", &departments::tree(&state.db).await?);
    context.insert("notice", &notice_key(&query.notice));
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/employees/list.html",
        context,
    )
}
