//! `innerpulse import FILE [--create-departments] [--confirm-deactivation]`: the CSV import
//! from the command line. Prints the summary, or every bad row; a rejected file (or one that
//! needs confirmation) exits non-zero and writes nothing.

use crate::config::Settings;
use crate::domain::Locale;
use crate::i18n::I18n;
use crate::import::{self, Message, Options, Outcome};
use crate::startup;
use anyhow::{Context, bail};
use std::path::Path;

/// Runs the import and prints its report.
pub async fn run(
    settings: Settings,
    file: &Path,
    create_departments: bool,
    confirm_deactivation: bool,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(file)
        .with_context(|| format!("Failed to read the import file {}", file.display()))?;
    let i18n = I18n::load()?;
    let text = |message: &Message| message.render(&i18n, Locale::EN);
    let db = settings.database.connect().await?;
    startup::prepare_database(&db).await?;
    let options = Options {
        create_departments,
        confirm_deactivation,
        default_locale: settings.i18n.default_locale,
    };
    match import::run(&db, &bytes, options, &crate::audit::Actor::System).await? {
        Outcome::Applied(summary) => {
            let message = Message::new("import-summary-line")
                .number("created", summary.created)
                .number("updated", summary.updated)
                .number("reactivated", summary.reactivated)
                .number("deactivated", summary.deactivated)
                .number("unchanged", summary.unchanged)
                .number("departments", summary.departments_created);
            println!("{}", text(&message));
            Ok(())
        }
        Outcome::FileRejected(message) => bail!("{}", text(&message)),
        Outcome::RowsRejected(problems) => {
            for problem in &problems {
                println!("line {}: {}", problem.line, text(&problem.message));
            }
            let message = Message::new("import-rejected").number("count", problems.len());
            bail!("{}", text(&message))
        }
        Outcome::NeedsConfirmation { deactivate, active } => {
            for person in &deactivate {
                println!("would deactivate: {} <{}>", person.name, person.email);
            }
            let message = Message::new("import-needs-confirmation")
                .number("count", deactivate.len())
                .number("active", active);
            bail!("{} (--confirm-deactivation)", text(&message))
        }
    }
}
