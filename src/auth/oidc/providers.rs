//! The configured providers' discovered metadata (endpoints and signing keys), fetched at the
//! first sign-in and kept for ten minutes, so a key rotation at the provider is picked up
//! without a restart.

use super::error::SignInError;
use super::http;
use super::identity::ExtraClaims;
use crate::config::ProviderSettings;
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreRevocableToken,
    CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    Client, ClientId, ClientSecret, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IdTokenFields, IssuerUrl, ProviderMetadataWithLogout, StandardErrorResponse,
    StandardTokenResponse,
};
use secrecy::ExposeSecret;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

/// How long discovered metadata is used before it is fetched again.
const METADATA_TTL: Duration = Duration::from_mins(10);

/// The token endpoint's answer, with the ID token's extra claims kept.
pub type TokenResponse = StandardTokenResponse<
    IdTokenFields<
        ExtraClaims,
        EmptyExtraTokenFields,
        CoreGenderClaim,
        CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm,
    >,
    CoreTokenType,
>;

/// A client of one provider, built from its metadata.
pub type OidcClient = Client<
    ExtraClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

struct Cached {
    fetched: Instant,
    metadata: Arc<ProviderMetadataWithLogout>,
}

/// The HTTP client for providers and their cached metadata, shared by every worker.
pub struct Providers {
    http: reqwest::Client,
    cache: RwLock<HashMap<String, Cached>>,
}

impl Providers {
    pub fn new() -> anyhow::Result<Self> {
        Ok(Self {
            http: http::client()?,
            cache: RwLock::new(HashMap::new()),
        })
    }

    /// The HTTP client requests to providers go through.
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// Provider `name`'s metadata: cached while fresh, else discovered again (`refetch`
    /// forces that, for a key the cached set does not have).
    pub async fn metadata(
        &self,
        name: &str,
        settings: &ProviderSettings,
        refetch: bool,
    ) -> Result<Arc<ProviderMetadataWithLogout>, SignInError> {
        if !refetch
            && let Some(cached) = self.cache.read().await.get(name)
            && cached.fetched.elapsed() < METADATA_TTL
        {
            return Ok(cached.metadata.clone());
        }
        let issuer = IssuerUrl::new(settings.issuer_url.clone())
            .map_err(|error| SignInError::Unreachable(format!("issuer URL: {error}")))?;
        let metadata = ProviderMetadataWithLogout::discover_async(issuer, &|request| {
            http::send(&self.http, request)
        })
        .await
        .map_err(|error| SignInError::Unreachable(format!("discovery: {}", chain(&error))))?;
        let metadata = Arc::new(metadata);
        self.cache.write().await.insert(
            name.to_owned(),
            Cached {
                fetched: Instant::now(),
                metadata: metadata.clone(),
            },
        );
        Ok(metadata)
    }

    /// The metadata of provider `name` if it has been discovered (for logout, which must not
    /// wait on a provider that is down).
    pub async fn cached(&self, name: &str) -> Option<Arc<ProviderMetadataWithLogout>> {
        self.cache
            .read()
            .await
            .get(name)
            .map(|cached| cached.metadata.clone())
    }
}

/// A client of the provider described by `metadata`.
pub fn client(settings: &ProviderSettings, metadata: &ProviderMetadataWithLogout) -> OidcClient {
    let secret = settings
        .has_secret()
        .then(|| ClientSecret::new(settings.client_secret.expose_secret().to_owned()));
    OidcClient::from_provider_metadata(
        metadata.clone(),
        ClientId::new(settings.client_id.clone()),
        secret,
    )
}

/// An error and its causes on one line (the causes say what actually failed: refused
/// connection, time-out, bad JSON).
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
