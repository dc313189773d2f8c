//! CSRF protection for the JSON API when a browser's session cookie authenticates it. JSON
//! bodies alone are not enough: the employee import takes a CSV upload, which any page can
//! post cross-site. A write (any method but GET, HEAD, OPTIONS) under `/api/` that relies on
//! the session cookie must carry the CSRF token in the `X-CSRF-Token` header (the value of the
//! CSRF cookie, as forms carry it in a field) or come from this instance's own origin
//! (`Origin` equal to the origin of `server.base_url`). Bearer keys need neither: a browser
//! never adds them on its own.

use super::csrf;
use crate::error::AppError;
use actix_web::HttpRequest;
use actix_web::http::header::ORIGIN;

/// Header that carries the CSRF token on API writes.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// `Ok` unless `request` is a cookie-authenticated API write without the token or a
/// same-origin `Origin`.
pub fn check(request: &HttpRequest, base_url: &str) -> Result<(), AppError> {
    if request.method().is_safe() || !request.path().starts_with("/api/") {
        return Ok(());
    }
    if let Some(token) = request.headers().get(CSRF_HEADER) {
        return csrf::verify(request, token.to_str().unwrap_or_default());
    }
    let same_origin = request
        .headers()
        .get(ORIGIN)
        .and_then(|origin| origin.to_str().ok())
        .is_some_and(|origin| Some(origin) == own_origin(base_url).as_deref());
    if same_origin {
        Ok(())
    } else {
        Err(AppError::Csrf)
    }
}

/// `scheme://host[:port]` of the instance's public URL.
fn own_origin(base_url: &str) -> Option<String> {
    let url = url::Url::parse(base_url).ok()?;
    let origin = url.origin();
    origin.is_tuple().then(|| origin.ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::own_origin;

    #[test]
    fn the_origin_of_the_base_url_drops_path_and_default_port() {
        assert_eq!(
            own_origin("https://pulse.example.com:443/app").as_deref(),
            Some("https://pulse.example.com")
        );
        assert_eq!(
            own_origin("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(own_origin("not a url"), None);
    }
}
