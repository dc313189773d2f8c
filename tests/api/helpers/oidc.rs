//! A real OpenID provider for the single sign-on tests: the certified `oidc-provider` npm
//! package (`tests/support/oidc/`, pinned by its `package-lock.json`) run by Node on a free
//! loopback port, one process per test.
//!
//! The order a test follows: [`OidcProvider::reserve`] picks the port, so the issuer URL is
//! known before the application starts; the application is spawned with
//! [`ReservedProvider::app_settings`]; [`ReservedProvider::start`] then starts the provider with
//! the application's redirect URIs. The provider's login page is driven by
//! [`OidcProvider::sign_in`] and [`OidcProvider::cancel`], its logout confirmation by
//! [`OidcProvider::sign_out`]; [`OidcProvider::set_user`] and
//! [`OidcProvider::fault_next_token`] change what it answers.
//!
//! Without `node` on the `PATH`, or when `npm ci` cannot install the package, the tests are
//! skipped with one line on standard error for the whole run, unless `INNERPULSE_REQUIRE_OIDC=1`
//! (set by `.ci/run`) makes that a failure. The Node process dies with the test: it is killed on
//! drop, and it exits by itself when its standard input (a pipe from the test binary) closes.

mod browsing;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::{Once, OnceLock};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::json;

/// Set to `1` to make a missing Node or provider package fail the single sign-on tests.
pub const REQUIRE_OIDC_ENV: &str = "INNERPULSE_REQUIRE_OIDC";
/// The client every provider registers for the application.
pub const OIDC_CLIENT_ID: &str = "innerpulse";
/// That client's secret (authentication `client_secret_basic`).
pub const OIDC_CLIENT_SECRET: &str = "innerpulse-test-client-secret";
/// The password the login page is filled with (the provider accepts any non-empty one).
const PASSWORD: &str = "any-password";
/// How many redirects a trip through the provider may take.
const MAX_HOPS: usize = 10;

/// A person the provider knows. An empty `email` or `name`, and empty `groups`, are left out of
/// the ID token; `groups` comes with scope `openid`, `email`/`email_verified` with `email`,
/// `name` with `profile`.
#[derive(Clone, Debug)]
pub struct OidcUser {
    pub sub: String,
    pub email: String,
    pub email_verified: bool,
    pub name: String,
    pub groups: Vec<String>,
}

impl OidcUser {
    /// A user with a verified `email`, named after `sub`, in no group.
    pub fn new(sub: &str, email: &str) -> Self {
        Self {
            sub: sub.to_owned(),
            email: email.to_owned(),
            email_verified: true,
            name: sub.to_owned(),
            groups: Vec::new(),
        }
    }

    /// The same user in `groups`.
    pub fn in_groups(mut self, groups: &[&str]) -> Self {
        self.groups = groups.iter().map(|&group| group.to_owned()).collect();
        self
    }

    fn claims(&self) -> serde_json::Value {
        let mut claims = json!({ "email_verified": self.email_verified });
        if !self.email.is_empty() {
            claims["email"] = json!(self.email);
        }
        if !self.name.is_empty() {
            claims["name"] = json!(self.name);
        }
        if !self.groups.is_empty() {
            claims["groups"] = json!(self.groups);
        }
        claims
    }
}

/// What the next token response does wrong, for the application to notice.
#[derive(Clone, Copy, Debug)]
pub enum TokenFault {
    /// The ID token is signed with the provider's key but carries another nonce.
    BadNonce,
    /// The ID token is signed with the provider's key but expired an hour ago.
    ExpiredIdToken,
    /// The ID token is signed by another RSA key under the provider's key id.
    ForeignKey,
}

impl TokenFault {
    fn kind(self) -> &'static str {
        match self {
            Self::BadNonce => "bad_nonce",
            Self::ExpiredIdToken => "expired_id_token",
            Self::ForeignKey => "foreign_key",
        }
    }
}

/// A provider whose port (and so issuer URL) is chosen but which is not running yet.
pub struct ReservedProvider {
    /// `http://127.0.0.1:<port>`.
    pub issuer: String,
    /// The provider's name in the application's settings and URLs.
    pub name: String,
    port: u16,
}

/// A running provider; the Node process ends when this is dropped.
pub struct OidcProvider {
    /// `http://127.0.0.1:<port>`.
    pub issuer: String,
    _process: NodeProcess,
    _stdout: ChildStdout,
    _config: tempfile::NamedTempFile,
    log: tempfile::NamedTempFile,
    control: reqwest::Client,
}

static SKIPPED: Once = Once::new();
static AVAILABLE: OnceLock<Result<(), String>> = OnceLock::new();

fn support_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/oidc")
}

fn oidc_required() -> bool {
    std::env::var(REQUIRE_OIDC_ENV).is_ok_and(|value| !value.is_empty() && value != "0")
}

/// Whether Node runs here and the provider package is installed, installing it (`npm ci`)
/// when it is missing or older than the lock file. Runs once per test process.
fn availability() -> &'static Result<(), String> {
    AVAILABLE.get_or_init(|| {
        let node = Command::new("node")
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => "`node` is not on the PATH".to_owned(),
                _ => format!("`node` cannot be run ({e})"),
            })?;
        if !node.status.success() {
            return Err("`node --version` failed".to_owned());
        }
        let dir = support_dir();
        let modified = |path: PathBuf| std::fs::metadata(path).and_then(|m| m.modified()).ok();
        let installed = modified(dir.join("node_modules/.package-lock.json"));
        let locked = modified(dir.join("package-lock.json"));
        if installed.is_some() && installed >= locked {
            return Ok(());
        }
        let install = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(&dir)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("`npm` cannot be run ({e})"))?;
        if install.status.success() {
            Ok(())
        } else {
            Err(format!(
                "`npm ci --prefix {}` failed: {}",
                dir.display(),
                String::from_utf8_lossy(&install.stderr).trim()
            ))
        }
    })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port for the OpenID provider")
}

