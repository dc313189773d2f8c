//! Automated accessibility checks: axe-core (from the npm registry, fetched by `.ci/run`) is
//! injected into the page on screen and must find no serious or critical violation of WCAG
//! 2.x A/AA or of its best practices.
//!
//! axe-core is found through `INNERPULSE_AXE_CORE` (the path of `axe.min.js`), else where
//! `.ci/run` puts it. Without it the checks are skipped with one line, unless
//! `INNERPULSE_REQUIRE_BROWSER=1`.

use super::driver::{REQUIRE_BROWSER_ENV, browser_required, say_once};
use super::pages::Browser;
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::{Once, OnceLock};

/// The path of `axe.min.js`.
pub const AXE_CORE_ENV: &str = "INNERPULSE_AXE_CORE";

/// Where `.ci/run` installs axe-core when `INNERPULSE_AXE_CORE` is not set.
fn default_location() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|home| {
        PathBuf::from(home).join(".cache/innerpulse-axe/node_modules/axe-core/axe.min.js")
    })
}

fn load() -> Result<String, String> {
    let path = std::env::var_os(AXE_CORE_ENV)
        .map(PathBuf::from)
        .or_else(default_location)
        .ok_or_else(|| format!("{AXE_CORE_ENV} is not set"))?;
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

static SOURCE: OnceLock<Result<String, String>> = OnceLock::new();
static SKIPPED: Once = Once::new();

/// The axe-core script, or `None` (after saying why, once) when it is not installed.
fn source() -> Option<&'static str> {
    match SOURCE.get_or_init(load) {
        Ok(source) => Some(source),
        Err(reason) => {
            assert!(
                !browser_required(),
                "{REQUIRE_BROWSER_ENV} is set but axe-core cannot be read: {reason}"
            );
            say_once(
                &SKIPPED,
                &format!(
                    "accessibility checks skipped: axe-core not found ({reason}); `.ci/run` \
                     installs it, or point {AXE_CORE_ENV} at axe.min.js"
                ),
            );
            None
        }
    }
}

/// Whether axe-core is installed (the checks run) on this machine.
pub fn available() -> bool {
    source().is_some()
}

/// One rule axe found broken, with the elements that break it.
#[derive(Debug, Deserialize)]
pub struct Violation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    pub nodes: Vec<String>,
}

const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
window.axe
  .run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    resultTypes: ["violations"],
  })
  .then((results) => done(results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary),
  }))))
  .catch((error) => done([{ id: "axe-error", impact: "critical", help: String(error), nodes: [] }]));
"#;

impl Browser {
    /// Every axe violation on the page on screen (empty when axe-core is not installed).
    pub async fn accessibility_violations(&self) -> Vec<Violation> {
        let Some(source) = source() else {
            return vec![];
        };
        self.driver()
            .execute(source, Vec::new())
            .await
            .expect("inject axe-core");
        let found = self
            .driver()
            .execute_async(RUN_AXE, Vec::new())
            .await
            .expect("run axe-core");
        serde_json::from_value(found.json().clone()).expect("axe results")
    }

    /// Fails when axe finds a serious or critical problem on the page on screen; `page`
    /// names it in the message.
    pub async fn assert_accessible(&self, page: &str) {
        let serious: Vec<String> = self
            .accessibility_violations()
            .await
            .into_iter()
            .filter(|v| matches!(v.impact.as_deref(), Some("serious" | "critical")))
            .map(|v| {
                let impact = v.impact.unwrap_or_default();
                format!(
                    "{} ({impact}): {}\n  {}",
                    v.id,
                    v.help,
                    v.nodes.join("\n  ")
                )
            })
            .collect();
        assert!(
            serious.is_empty(),
            "accessibility problems on {page} ({}):\n{}",
            self.path().await,
            serious.join("\n")
        );
    }
}
