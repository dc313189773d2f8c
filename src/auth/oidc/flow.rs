//! The two legs of a sign-in: `begin` builds the redirect to the provider (PKCE challenge,
//! `state`, `nonce`), `finish` exchanges the code the provider sent back and verifies the ID
//! token (signature against the provider's published keys, issuer, audience, expiry, nonce).
//! `logout_url` is the provider's end-session address, when it publishes one.

use super::error::SignInError;
use super::identity::Identity;
use super::providers::{self, OidcClient, Providers, chain};
use crate::config::{AuthSettings, ProviderSettings};
use openidconnect::core::CoreResponseType;
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClaimsVerificationError, ClientId, CsrfToken,
    LogoutRequest, Nonce, PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl, RedirectUrl,
    RequestTokenError, Scope,
};

/// A sign-in sent to the provider: where to send the browser, and what `finish` will need
/// (kept server-side, never in the browser).
pub struct Begun {
    pub authorize_url: url::Url,
    /// Also set in the browser's cookie and carried back by the provider.
    pub state: String,
    pub pkce_verifier: String,
    pub nonce: String,
}

/// The address the provider sends the browser back to.
pub fn redirect_uri(base_url: &str, provider: &str) -> String {
    format!("{base_url}/login/oidc/{provider}/callback")
}

/// A client of provider `name` (its metadata cached or discovered) that names innerpulse's
/// callback as its redirect URI.
async fn client_for(
    providers: &Providers,
    settings: &ProviderSettings,
    name: &str,
    base_url: &str,
) -> Result<OidcClient, SignInError> {
    let metadata = providers.metadata(name, settings, false).await?;
    let redirect = RedirectUrl::new(redirect_uri(base_url, name))
        .map_err(|error| SignInError::Internal(error.into()))?;
    Ok(providers::client(settings, &metadata).set_redirect_uri(redirect))
}

/// Builds the redirect to provider `name`'s authorization endpoint.
pub async fn begin(
    providers: &Providers,
    auth: &AuthSettings,
    name: &str,
    base_url: &str,
) -> Result<Begun, SignInError> {
    let settings = auth.provider(name).ok_or(SignInError::UnknownProvider)?;
    let client = client_for(providers, settings, name, base_url).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client
        .authorize_url(
            AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .set_pkce_challenge(challenge);
    for scope in settings.scopes() {
        if scope != "openid" {
            request = request.add_scope(Scope::new(scope));
        }
    }
    let (authorize_url, state, nonce) = request.url();
    Ok(Begun {
        authorize_url,
        state: state.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
        nonce: nonce.secret().clone(),
    })
}

/// Exchanges `code` at provider `name`'s token endpoint with the attempt's PKCE verifier and
/// verifies the ID token against the attempt's nonce.
pub async fn finish(
    providers: &Providers,
    auth: &AuthSettings,
    name: &str,
    base_url: &str,
    code: String,
    pkce_verifier: String,
    nonce: &str,
) -> Result<Identity, SignInError> {
    let settings = auth.provider(name).ok_or(SignInError::UnknownProvider)?;
    let client = client_for(providers, settings, name, base_url).await?;
    let http = |request| super::http::send(providers.http(), request);
    let response = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|error| SignInError::Refused(format!("token endpoint: {error}")))?
        .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
        .request_async(&http)
        .await
        .map_err(token_error)?;
    let id_token = openidconnect::TokenResponse::id_token(&response)
        .ok_or_else(|| SignInError::Refused("the token response has no ID token".to_owned()))?;
    let nonce = Nonce::new(nonce.to_owned());
    let verified = match id_token.claims(&client.id_token_verifier(), &nonce) {
        Ok(claims) => Ok(claims.clone()),
        // The provider may have rotated its keys since the metadata was cached: fetch them
        // once more and check again.
        Err(ClaimsVerificationError::SignatureVerification(_)) => {
            let fresh = providers.metadata(name, settings, true).await?;
            let client = providers::client(settings, &fresh);
            id_token
                .claims(&client.id_token_verifier(), &nonce)
                .cloned()
        }
        Err(error) => Err(error),
    }
    .map_err(|error| SignInError::Refused(format!("ID token: {error}")))?;
    Ok(Identity::from_claims(
        name,
        &verified,
        &auth.oidc.role_claim,
        settings.assume_email_verified,
    ))
}

/// What the token endpoint's failure says, without ever quoting its body (it could hold
/// tokens).
fn token_error<RE: std::error::Error + 'static, T: openidconnect::ErrorResponse>(
    error: RequestTokenError<RE, T>,
) -> SignInError {
    match error {
        RequestTokenError::Request(error) => {
            SignInError::Unreachable(format!("token endpoint: {}", chain(&error)))
        }
        RequestTokenError::ServerResponse(response) => {
            SignInError::Refused(format!("token endpoint answered {response}"))
        }
        RequestTokenError::Parse(_, _) => {
            SignInError::Refused("token endpoint: the response is not a token response".to_owned())
        }
        RequestTokenError::Other(message) => {
            SignInError::Refused(format!("token endpoint: {message}"))
        }
    }
}

/// Provider `name`'s end-session address (RP-initiated logout), bringing the browser back to
/// `/login`; `None` when the provider publishes none or has not been reached since start.
pub async fn logout_url(
    providers: &Providers,
    auth: &AuthSettings,
    name: &str,
    base_url: &str,
) -> Option<url::Url> {
    let settings = auth.provider(name)?;
    let metadata = match providers.cached(name).await {
        Some(metadata) => metadata,
        None => providers.metadata(name, settings, false).await.ok()?,
    };
    let endpoint = metadata
        .additional_metadata()
        .end_session_endpoint
        .clone()?;
    let back = PostLogoutRedirectUrl::new(format!("{base_url}/login")).ok()?;
    Some(
        LogoutRequest::from(endpoint)
            .set_client_id(ClientId::new(settings.client_id.clone()))
            .set_post_logout_redirect_uri(back)
            .http_get_url(),
    )
}
