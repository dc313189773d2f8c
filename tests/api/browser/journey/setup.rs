//! HR's part of the journey, through the admin pages: log in, import the organisation from a
//! CSV file, describe the IT helpdesk with its service standard, plan a weekly cycle and open
//! its first wave now. Every page visited is checked with axe and photographed.

use crate::browser::pages::Browser;
use crate::helpers::{TestApp, TestStaff};
use entity::account::Role;

/// What HR's part leaves for the rest of the journey.
pub struct Opened {
    /// The HR admin who set everything up.
    pub hr: TestStaff,
    /// `/admin/cycles/{id}/waves` of the new cycle.
    pub waves_page: String,
}

/// HR logs in, imports the employees, describes the helpdesk, plans a weekly cycle and opens
/// its first wave now.
pub async fn hr_sets_up_the_programme_and_opens_a_wave(browser: &Browser, app: &TestApp) -> Opened {
    let hr = hr_logs_in(browser, app).await;
    hr_imports_employees(browser, app).await;
    hr_describes_the_helpdesk(browser).await;
    let cycle_page = hr_plans_a_weekly_cycle(browser).await;
    let waves_page = hr_opens_a_wave_now(browser, &cycle_page).await;
    Opened { hr, waves_page }
}

/// The organisation HR uploads: seven people in Sales (the helpdesk's internal customers,
/// in five languages) and one in IT, the provider (IT is not its own customer, so Ivan gets
/// no survey).
pub const EMPLOYEES_CSV: &str = "email,name,department,locale,external_id
amelie@example.com,Amélie Laurent,Sales,fr,S-01
boris@example.com,Борис Петров,Sales,ru,S-02
chris@example.com,Chris Walker,Sales,en,S-03
dana@example.com,Dana Smith,Sales,en,S-04
eva@example.com,Eva de Vries,Sales,nl,S-05
filip@example.com,Filip Nowak,Sales,pl,S-06
gloria@example.com,Gloria Ruiz,Sales,es,S-07
ivan@example.com,Ivan Horvat,IT,en,I-01
";

/// How many employees the CSV invites to the helpdesk survey (everyone in Sales).
pub const INVITED: usize = 7;

/// The service HR describes.
pub const SERVICE: &str = "IT helpdesk";
/// The helpdesk's promise to its internal customers.
pub const STANDARD: &str = "Tickets answered within 4 working hours";

/// Saves a screenshot of the page on screen and checks it with axe.
pub async fn look_at(browser: &Browser, name: &str) {
    browser.screenshot(name).await;
    browser.assert_accessible(name).await;
}

/// `staff` logs in through the login page.
pub async fn logs_in(browser: &Browser, staff: &TestStaff) {
    logs_in_as(browser, &staff.email, &staff.password).await;
}

/// The person with `email` and `password` logs in through the login page.
pub async fn logs_in_as(browser: &Browser, email: &str, password: &str) {
    browser.open("/login").await;
    browser.fill("#email", email).await;
    browser.fill("#password", password).await;
    browser
        .click_and_wait("form.stack button[type=submit]")
        .await;
}

/// The person logged in logs out with the button in the page header.
pub async fn logs_out(browser: &Browser) {
    browser
        .click_and_wait("form.logout button[type=submit]")
        .await;
    assert!(
        browser.has("nav a[href='/login']").await,
        "logged out, at {}",
        browser.path().await
    );
}

/// An HR admin (created as `innerpulse create-admin` would) logs in; returns the account.
async fn hr_logs_in(browser: &Browser, app: &TestApp) -> TestStaff {
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    browser.open("/login").await;
    look_at(browser, "login").await;
    logs_in(browser, &hr).await;
    assert!(
        browser.has("nav a[href='/admin/employees']").await,
        "HR sees the admin navigation after logging in, at {}",
        browser.path().await
    );
    look_at(browser, "admin-home").await;
    hr
}

