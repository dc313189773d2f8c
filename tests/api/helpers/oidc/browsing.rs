//! A browser's trips through the provider's pages: from the authorization URL through the login
//! page back to the application, and from the end-session URL through the logout confirmation.
//!
//! The `client` of these functions is a browser of the application (cookie store, no redirects
//! followed, like `TestApp::browser()`): they follow the provider's own redirects themselves,
//! the provider's cookies stay in that client, and the first redirect that leaves the provider
//! is returned, not followed.

use super::{MAX_HOPS, OidcProvider, PASSWORD};
use reqwest::StatusCode;
use url::Url;

/// What to do on the provider's login page.
enum AtLogin<'a> {
    SignInAs(&'a str),
    Cancel,
    /// The browser is expected to have a session at the provider already.
    NotExpected,
    /// The login form was sent; a second login page means the provider refused it.
    Submitted,
}

impl OidcProvider {
    /// From `authorize_url` (where the application's `GET /login/oidc/{name}` redirects to),
    /// through the provider's login page as `sub`, to the redirect back to the application:
    /// returns that callback URL, not followed. Panics when no login page is shown (the browser
    /// has a session at the provider already: see [`Self::sign_in_again`]) or when the provider
    /// refuses the login (an unknown `sub`).
    pub async fn sign_in(
        &self,
        client: &reqwest::Client,
        authorize_url: &str,
        sub: &str,
    ) -> String {
        self.authorize(client, authorize_url, AtLogin::SignInAs(sub))
            .await
    }

    /// Like [`Self::sign_in`], pressing cancel on the login page: returns the callback URL
    /// carrying `error=access_denied`.
    pub async fn cancel(&self, client: &reqwest::Client, authorize_url: &str) -> String {
        self.authorize(client, authorize_url, AtLogin::Cancel).await
    }

    /// For a browser that still has a session at the provider: from `authorize_url` straight
    /// back to the application without a login page; returns the callback URL, not followed.
    pub async fn sign_in_again(&self, client: &reqwest::Client, authorize_url: &str) -> String {
        self.authorize(client, authorize_url, AtLogin::NotExpected)
            .await
    }

    /// From `end_session_url` (where the application's `POST /logout` redirects to), through
    /// the provider's logout confirmation, to the redirect back to the application (its
    /// `post_logout_redirect_uri`): returns that URL, not followed. The provider's session of
    /// this browser is over afterwards.
    pub async fn sign_out(&self, client: &reqwest::Client, end_session_url: &str) -> String {
        let url = Url::parse(end_session_url).expect("the end-session URL is a URL");
        let response = client.get(url.clone()).send().await.unwrap();
        let (url, response) = match self.next_hop(&url, &response) {
            Some(Ok(next)) => return next.to_string(),
            Some(Err(next)) => (next.clone(), client.get(next).send().await.unwrap()),
            None => (url, response),
        };
        let page = self.page(response, "logout confirmation").await;
        let action = url
            .join(&attribute_after(&page, "<form", "action"))
            .unwrap();
        let xsrf = attribute_after(&page, r#"name="xsrf""#, "value");
        let response = client
            .post(action.clone())
            .form(&[("xsrf", xsrf.as_str()), ("logout", "yes")])
            .send()
            .await
            .unwrap();
        self.follow(client, action, response, AtLogin::NotExpected)
            .await
    }

    async fn authorize(
        &self,
        client: &reqwest::Client,
        authorize_url: &str,
        at_login: AtLogin<'_>,
    ) -> String {
        let url = Url::parse(authorize_url).expect("the authorization URL is a URL");
        assert_eq!(
            url.origin(),
            Url::parse(&self.issuer).unwrap().origin(),
            "{authorize_url} is not at the provider {}",
            self.issuer
        );
        let response = client.get(url.clone()).send().await.unwrap();
        self.follow(client, url, response, at_login).await
    }

    /// Follows the provider's redirects from `response` (the answer to `url`), filling in or
    /// cancelling the login page once, until a redirect leaves the provider.
    async fn follow(
        &self,
        client: &reqwest::Client,
        mut url: Url,
        mut response: reqwest::Response,
        mut at_login: AtLogin<'_>,
    ) -> String {
        for _ in 0..MAX_HOPS {
            match self.next_hop(&url, &response) {
                Some(Ok(away)) => {
                    assert!(
                        matches!(at_login, AtLogin::NotExpected | AtLogin::Submitted),
                        "the provider sent the browser back to {away} without showing its login \
                         page (the browser has a session there already)"
                    );
                    return away.to_string();
                }
                Some(Err(next)) => {
                    response = client.get(next.clone()).send().await.unwrap();
                    url = next;
                }
                None => {
                    let page = self.page(response, "login page").await;
                    assert!(
                        page.contains(r#"<form id="login""#),
                        "expected the provider's login page at {url}, got:\n{page}"
                    );
                    let (form, fields): (&str, Vec<(&str, &str)>) = match at_login {
                        AtLogin::SignInAs(sub) => {
                            ("login", vec![("login", sub), ("password", PASSWORD)])
                        }
                        AtLogin::Cancel => ("cancel", vec![]),
                        AtLogin::NotExpected => panic!(
                            "the provider showed its login page at {url} to a browser expected \
                             to have a session there:\n{page}"
                        ),
                        AtLogin::Submitted => {
                            panic!("the provider refused the login at {url}:\n{page}")
                        }
                    };
                    let action = url
                        .join(&attribute_after(
                            &page,
                            &format!(r#"<form id="{form}""#),
                            "action",
                        ))
                        .unwrap();
                    response = client
                        .post(action.clone())
                        .form(&fields)
                        .send()
                        .await
                        .unwrap();
                    url = action;
                    at_login = AtLogin::Submitted;
                }
            }
        }
        panic!("more than {MAX_HOPS} redirects at the provider, the last to {url}")
    }

    /// Where `response` (the answer to `url`) redirects: `Ok` when away from the provider,
    /// `Err` when to another provider page; `None` when it is no redirect.
    fn next_hop(&self, url: &Url, response: &reqwest::Response) -> Option<Result<Url, Url>> {
        if !response.status().is_redirection() {
            return None;
        }
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|value| value.to_str().ok())
            .expect("a redirect has a Location");
        let next = url.join(location).expect("the Location is a URL");
        let provider = Url::parse(&self.issuer).unwrap().origin();
        Some(if next.origin() == provider {
            Err(next)
        } else {
            Ok(next)
        })
    }

    /// The body of a page of the provider that must answer 200, with its log when it does not.
    async fn page(&self, response: reqwest::Response, what: &str) -> String {
        let status = response.status();
        let url = response.url().clone();
        let body = response.text().await.unwrap();
        assert_eq!(
            status,
            StatusCode::OK,
            "expected the provider's {what} at {url}, got {status}:\n{body}\nprovider log:\n{}",
            self.log()
        );
        body
    }
}

/// The value of the first `name="…"` attribute after the first `marker` in `page` (the
/// provider's pages put plain paths and tokens in their attributes; nothing needs unescaping).
fn attribute_after(page: &str, marker: &str, name: &str) -> String {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("no `{marker}` in the provider's page:\n{page}"));
    let rest = &page[start..];
    let prefix = format!(r#"{name}=""#);
    let value = rest
        .find(&prefix)
        .map(|at| &rest[at + prefix.len()..])
        .and_then(|value| value.split('"').next())
        .unwrap_or_else(|| panic!("no {name} after `{marker}` in the provider's page:\n{page}"));
    value.to_owned()
}
