//! The one email renderer: every email the application sends — invitations, reminders,
//! touchpoints, staff invitations, password resets, moved links, results notices — is
//! rendered here from `templates/email/<name>/{subject.txt, body.txt, body.html}` with one
//! subject rule. Callers build the template context; the mail merge (`waves::merge`) renders
//! each shape through [`render_untidied`] and tidies each filled subject with
//! [`tidy_subject`], so merged and single emails come out the same.

use crate::web::templates::Templates;

/// The three rendered parts of an email.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedEmail {
    /// One line: see [`tidy_subject`].
    pub subject: String,
    /// Plain-text part.
    pub text: String,
    /// HTML part (autoescaped).
    pub html: String,
}

/// Renders the email `templates/email/<name>/` with `context`, its subject tidied.
pub fn render_email(
    templates: &Templates,
    name: &str,
    context: &tera::Context,
) -> anyhow::Result<RenderedEmail> {
    let mut rendered = render_untidied(templates, name, context)?;
    rendered.subject = tidy_subject(&rendered.subject);
    Ok(rendered)
}

/// [`render_email`] with the subject as the template wrote it, for callers that fill values
/// into the rendered text before tidying it.
pub fn render_untidied(
    templates: &Templates,
    name: &str,
    context: &tera::Context,
) -> anyhow::Result<RenderedEmail> {
    let part = |file: &str| templates.render(&format!("email/{name}/{file}"), context);
    Ok(RenderedEmail {
        subject: part("subject.txt")?,
        text: part("body.txt")?,
        html: part("body.html")?,
    })
}

/// The subject on one line: runs of whitespace (line breaks included) become one space and
/// the ends are trimmed, so no template or value can break the header.
pub fn tidy_subject(subject: &str) -> String {
    subject.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::tidy_subject;

    #[test]
    fn subject_is_one_line_with_single_spaces() {
        assert_eq!(
            tidy_subject("  Your  survey\n takes\t5 minutes \n"),
            "Your survey takes 5 minutes"
        );
    }
}
