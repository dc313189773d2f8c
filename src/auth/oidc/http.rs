//! The HTTP client that talks to identity providers (discovery, keys, token endpoint): rustls
//! with ring and the webpki roots, short time-outs, no redirects followed (a provider that
//! redirects its token endpoint is refused rather than followed somewhere else), and bodies
//! capped so a misbehaving provider cannot fill memory.

use openidconnect::{HttpRequest, HttpResponse};
use std::sync::Arc;
use std::time::Duration;

/// Largest response body read from a provider.
const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Time allowed for one request to a provider, connection included.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Why a request to a provider failed.
#[derive(Debug, thiserror::Error)]
pub enum ProviderHttpError {
    #[error("request to the identity provider failed: {0}")]
    Request(#[from] reqwest::Error),
    #[error("the identity provider's response is larger than {MAX_BODY_BYTES} bytes")]
    TooLarge,
    #[error("the identity provider's response could not be read: {0}")]
    Response(#[from] openidconnect::http::Error),
}

/// The client every provider request goes through.
pub fn client() -> anyhow::Result<reqwest::Client> {
    let roots = webpki_roots::TLS_SERVER_ROOTS
        .iter()
        .cloned()
        .collect::<rustls::RootCertStore>();
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(TIMEOUT)
        .user_agent(concat!("innerpulse/", env!("CARGO_PKG_VERSION")))
        .build()?)
}

/// Sends one of openidconnect's requests with `client`.
pub async fn send(
    client: &reqwest::Client,
    request: HttpRequest,
) -> Result<HttpResponse, ProviderHttpError> {
    let (parts, body) = request.into_parts();
    let response = client
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await?;
    let mut builder = openidconnect::http::Response::builder().status(response.status());
    if let Some(headers) = builder.headers_mut() {
        headers.extend(response.headers().clone());
    }
    let mut response = response;
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(ProviderHttpError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(builder.body(body)?)
}
