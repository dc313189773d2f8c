//! Prometheus metrics of the process: HTTP requests by route pattern (never by raw path, so
//! survey tokens never become label values) and their latency, and who may read them
//! (`Access`, from `metrics.token` and `server.host`).
//!
//! The anonymous links — the survey (`/s/...`) and the respondent's conversation page
//! (`/c/...`) — are left out of the request series entirely: no counter, no histogram, not
//! even one folded label. Any series that moved when a respondent sent an answer or a reply
//! would tell whoever scrapes it when that happened, which the day-late delivery of their
//! messages to staff exists to hide. Their requests still reach the log.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use secrecy::ExposeSecret;

/// Who may read the metrics, as the settings say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// No token and bound to loopback: only this machine can ask.
    Loopback,
    /// A token is set: only requests that carry it.
    Token,
    /// No token and reachable from elsewhere: nobody.
    Hidden,
}

impl Access {
    /// The access rule of `settings`.
    pub fn of(settings: &crate::config::Settings) -> Self {
        if !settings.metrics.token.expose_secret().trim().is_empty() {
            Access::Token
        } else if settings.server.is_loopback() {
            Access::Loopback
        } else {
            Access::Hidden
        }
    }
}

/// Whether requests to the route `pattern` stay out of the metrics: the anonymous links.
pub fn is_anonymous_route(pattern: &str) -> bool {
    pattern.starts_with("/s/") || pattern.starts_with("/c/")
}

/// Labels of one HTTP request series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HttpLabels {
    pub method: String,
    pub route: String,
    pub status: u16,
}

type HistogramFamily = Family<HttpLabels, Histogram, fn() -> Histogram>;

/// The registry and the metrics the middleware and jobs update.
pub struct Metrics {
    registry: Registry,
    http_requests: Family<HttpLabels, Counter>,
    http_duration: HistogramFamily,
}

fn latency_histogram() -> Histogram {
    // 0.5 ms to ~8 s.
    Histogram::new(exponential_buckets(0.0005, 2.0, 15))
}

impl Metrics {
    /// Registers every metric.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("innerpulse");
        let http_requests = Family::<HttpLabels, Counter>::default();
        let http_duration: HistogramFamily = Family::new_with_constructor(latency_histogram);
        registry.register(
            "http_requests",
            "HTTP requests answered, by method, route pattern and status",
            http_requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests, by method, route pattern and status",
            http_duration.clone(),
        );
        Self {
            registry,
            http_requests,
            http_duration,
        }
    }

    /// Records one answered request; requests to an anonymous link are not recorded.
    pub fn observe_request(&self, labels: HttpLabels, seconds: f64) {
        if is_anonymous_route(&labels.route) {
            return;
        }
        self.http_requests.get_or_create(&labels).inc();
        self.http_duration.get_or_create(&labels).observe(seconds);
    }

    /// The Prometheus text exposition of every metric.
    pub fn encode(&self) -> anyhow::Result<String> {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
