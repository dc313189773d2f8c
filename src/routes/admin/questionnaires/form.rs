//! The question form: kind, dimension, required and core flags and one block of texts per locale,
//! filled from a stored question or from the submitted input, with errors next to fields.

use crate::domain::Locale;
use crate::error::AppResult;
use crate::programme::FieldErrors;
use crate::programme::question_input::{QuestionForm, dimension_value, kind_value};
use crate::store::programme::questionnaire_admin::QuestionDetail;
use crate::web::page;
use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use entity::question::{Dimension, QuestionKind};
use sea_orm::Iterable;
use serde::Serialize;

/// The texts of one locale as the form shows them.
#[derive(Serialize)]
struct LocaleBlock {
    code: &'static str,
    name: &'static str,
    is_default: bool,
    prompt: String,
    help: String,
    options: String,
    prompt_error: Option<&'static str>,
    help_error: Option<&'static str>,
    options_error: Option<&'static str>,
}

/// The form filled with a stored question.
pub fn form_from(detail: &QuestionDetail) -> QuestionForm {
    let mut form = QuestionForm {
        kind: kind_value(detail.question.kind),
        dimension: dimension_value(detail.question.dimension),
        required: if detail.question.required { "on" } else { "" }.to_owned(),
        core: if detail.question.core { "on" } else { "" }.to_owned(),
        ..Default::default()
    };
    for t in &detail.translations {
        let Ok(locale) = Locale::parse(&t.locale) else {
            continue;
        };
        form.set_text("prompt", locale, t.prompt.clone());
        form.set_text("help", locale, t.help.clone().unwrap_or_default());
        let options = t
            .options
            .as_deref()
            .and_then(|raw| serde_json::from_str::<Vec<String>>(raw).ok())
            .unwrap_or_default()
            .join("\n");
        form.set_text("options", locale, options);
    }
    form
}

/// The form of a new question.
pub fn blank_form() -> QuestionForm {
    QuestionForm {
        kind: kind_value(QuestionKind::Rating),
        dimension: dimension_value(Dimension::Overall),
        required: "on".to_owned(),
        ..Default::default()
    }
}

/// What the question form shows: the questionnaire, the question being edited (`None` for a
/// new one), the raw input and its errors.
pub struct QuestionPage<'a> {
    pub questionnaire: &'a entity::questionnaire::Model,
    pub question: Option<i32>,
    pub form: &'a QuestionForm,
    pub errors: &'a FieldErrors,
}

/// Renders the question form.
pub fn render(
    viewer: page::Viewer<'_>,
    page_data: QuestionPage<'_>,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let QuestionPage {
        questionnaire,
        question,
        form,
        errors,
    } = page_data;
    let default_locale = state.settings.i18n.default_locale;
    let mut locales: Vec<Locale> = vec![default_locale];
    locales.extend(Locale::ALL.into_iter().filter(|l| *l != default_locale));
    let blocks: Vec<LocaleBlock> = locales
        .into_iter()
        .map(|locale| LocaleBlock {
            code: locale.as_str(),
            name: locale.native_name(),
            is_default: locale == default_locale,
            prompt: form.text("prompt", locale).to_owned(),
            help: form.text("help", locale).to_owned(),
            options: form.text("options", locale).to_owned(),
            prompt_error: errors.get(&format!("prompt_{locale}")),
            help_error: errors.get(&format!("help_{locale}")),
            options_error: errors.get(&format!("options_{locale}")),
        })
        .collect();
    let kinds: Vec<String> = QuestionKind::iter().map(kind_value).collect();
    let dimensions: Vec<String> = Dimension::iter().map(dimension_value).collect();
    let mut context = tera::Context::new();
    context.insert("questionnaire", questionnaire);
    context.insert("question", &question);
    context.insert("form", form);
    context.insert("errors", errors);
    context.insert("locales", &blocks);
    context.insert("kinds", &kinds);
    context.insert("dimensions", &dimensions);
    context.insert("next_version", &(questionnaire.version + 1));
    page::render_status(
        viewer,
        "admin/questionnaires/question.html",
        context,
        status,
    )
}
