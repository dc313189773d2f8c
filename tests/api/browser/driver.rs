//! The browser under test: one chromedriver for the whole test run, and one headless Chromium
//! session per test with a fresh profile directory.
//!
//! Both programs come from Debian's packages (`chromium`, `chromium-driver`); nothing here
//! downloads a browser or a driver. When they are missing the tests are skipped with one line
//! on standard error, unless `INNERPULSE_REQUIRE_BROWSER=1` asks for them to be a failure.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, Once, OnceLock};
use std::time::{Duration, Instant};
use thirtyfour::common::capabilities::chromium::ChromiumLikeCapabilities;
use thirtyfour::{DesiredCapabilities, WebDriver};

/// The Chromium binary of Debian's `chromium` package (`/usr/bin/chromium` is a launcher
/// script that adds flags of its own; the tests start the browser with exactly theirs).
const CHROMIUM: &str = "/usr/lib/chromium/chromium";
/// chromedriver of Debian's `chromium-driver` package.
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Set to `1` to make a missing browser (or axe-core) fail the browser tests.
pub const REQUIRE_BROWSER_ENV: &str = "INNERPULSE_REQUIRE_BROWSER";
/// Every flag Chromium starts with, besides `--user-data-dir`.
const CHROMIUM_FLAGS: [&str; 7] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

/// Whether the run asked for the browser tests to be mandatory.
pub fn browser_required() -> bool {
    std::env::var(REQUIRE_BROWSER_ENV).is_ok_and(|value| !value.is_empty() && value != "0")
}

/// Writes `line` to standard error once per test run, past the test harness's output capture
/// (a skipped test's own output would be hidden).
pub fn say_once(once: &'static Once, line: &str) {
    once.call_once(|| {
        let _ = writeln!(std::io::stderr(), "{line}");
    });
}

/// Why the browser tests cannot run here, if they cannot.
fn missing_browser() -> Option<String> {
    [(CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")]
        .into_iter()
        .find(|(path, _)| !Path::new(path).is_file())
        .map(|(path, package)| format!("{path} not found (Debian package `{package}`)"))
}

/// The folder screenshots are saved to: `<repo>/target/screenshots/` whatever
/// `CARGO_TARGET_DIR` says, so that `.ci/run` and people find them in one place.
pub fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

/// The chromedriver process shared by every test of this run.
struct Chromedriver {
    url: String,
    /// The shell that owns chromedriver; it stops chromedriver when its standard input (a
    /// pipe from this process) closes, that is when the test binary exits, however it exits.
    _owner: Mutex<Child>,
}

static CHROMEDRIVER_PROCESS: OnceLock<Result<Chromedriver, String>> = OnceLock::new();

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port for chromedriver")
}

fn start_chromedriver() -> Result<Chromedriver, String> {
    let port = free_port();
    let log = screenshot_dir().with_file_name("chromedriver.log");
    if let Some(folder) = log.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    // `cat` returns when the pipe closes; then the shell stops chromedriver and every browser
    // it started (`setsid` gives them a process group of their own, so that a browser whose
    // session was never ended goes too). A background job of a non-interactive shell reads
    // /dev/null, not the pipe.
    let owner = Command::new("sh")
        .arg("-c")
        .arg(concat!(
            r#"setsid "$0" --port="$1" --log-path="$2" --log-level=WARNING & driver=$!; "#,
            r#"cat >/dev/null; kill -- -"$driver" 2>/dev/null || kill "$driver""#
        ))
        .arg(CHROMEDRIVER)
        .arg(port.to_string())
        .arg(&log)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {CHROMEDRIVER}: {e}"))?;
    Ok(Chromedriver {
        url: format!("http://127.0.0.1:{port}"),
        _owner: Mutex::new(owner),
    })
}

/// Waits until chromedriver at `url` says it is ready.
async fn wait_until_ready(url: &str) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(response) = client.get(format!("{url}/status")).send().await
            && let Ok(status) = response.json::<serde_json::Value>().await
            && status["value"]["ready"] == true
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "chromedriver did not become ready at {url}; see {}",
            screenshot_dir()
                .with_file_name("chromedriver.log")
                .display()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A headless Chromium session for one test, on a profile directory of its own.
pub struct Session {
    pub driver: WebDriver,
    /// Removed after the browser has quit (fields drop in order).
    _profile: tempfile::TempDir,
}

static SKIPPED: Once = Once::new();

impl Session {
    /// A new browser session, or `None` (after saying why, once per run) when this machine
    /// has no Chromium and the run does not require one.
    pub async fn start() -> Option<Self> {
        if let Some(reason) = missing_browser() {
            assert!(
                !browser_required(),
                "{REQUIRE_BROWSER_ENV} is set but the browser tests cannot run: {reason}"
            );
            say_once(
                &SKIPPED,
                &format!(
                    "browser tests skipped: {reason}; `apt-get install chromium chromium-driver` \
                     runs them, {REQUIRE_BROWSER_ENV}=1 makes this a failure"
                ),
            );
            return None;
        }
        let chromedriver = CHROMEDRIVER_PROCESS
            .get_or_init(start_chromedriver)
            .as_ref()
            .unwrap_or_else(|reason| panic!("{reason}"));
        wait_until_ready(&chromedriver.url).await;
        let profile = tempfile::tempdir().expect("a fresh browser profile folder");
        let mut capabilities = DesiredCapabilities::chrome();
        capabilities.set_binary(CHROMIUM).unwrap();
        for flag in CHROMIUM_FLAGS {
            capabilities.add_arg(flag).unwrap();
        }
        capabilities
            .add_arg(&format!("--user-data-dir={}", profile.path().display()))
            .unwrap();
        // No pooled connections: when a failing test drops its session, the driver's clean-up
        // runs on a runtime of its own and would otherwise wait on a connection owned by the
        // test's (blocked) runtime until the request timeout.
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .build()
            .expect("HTTP client for chromedriver");
        let driver = WebDriver::builder(chromedriver.url.as_str(), capabilities)
            .client(client)
            .await
            .expect("a Chromium session from chromedriver");
        Some(Self {
            driver,
            _profile: profile,
        })
    }

    /// Ends the browser session.
    pub async fn quit(self) {
        self.driver.quit().await.expect("the browser quits");
    }
}
