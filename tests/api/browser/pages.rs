//! What a test does in the browser, in a person's words: open a page, fill a field, press a
//! button and wait for the next page, look at a text, change the screen size, save a
//! screenshot.

use super::driver::{Session, screenshot_dir};
use crate::helpers::TestApp;
use base64::Engine;
use serde_json::Value;
use std::time::{Duration, Instant};
use thirtyfour::cdp::domains::page::{CaptureScreenshot, ImageFormat};
use thirtyfour::prelude::*;

/// A phone's screen in CSS pixels (an iPhone 12–15).
pub const PHONE: (u32, u32) = (390, 844);
/// A laptop's browser window in CSS pixels.
pub const DESKTOP: (u32, u32) = (1280, 800);

/// A browser session pointed at one test application.
pub struct Browser {
    session: Session,
    base_url: String,
}

impl Browser {
    /// A browser for `app` on a desktop-sized screen, or `None` when browser tests are
    /// skipped on this machine (see `driver`).
    pub async fn start(app: &TestApp) -> Option<Self> {
        let browser = Self {
            session: Session::start().await?,
            base_url: app.address.clone(),
        };
        browser.desktop().await;
        Some(browser)
    }

    /// The WebDriver session, for what these helpers do not cover.
    pub fn driver(&self) -> &WebDriver {
        &self.session.driver
    }

    /// Ends the browser session.
    pub async fn quit(self) {
        self.session.quit().await;
    }

    /// Opens `target`: a path on the test server, or a link from an email (its host is the
    /// configured base URL, so only its path is used).
    pub async fn open(&self, target: &str) {
        let path = match target.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("/", |slash| &rest[slash..]),
            None => target,
        };
        self.driver()
            .goto(format!("{}{path}", self.base_url))
            .await
            .unwrap_or_else(|e| panic!("open {path}: {e}"));
    }

    /// The path (and query) of the page on screen.
    pub async fn path(&self) -> String {
        let url = self.driver().current_url().await.expect("current URL");
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// The element matching `css`, waiting for it to appear.
    pub async fn element(&self, css: &str) -> WebElement {
        match self.driver().query(By::Css(css)).first().await {
            Ok(element) => element,
            Err(e) => panic!("no element `{css}` on {}: {e}", self.path().await),
        }
    }

    /// Whether an element matches `css` right now.
    pub async fn has(&self, css: &str) -> bool {
        !self
            .driver()
            .find_all(By::Css(css))
            .await
            .expect("find elements")
            .is_empty()
    }

    /// The visible text of the element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.element(css).await.text().await.expect("element text")
    }

    /// The visible text of every element matching `css`, in page order.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut texts = vec![];
        for element in self
            .driver()
            .find_all(By::Css(css))
            .await
            .expect("find elements")
        {
            texts.push(element.text().await.expect("element text"));
        }
        texts
    }

    /// The text content of every element matching `css` as written in the page (before CSS
    /// changes its case), trimmed, in page order.
    pub async fn contents(&self, css: &str) -> Vec<String> {
        let script = format!(
            "return [...document.querySelectorAll({})].map((e) => e.textContent.trim());",
            serde_json::to_string(css).expect("a CSS selector as JSON")
        );
        serde_json::from_value(self.js(&script).await).expect("text contents")
    }

    /// Clicks the checkbox or radio button whose label reads `text` (the label wraps it).
    pub async fn tick(&self, text: &str) {
        let xpath = format!("//label[normalize-space()='{text}']//input");
        match self.driver().find(By::XPath(xpath)).await {
            Ok(input) => input.click().await.expect("tick the box"),
            Err(e) => panic!("no box labelled `{text}` on {}: {e}", self.path().await),
        }
    }

    /// Types `value` into the empty field matching `css`.
    pub async fn fill(&self, css: &str, value: &str) {
        let field = self.element(css).await;
        field.clear().await.expect("clear field");
        field.send_keys(value).await.expect("type into field");
    }

    /// Chooses the option with `value` in the `<select>` matching `css`.
    pub async fn choose(&self, css: &str, value: &str) {
        self.click(&format!("{css} option[value=\"{value}\"]"))
            .await;
    }

    /// Chooses the option whose visible text is `text` in the `<select>` matching `css`.
    pub async fn choose_text(&self, css: &str, text: &str) {
        let select = self.element(css).await;
        for option in select.find_all(By::Tag("option")).await.expect("options") {
            if option.text().await.expect("option text").trim() == text {
                option.click().await.expect("choose option");
                return;
            }
        }
        panic!("no option `{text}` in `{css}` on {}", self.path().await);
    }

    /// Clicks the element matching `css` (a link, a radio button, a checkbox, a label).
    pub async fn click(&self, css: &str) {
        self.element(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    /// Clicks the element matching `css` and waits until the next page has loaded.
    pub async fn click_and_wait(&self, css: &str) {
        self.mark_page().await;
        self.click(css).await;
        self.wait_for_new_page(css).await;
    }

    /// Marks the page on screen, so that `wait_for_new_page` can tell when it is gone.
    pub async fn mark_page(&self) {
        self.js("window.innerpulseOldPage = true; return null;")
            .await;
    }

    /// Waits until the page marked by `mark_page` has been replaced and the new one has loaded.
    pub async fn wait_for_new_page(&self, cause: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let state = self
                .js("return window.innerpulseOldPage ? 'old' : document.readyState;")
                .await;
            if state == "complete" {
                return;
            }
            assert!(
                Instant::now() <= deadline,
                "no new page loaded after `{cause}` on {}",
                self.path().await
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Runs `script` in the page and returns what it returns.
    pub async fn js(&self, script: &str) -> Value {
        self.driver()
            .execute(script, Vec::new())
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
            .json()
            .clone()
    }

    /// Emulates a phone: 390×844 CSS pixels, touch-sized, honouring the viewport meta tag.
    pub async fn phone(&self) {
        self.screen(PHONE, true).await;
    }

    /// Emulates a laptop's browser window.
    pub async fn desktop(&self) {
        self.screen(DESKTOP, false).await;
    }

    async fn screen(&self, (width, height): (u32, u32), mobile: bool) {
        self.driver()
            .cdp()
            .emulation()
            .set_device_metrics_override(width, height, 1.0, mobile)
            .await
            .expect("set the screen size");
    }

    /// Saves the whole page (not only the visible part) as
    /// `target/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        let shot = self
            .driver()
            .cdp()
            .send(CaptureScreenshot {
                format: Some(ImageFormat::Png),
                quality: None,
                capture_beyond_viewport: Some(true),
            })
            .await
            .expect("capture a screenshot");
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot.data)
            .expect("screenshot as base64");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Whether the page is wider than the screen (a person would have to scroll sideways).
    pub async fn scrolls_sideways(&self) -> bool {
        self.js("return document.documentElement.scrollWidth > window.innerWidth;")
            .await
            == true
    }

    /// The `lang` of the page.
    pub async fn page_language(&self) -> String {
        self.js("return document.documentElement.lang;")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}