impl OidcProvider {
    /// Picks a free loopback port for a provider called `name` (`[a-z0-9_]`, as in the
    /// application's settings). `None`, after saying why once per run, when Node or the
    /// provider package is unavailable and the run does not require them.
    pub fn reserve(name: &str) -> Option<ReservedProvider> {
        // reqwest runs on rustls without a built-in provider choice: ring, as the application.
        let _ = rustls::crypto::ring::default_provider().install_default();
        if let Err(reason) = availability() {
            assert!(
                !oidc_required(),
                "{REQUIRE_OIDC_ENV} is set but the single sign-on tests cannot run: {reason}"
            );
            SKIPPED.call_once(|| {
                let _ = writeln!(
                    std::io::stderr(),
                    "single sign-on tests skipped: {reason}; Node 20 and npm run them \
                     (`npm ci --prefix tests/support/oidc`), {REQUIRE_OIDC_ENV}=1 makes this a failure"
                );
            });
            return None;
        }
        let port = free_port();
        Some(ReservedProvider {
            issuer: format!("http://127.0.0.1:{port}"),
            name: name.to_owned(),
            port,
        })
    }
}

impl ReservedProvider {
    /// The application's settings for this provider: `[auth.oidc.providers.<name>]` with the
    /// issuer, the client, scopes `openid email profile` and the button label `Test provider`.
    pub fn app_settings(&self) -> String {
        format!(
            r#"
[auth.oidc.providers.{name}]
issuer_url = "{issuer}"
client_id = "{OIDC_CLIENT_ID}"
client_secret = "{OIDC_CLIENT_SECRET}"
scopes = ["openid", "email", "profile"]
button_label = "Test provider"
"#,
            name = self.name,
            issuer = self.issuer,
        )
    }

    /// Starts the provider with `users`, its client redirecting to
    /// `{app_base_url}/login/oidc/{name}/callback` and, after logout, to `{app_base_url}/login`.
    /// `app_base_url` is the application's `server.base_url`.
    pub async fn start(self, app_base_url: &str, users: &[OidcUser]) -> OidcProvider {
        let base = app_base_url.trim_end_matches('/');
        let users: serde_json::Map<String, serde_json::Value> = users
            .iter()
            .map(|user| (user.sub.clone(), user.claims()))
            .collect();
        let config = json!({
            "port": self.port,
            "clients": [{
                "client_id": OIDC_CLIENT_ID,
                "client_secret": OIDC_CLIENT_SECRET,
                "redirect_uris": [format!("{base}/login/oidc/{}/callback", self.name)],
                "post_logout_redirect_uris": [format!("{base}/login")],
            }],
            "users": users,
        });
        let mut config_file = tempfile::NamedTempFile::new().unwrap();
        config_file
            .write_all(config.to_string().as_bytes())
            .unwrap();
        let log = tempfile::NamedTempFile::new().unwrap();
        let mut process = NodeProcess(
            Command::new("node")
                .arg(support_dir().join("provider.mjs"))
                .arg(config_file.path())
                .current_dir(support_dir())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(log.reopen().unwrap())
                .spawn()
                .expect("node starts the OpenID provider"),
        );
        let stdout = process.0.stdout.take().unwrap();
        let first_line = tokio::task::spawn_blocking(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            let read = reader.read_line(&mut line);
            (read.map(|_| line), reader.into_inner())
        });
        let provider_log =
            |log: &tempfile::NamedTempFile| std::fs::read_to_string(log.path()).unwrap_or_default();
        let (line, stdout) = tokio::time::timeout(Duration::from_secs(30), first_line)
            .await
            .unwrap_or_else(|_elapsed| {
                panic!(
                    "the OpenID provider did not start in 30 s:\n{}",
                    provider_log(&log)
                )
            })
            .unwrap();
        let announced: serde_json::Value = line
            .ok()
            .and_then(|line| serde_json::from_str(&line).ok())
            .unwrap_or_else(|| {
                panic!("the OpenID provider did not start:\n{}", provider_log(&log))
            });
        assert_eq!(announced["issuer"], self.issuer.as_str());
        OidcProvider {
            issuer: self.issuer,
            _process: process,
            _stdout: stdout,
            _config: config_file,
            log,
            control: reqwest::Client::new(),
        }
    }
}

/// The Node process, killed and reaped on drop. It holds the standard input pipe, whose closing
/// (when the test binary exits, however it exits) ends the process too.
struct NodeProcess(Child);

impl Drop for NodeProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Test control: the provider's users and faults.
impl OidcProvider {
    /// Adds `user`, or replaces the claims of the user with that `sub`; the next ID token
    /// issued to them carries the new claims.
    pub async fn set_user(&self, user: &OidcUser) {
        let url = format!("{}/__test/users/{}", self.issuer, user.sub);
        let response = self
            .control
            .put(url)
            .json(&user.claims())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }

    /// Spoils the ID token of the provider's next token response (whichever client asks).
    pub async fn fault_next_token(&self, fault: TokenFault) {
        let response = self
            .control
            .post(format!("{}/__test/fault", self.issuer))
            .json(&json!({ "kind": fault.kind() }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }

    /// What the provider wrote on standard error so far (for a failing test's message).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log.path()).unwrap_or_default()
    }
}
