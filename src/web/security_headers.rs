//! Security headers on every response: a CSP without inline script, no framing, no Referer
//! (survey tokens must never leak through it), no MIME sniffing, and HSTS when the instance is
//! served over https.

use actix_web::middleware::DefaultHeaders;

/// Content Security Policy: only our own stylesheet, our own script file (never inline) and
/// inline SVG.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; script-src 'self'; \
     img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Strict-Transport-Security for an https instance: browsers stay on https for a year.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000; includeSubDomains";

/// The middleware adding the headers (handlers may still override them); `https` adds HSTS.
pub fn security_headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"));
    if https {
        headers.add(("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY))
    } else {
        headers
    }
}