/// HR uploads `EMPLOYEES_CSV` through the import form, letting it create the departments.
async fn hr_imports_employees(browser: &Browser, app: &TestApp) {
    let folder = tempfile::tempdir().unwrap();
    let csv = folder.path().join("employees.csv");
    std::fs::write(&csv, EMPLOYEES_CSV).unwrap();
    browser
        .click_and_wait("nav a[href='/admin/employees']")
        .await;
    browser
        .click_and_wait("a[href='/admin/employees/import']")
        .await;
    look_at(browser, "admin-import").await;
    browser
        .element("#file")
        .await
        .send_keys(csv.display().to_string())
        .await
        .expect("choose the CSV file");
    browser.click("#create_departments").await;
    browser
        .click_and_wait("form[aria-labelledby=upload] button[type=submit]")
        .await;

    let summary = browser.text("#import-summary").await;
    assert!(summary.contains('8'), "eight employees created: {summary}");
    look_at(browser, "admin-import-done").await;
    let employees = app.employees().await;
    assert_eq!(employees.len(), 8);
    let locales: Vec<&str> = employees.iter().map(|e| e.locale.as_str()).collect();
    assert_eq!(locales, ["fr", "ru", "en", "en", "nl", "pl", "es", "en"]);
}

/// HR describes the IT helpdesk: IT serves Sales, with a service standard.
async fn hr_describes_the_helpdesk(browser: &Browser) {
    browser
        .click_and_wait("nav a[href='/admin/relationships']")
        .await;
    browser
        .click_and_wait("a[href='/admin/relationships/new']")
        .await;
    browser.choose_text("#provider_department_id", "IT").await;
    browser
        .choose_text("#customer_department_id", "Sales")
        .await;
    browser.fill("#service_name", SERVICE).await;
    browser.fill("#service_standard", STANDARD).await;
    look_at(browser, "admin-relationship-new").await;
    browser
        .click_and_wait("form.stack button[type=submit]")
        .await;

    assert_eq!(browser.path().await, "/admin/relationships");
    let table = browser.text("table tbody").await;
    for expected in ["IT", "Sales", SERVICE, STANDARD] {
        assert!(table.contains(expected), "{expected} in {table}");
    }
    look_at(browser, "admin-relationships").await;
}

/// HR plans a weekly cycle on the built-in questionnaire asking every question, first opening
/// in a week; returns the cycle's page.
async fn hr_plans_a_weekly_cycle(browser: &Browser) -> String {
    browser.click_and_wait("nav a[href='/admin/cycles']").await;
    browser.click_and_wait("a[href='/admin/cycles/new']").await;
    browser.fill("#name", "Weekly pulse").await;
    browser.choose("#cadence", "weekly").await;
    // The journey reads every figure of the built-in questionnaire (the NPS, the thanks), so
    // its cycle asks every question: HR empties the short pulse's questions per section.
    browser.fill("#questions_per_section", "").await;
    browser.fill("#max_answers_per_wave", "").await;
    // A date field takes typed digits in the order of the browser's locale; set the date as
    // the browser's date picker does, so the test does not depend on that locale.
    let first = (chrono::Utc::now() + chrono::Duration::days(7)).format("%Y-%m-%d");
    browser
        .js(&format!(
            "const f = document.getElementById('first_date'); f.value = '{first}'; \
             f.dispatchEvent(new Event('change', {{ bubbles: true }})); return f.value;"
        ))
        .await;
    look_at(browser, "admin-cycle-new").await;
    browser
        .click_and_wait("form.stack button[type=submit]")
        .await;

    let cycle_page = browser.path().await;
    assert!(
        cycle_page.starts_with("/admin/cycles/") && browser.has("#next-openings").await,
        "the new cycle's page with its next openings, not {cycle_page}"
    );
    look_at(browser, "admin-cycle").await;
    cycle_page
}

/// HR opens a wave of the cycle now from its waves page; returns the waves page.
async fn hr_opens_a_wave_now(browser: &Browser, cycle_page: &str) -> String {
    let waves_page = format!("{cycle_page}/waves");
    browser
        .click_and_wait(&format!("a[href='{waves_page}']"))
        .await;
    browser
        .click_and_wait(&format!("form[action='{cycle_page}/open-now'] button"))
        .await;

    assert!(browser.has(".notice.good[role=status]").await);
    assert!(browser.has(".wave-table .state-open").await);
    assert_eq!(
        browser.text("td[data-count=invited]").await,
        INVITED.to_string()
    );
    look_at(browser, "admin-waves-opened").await;
    waves_page
}
