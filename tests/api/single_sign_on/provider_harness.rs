//! The provider harness on its own, as a relying party written here would use it (no route of
//! the application involved): an authorization request with PKCE, the login page, the code
//! exchanged at the token endpoint, the ID token verified against the provider's keys; the
//! token faults, cancelling, logout, and the Node process ending with the provider.

use crate::helpers::{OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OidcProvider, OidcUser, TokenFault};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use rand::distr::{Alphanumeric, SampleString};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use url::Url;

/// The application's base URL the provider redirects to; nothing listens there, the callbacks
/// are read, not followed.
const APP: &str = "http://127.0.0.1:9";

fn alice() -> OidcUser {
    OidcUser::new("alice", "alice@example.com").in_groups(&["hr", "staff"])
}

async fn start_provider() -> Option<OidcProvider> {
    Some(OidcProvider::reserve("test")?.start(APP, &[alice()]).await)
}

/// A browser: its own cookies, no redirects followed.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

fn redirect_uri() -> String {
    format!("{APP}/login/oidc/test/callback")
}

async fn discovery(provider: &OidcProvider) -> Value {
    reqwest::get(format!(
        "{}/.well-known/openid-configuration",
        provider.issuer
    ))
    .await
    .unwrap()
    .json()
    .await
    .unwrap()
}

/// One authorization request of the relying party, with the secrets it keeps.
struct Request {
    url: String,
    state: String,
    nonce: String,
    verifier: String,
}

async fn authorization_request(provider: &OidcProvider) -> Request {
    let random = || Alphanumeric.sample_string(&mut rand::rng(), 43);
    let (state, nonce, verifier) = (random(), random(), random());
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let endpoint = discovery(provider).await["authorization_endpoint"]
        .as_str()
        .unwrap()
        .to_owned();
    let url = Url::parse_with_params(
        &endpoint,
        [
            ("response_type", "code"),
            ("client_id", OIDC_CLIENT_ID),
            ("redirect_uri", &redirect_uri()),
            ("scope", "openid email profile"),
            ("state", &state),
            ("nonce", &nonce),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
        ],
    )
    .unwrap();
    Request {
        url: url.to_string(),
        state,
        nonce,
        verifier,
    }
}

fn query(callback: &str) -> HashMap<String, String> {
    let url = Url::parse(callback).unwrap();
    assert_eq!(
        format!("{}{}", url.origin().ascii_serialization(), url.path()),
        redirect_uri()
    );
    url.query_pairs().into_owned().collect()
}

/// Exchanges the code of `callback` at the token endpoint; returns the ID token.
async fn exchange(provider: &OidcProvider, request: &Request, callback: &str) -> String {
    let parameters = query(callback);
    assert_eq!(parameters["state"], request.state);
    let token_endpoint = discovery(provider).await["token_endpoint"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = reqwest::Client::new()
        .post(token_endpoint)
        .basic_auth(OIDC_CLIENT_ID, Some(OIDC_CLIENT_SECRET))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &parameters["code"]),
            ("redirect_uri", &redirect_uri()),
            ("code_verifier", &request.verifier),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    let tokens: Value = response.json().await.unwrap();
    tokens["id_token"].as_str().unwrap().to_owned()
}

/// The ID token's claims if its signature verifies against the provider's published key of
/// its `kid`, for this client and issuer; expiry is left to the caller.
async fn verified_claims(
    provider: &OidcProvider,
    id_token: &str,
) -> Result<Value, jsonwebtoken::errors::Error> {
    let jwks: JwkSet = reqwest::get(discovery(provider).await["jwks_uri"].as_str().unwrap())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let kid = jsonwebtoken::decode_header(id_token).unwrap().kid.unwrap();
    let key =
        DecodingKey::from_jwk(jwks.find(&kid).expect("the token's kid is published")).unwrap();
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[OIDC_CLIENT_ID]);
    validation.set_issuer(&[provider.issuer.as_str()]);
    validation.validate_exp = false;
    jsonwebtoken::decode::<Value>(id_token, &key, &validation).map(|data| data.claims)
}

