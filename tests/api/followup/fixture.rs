//! The survey fixture (IT helpdesk → Sales with comments and thanks, Facilities' meeting rooms
//! → everyone) with a comment threshold of 3, plus what the loop tests need: answering,
//! closing the wave, the conversation links of the thank-you page, staff browsers.

use crate::helpers::{TestApp, TestStaff, spawn_app_with};
use crate::survey::fixture::{Org, post_survey};
use entity::account::Role;
use entity::wave::{self, WaveState};
use entity::{conversation, relationship};
use innerpulse::domain::hash_hex;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

/// The comment threshold the loop tests run with.
pub const K: usize = 3;

/// A running app with the surveyed organisation.
pub struct Loop {
    pub app: TestApp,
    pub org: Org,
    /// Provider of the IT helpdesk (the service with comments).
    pub it: i32,
    /// Provider of the meeting rooms.
    pub facilities: i32,
}

/// A staff member and their own browser.
pub struct Staff {
    pub account: TestStaff,
    pub client: reqwest::Client,
}

impl Loop {
    /// Starts the app with both thresholds at 3 and builds the organisation.
    pub async fn start() -> Self {
        let app = spawn_app_with(&format!(
            "[anonymity]\nmin_group_size = {K}\nmin_comment_group_size = {K}"
        ))
        .await;
        let org = Org::create(&app).await;
        let provider = |id: i32| {
            let db = app.db().clone();
            async move {
                relationship::Entity::find_by_id(id)
                    .one(&db)
                    .await
                    .unwrap()
                    .unwrap()
                    .provider_department_id
            }
        };
        let it = provider(org.helpdesk).await;
        let facilities = provider(org.rooms).await;
        Self {
            app,
            org,
            it,
            facilities,
        }
    }

    /// `n` Sales employees answer the open wave in full (one helpdesk comment and one thanks
    /// each); returns the conversation token shown on each thank-you page.
    pub async fn answer(&self, n: usize) -> Vec<String> {
        let mut tokens = vec![];
        for _ in 0..n {
            let invited = self.org.invite(&self.app, "en").await;
            let response = post_survey(&self.app, &invited.path(), &self.org.full_answers()).await;
            assert_eq!(response.status(), 200);
            let page = response.text().await.unwrap();
            let found = conversation_tokens(&page);
            assert_eq!(found.len(), 1, "one link per comment:\n{page}");
            tokens.extend(found);
        }
        tokens
    }

    /// Sets the wave's state (closing it opens the gate for its comments).
    pub async fn set_wave_state(&self, state: WaveState) {
        let mut active = wave::Entity::find_by_id(self.org.wave)
            .one(self.app.db())
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        active.state = Set(state);
        active.update(self.app.db()).await.unwrap();
    }

    /// Answers `n` times, closes the wave and releases its answers (in groups of at least k).
    pub async fn answered_and_closed(&self, n: usize) -> Vec<String> {
        let tokens = self.answer(n).await;
        self.close_and_release().await;
        tokens
    }

    /// Closes the wave now and releases its sealed answers, as the scheduler does at close.
    pub async fn close_and_release(&self) {
        crate::survey::fixture::close_and_release(&self.app, &self.org).await;
    }

    /// A logged-in staff member with `role` for `departments`, in a browser of their own.
    pub async fn staff(&self, role: Role, departments: &[i32]) -> Staff {
        let account = self.app.create_staff(role, departments).await;
        let client = self.app.browser();
        let response = self
            .app
            .submit_form(
                &client,
                "/login",
                &[("email", &account.email), ("password", &account.password)],
            )
            .await;
        assert_eq!(response.status(), 303, "login");
        Staff { account, client }
    }

    /// `GET path` in `client`.
    pub async fn get_in(&self, client: &reqwest::Client, path: &str) -> reqwest::Response {
        client.get(self.app.url(path)).send().await.unwrap()
    }

    /// The id of the conversation behind a respondent token.
    pub async fn conversation_id(&self, token: &str) -> uuid::Uuid {
        conversation::Entity::find()
            .filter(conversation::Column::TokenHash.eq(hash_hex(token.as_bytes())))
            .one(self.app.db())
            .await
            .unwrap()
            .expect("a conversation per link")
            .id
    }

    /// Posts `message` to the respondent's conversation page (no cookies, no CSRF).
    pub async fn respondent_says(&self, token: &str, message: &str) -> reqwest::Response {
        self.app
            .browser()
            .post(self.app.url(&format!("/c/{token}")))
            .form(&[("message", message)])
            .send()
            .await
            .unwrap()
    }

    /// Posts `message` as `staff` to the staff conversation page.
    pub async fn staff_says(
        &self,
        staff: &Staff,
        id: uuid::Uuid,
        message: &str,
    ) -> reqwest::Response {
        self.app
            .submit_form(
                &staff.client,
                &format!("/results/conversations/{id}"),
                &[("message", message)],
            )
            .await
    }
}

/// The respondent tokens of the conversation links on a thank-you page.
pub fn conversation_tokens(page: &str) -> Vec<String> {
    let mut tokens: Vec<String> = page
        .match_indices("/c/")
        .map(|(at, _)| page[at + 3..].chars().take(43).collect::<String>())
        .filter(|t| t.len() == 43 && innerpulse::domain::SecretToken::parse(t).is_ok())
        .collect();
    tokens.dedup();
    tokens
}

/// Moves every message, and every respondent's close, back one day, as if a day had passed.
pub async fn a_day_passes(app: &TestApp) {
    use entity::conversation_message;
    for message in conversation_message::Entity::find()
        .all(app.db())
        .await
        .unwrap()
    {
        let day = message.created_on.pred_opt().unwrap();
        let mut active = message.into_active_model();
        active.created_on = Set(day);
        active.update(app.db()).await.unwrap();
    }
    for thread in conversation::Entity::find().all(app.db()).await.unwrap() {
        let Some(day) = thread.respondent_closed_on.and_then(|d| d.pred_opt()) else {
            continue;
        };
        let mut active = thread.into_active_model();
        active.respondent_closed_on = Set(Some(day));
        active.update(app.db()).await.unwrap();
    }
}
