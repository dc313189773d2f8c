//! Tests in a real browser: headless Chromium from Debian's packages, driven through
//! chromedriver over WebDriver, against the real server and the real SMTP server.
//!
//! One chromedriver serves the whole test run; every test opens its own browser session with
//! a fresh profile. Without Chromium the tests are skipped with one line saying why;
//! `INNERPULSE_REQUIRE_BROWSER=1` (set by `.ci/run`) turns a missing browser or axe-core into
//! a failure. Screenshots go to `<repo>/target/screenshots/`.

mod axe;
mod driver;
mod journey;
mod keyboard;
mod pages;
mod single_sign_on;
mod survey_length;
