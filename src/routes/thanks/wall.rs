//! `GET /thanks`: the thanks wall of the user's departments (HR and viewers: every department,
//! with a department filter), 50 per page.

use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::followup::handles::ThanksHandles;
use crate::report::comment_gate::Gate;
use crate::state::AppState;
use crate::store::{followup::labels, followup::thanks, programme::relationships};
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

/// Thanks per page.
const PER_PAGE: usize = 50;

/// The wall's query string; raw, so a bad value never breaks the page.
#[derive(Debug, Default, Deserialize)]
pub struct WallQuery {
    #[serde(default)]
    department: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    notice: String,
}

/// One thanks on the wall.
#[derive(Serialize)]
struct Card {
    handle: String,
    text: String,
    service: String,
    provider: String,
    period: String,
    shared: bool,
}

fn notice_key(notice: &str) -> Option<&'static str> {
    match notice {
        "shared" => Some("loop-thanks-shared-notice"),
        "unshared" => Some("loop-thanks-unshared-notice"),
        _ => None,
    }
}

/// `GET /thanks`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<WallQuery>,
) -> AppResult<HttpResponse> {
    let department = query.department.trim().parse::<i32>().ok();
    let gate = Gate::now(&state.settings.anonymity);
    let handles = ThanksHandles::new(&state.settings.security);
    let mut found: Vec<(String, thanks::Thanks)> = crate::report::comment_gate::thanks_wall(
        &state.db,
        user.department_scope(),
        gate,
        department,
    )
    .await?
    .into_iter()
    .map(|t| (handles.handle(t.response_id, t.question_id), t))
    .collect();
    // The handle is a keyed hash: sorting by it is a stable order unrelated to submission.
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page_no = query
        .page
        .trim()
        .parse::<usize>()
        .unwrap_or(1)
        .clamp(1, pages);
    let shown: Vec<(String, thanks::Thanks)> = found
        .into_iter()
        .skip((page_no - 1) * PER_PAGE)
        .take(PER_PAGE)
        .collect();
    let periods = labels::periods(&state.db, shown.iter().map(|(_, t)| t.slice.period)).await?;
    let cards: Vec<Card> = shown
        .into_iter()
        .map(|(handle, t)| Card {
            handle,
            period: periods
                .get(&t.slice.period)
                .map(|p| p.label.clone())
                .unwrap_or_default(),
            text: t.text,
            service: t.service.service,
            provider: t.service.provider,
            shared: t.shared,
        })
        .collect();
    let departments: Vec<relationships::DepartmentOption> = relationships::departments(&state.db)
        .await?
        .into_iter()
        .filter(|d| user.can_read_department(d.id))
        .collect();
    let link = |n: usize| match department {
        Some(d) => format!("/thanks?department={d}&page={n}"),
        None => format!("/thanks?page={n}"),
    };
    let mut context = tera::Context::new();
    context.insert("cards", &cards);
    context.insert("total", &total);
    context.insert("page", &page_no);
    context.insert("pages", &pages);
    context.insert("previous", &(page_no > 1).then(|| link(page_no - 1)));
    context.insert("next", &(page_no < pages).then(|| link(page_no + 1)));
    context.insert("departments", &departments);
    context.insert(
        "department",
        &department.map(|d| d.to_string()).unwrap_or_default(),
    );
    context.insert("can_share", &user.is_hr_admin());
    context.insert("notice", &notice_key(&query.notice));
    context.insert("k", &gate.min_group.get());
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "thanks/wall.html",
        context,
    )
}
