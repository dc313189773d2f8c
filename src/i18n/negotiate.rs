//! Picks the language of a page: explicit choice (`?lang=` or the `lang` cookie), then the
//! person's stored locale, then the browser's Accept-Language, then the organisation default.

use crate::domain::Locale;
use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;

/// Name of the cookie that remembers a chosen language.
pub const LANG_COOKIE: &str = "lang";

/// The locale for this request, given the organisation default.
pub fn request_locale(request: &HttpRequest, default: Locale) -> Locale {
    request_locale_for(request, None, default)
}

/// The locale for this request: explicit choice, then the person's own (an employee's or a
/// staff member's stored locale), then Accept-Language, then the organisation default.
pub fn request_locale_for(request: &HttpRequest, own: Option<Locale>, default: Locale) -> Locale {
    let from_query = url::form_urlencoded::parse(request.query_string().as_bytes())
        .find(|(key, _)| key == "lang")
        .and_then(|(_, value)| Locale::parse(&value).ok());
    from_query
        .or_else(|| {
            request
                .cookie(LANG_COOKIE)
                .and_then(|cookie| Locale::parse(cookie.value()).ok())
        })
        .or(own)
        .or_else(|| {
            request
                .headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(default)
}