/// A fresh browser's sign-in as alice through to her verified ID token claims.
async fn sign_in_as_alice(provider: &OidcProvider) -> (Request, Value) {
    let request = authorization_request(provider).await;
    let callback = provider.sign_in(&browser(), &request.url, "alice").await;
    let id_token = exchange(provider, &request, &callback).await;
    let claims = verified_claims(provider, &id_token).await.unwrap();
    (request, claims)
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

#[tokio::test]
async fn signing_in_returns_a_code_whose_id_token_carries_the_users_claims_and_the_nonce() {
    let Some(provider) = start_provider().await else {
        return;
    };
    let (request, claims) = sign_in_as_alice(&provider).await;
    assert_eq!(claims["sub"], "alice");
    assert_eq!(claims["nonce"], request.nonce.as_str());
    assert_eq!(claims["email"], "alice@example.com");
    assert_eq!(claims["email_verified"], true);
    assert_eq!(claims["name"], "alice");
    assert_eq!(claims["groups"], serde_json::json!(["hr", "staff"]));
    assert!(claims["exp"].as_i64().unwrap() > now());
}

#[tokio::test]
async fn a_replaced_user_gets_the_new_claims_in_the_next_id_token() {
    let Some(provider) = start_provider().await else {
        return;
    };
    let mut moved = alice().in_groups(&["engineering"]);
    moved.name = "Alice Example".to_owned();
    moved.email_verified = false;
    provider.set_user(&moved).await;
    let (_, claims) = sign_in_as_alice(&provider).await;
    assert_eq!(claims["groups"], serde_json::json!(["engineering"]));
    assert_eq!(claims["name"], "Alice Example");
    assert_eq!(claims["email_verified"], false);
}

#[tokio::test]
async fn a_bad_nonce_fault_changes_the_nonce_of_the_next_id_token_only() {
    let Some(provider) = start_provider().await else {
        return;
    };
    provider.fault_next_token(TokenFault::BadNonce).await;
    let client = browser();
    let request = authorization_request(&provider).await;
    let callback = provider.sign_in(&client, &request.url, "alice").await;
    let spoiled = exchange(&provider, &request, &callback).await;
    let claims = verified_claims(&provider, &spoiled).await.unwrap();
    assert_ne!(claims["nonce"], request.nonce.as_str());

    let request = authorization_request(&provider).await;
    let callback = provider.sign_in_again(&client, &request.url).await;
    let sound = exchange(&provider, &request, &callback).await;
    let claims = verified_claims(&provider, &sound).await.unwrap();
    assert_eq!(claims["nonce"], request.nonce.as_str());
}

#[tokio::test]
async fn an_expired_id_token_fault_is_signed_by_the_provider_but_expired() {
    let Some(provider) = start_provider().await else {
        return;
    };
    provider.fault_next_token(TokenFault::ExpiredIdToken).await;
    let (request, claims) = sign_in_as_alice(&provider).await;
    assert!(claims["exp"].as_i64().unwrap() < now() - 600);
    assert!(claims["iat"].as_i64().unwrap() < now() - 600);
    assert_eq!(claims["nonce"], request.nonce.as_str());
}

#[tokio::test]
async fn a_foreign_key_fault_is_signed_by_another_key_under_the_providers_kid() {
    let Some(provider) = start_provider().await else {
        return;
    };
    provider.fault_next_token(TokenFault::ForeignKey).await;
    let request = authorization_request(&provider).await;
    let callback = provider.sign_in(&browser(), &request.url, "alice").await;
    let id_token = exchange(&provider, &request, &callback).await;
    let error = verified_claims(&provider, &id_token).await.unwrap_err();
    assert_eq!(
        *error.kind(),
        jsonwebtoken::errors::ErrorKind::InvalidSignature
    );
}

#[tokio::test]
async fn cancelling_at_the_login_page_sends_access_denied_back_with_the_state() {
    let Some(provider) = start_provider().await else {
        return;
    };
    let request = authorization_request(&provider).await;
    let callback = provider.cancel(&browser(), &request.url).await;
    let parameters = query(&callback);
    assert_eq!(parameters["error"], "access_denied");
    assert_eq!(parameters["state"], request.state);
    assert!(!parameters.contains_key("code"));
}

#[tokio::test]
async fn signing_out_with_the_client_id_returns_to_the_login_page_and_ends_the_provider_session() {
    let Some(provider) = start_provider().await else {
        return;
    };
    let client = browser();
    let request = authorization_request(&provider).await;
    provider.sign_in(&client, &request.url, "alice").await;
    let end_session = Url::parse_with_params(
        discovery(&provider).await["end_session_endpoint"]
            .as_str()
            .unwrap(),
        [
            ("client_id", OIDC_CLIENT_ID),
            ("post_logout_redirect_uri", &format!("{APP}/login")),
        ],
    )
    .unwrap();
    let back = provider.sign_out(&client, end_session.as_str()).await;
    assert_eq!(back, format!("{APP}/login"));
    // `sign_in` insists on the login page: the provider forgot the browser.
    let request = authorization_request(&provider).await;
    let callback = provider.sign_in(&client, &request.url, "alice").await;
    assert!(query(&callback).contains_key("code"));
}

#[tokio::test]
async fn dropping_the_provider_stops_its_node_process() {
    let Some(provider) = start_provider().await else {
        return;
    };
    let issuer = provider.issuer.clone();
    drop(provider);
    let error = reqwest::get(format!("{issuer}/.well-known/openid-configuration"))
        .await
        .unwrap_err();
    assert!(error.is_connect(), "{error}");
}
