//! The CSV import page: upload a file (multipart/form-data), see every bad row or the
//! result; a large deactivation asks for confirmation and resubmits the same file.

use crate::audit::Actor;
use crate::auth::{HrAdmin, csrf};
use crate::error::{AppError, AppResult};
use crate::import::{self, Options, Outcome};
use crate::state::AppState;
use crate::web::page;
use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use serde::Serialize;

/// `GET /admin/employees/import`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let mut context = tera::Context::new();
    context.insert("columns", &import::csv::COLUMNS.join(", "));
    context.insert("create_departments", &false);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/employees/import.html",
        context,
    )
}

/// What the upload form sent.
#[derive(Default)]
struct Upload {
    csrf_token: String,
    file: Vec<u8>,
    create_departments: bool,
    confirm_deactivation: bool,
}

async fn read_upload(mut multipart: Multipart, limit: usize) -> AppResult<Upload> {
    let mut upload = Upload::default();
    let mut remaining = limit;
    let unreadable = |e: &dyn std::fmt::Display| {
        AppError::Validation(format!("the uploaded form could not be read: {e}"))
    };
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(|e| unreadable(&e))?;
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field
            .bytes(remaining)
            .await
            .map_err(|_| AppError::Validation("the file is too large".to_owned()))?
            .map_err(|e| unreadable(&e))?;
        remaining = remaining.saturating_sub(bytes.len());
        match name.as_str() {
            "csrf_token" => upload.csrf_token = String::from_utf8_lossy(&bytes).into_owned(),
            "file" | "file_content" if !bytes.is_empty() => upload.file = bytes.to_vec(),
            "create_departments" => upload.create_departments = true,
            "confirm_deactivation" => upload.confirm_deactivation = true,
            _ => {}
        }
    }
    Ok(upload)
}

#[derive(Serialize)]
struct RowLine {
    line: usize,
    reason: String,
}

/// `POST /admin/employees/import`
#[tracing::instrument(skip_all)]
pub async fn upload(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    multipart: Multipart,
) -> AppResult<HttpResponse> {
    let limit = state.settings.server.max_body_kb * 1024;
    let upload = read_upload(multipart, limit).await?;
    csrf::verify(&request, &upload.csrf_token)?;
    let locale = page::locale(&state, &request, Some(&user));
    let mut context = tera::Context::new();
    context.insert("columns", &import::csv::COLUMNS.join(", "));
    context.insert("create_departments", &upload.create_departments);
    if upload.file.is_empty() {
        let error = state.i18n.text(locale, "import-no-file", None);
        context.insert("file_error", &error);
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        let template = "admin/employees/import.html";
        return page::render_status(
            page::Viewer::new(&state, &request, Some(&user)),
            template,
            context,
            status,
        );
    }
    let options = Options {
        create_departments: upload.create_departments,
        confirm_deactivation: upload.confirm_deactivation,
        default_locale: state.settings.i18n.default_locale,
    };
    let status = match import::run(&state.db, &upload.file, options, &Actor::from(&user)).await? {
        Outcome::Applied(summary) => {
            context.insert("summary", &summary);
            StatusCode::OK
        }
        Outcome::FileRejected(message) => {
            context.insert("file_error", &message.render(&state.i18n, locale));
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Outcome::RowsRejected(problems) => {
            let rows: Vec<RowLine> = problems
                .iter()
                .map(|p| RowLine {
                    line: p.line,
                    reason: p.message.render(&state.i18n, locale),
                })
                .collect();
            context.insert("row_count", &rows.len());
            context.insert("rows", &rows);
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Outcome::NeedsConfirmation { deactivate, active } => {
            context.insert("deactivate_count", &deactivate.len());
            context.insert("deactivate", &deactivate);
            context.insert("active", &active);
            context.insert("file_content", &String::from_utf8_lossy(&upload.file));
            StatusCode::CONFLICT
        }
    };
    let template = "admin/employees/import.html";
    page::render_status(
        page::Viewer::new(&state, &request, Some(&user)),
        template,
        context,
        status,
    )
}
