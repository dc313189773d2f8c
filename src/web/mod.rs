//! HTTP plumbing shared by every route: template rendering, middleware (security headers,
//! request logs and metrics, error pages) and the stylesheet.

pub mod assets;
pub mod client_address;
pub mod error_pages;
pub mod observe;
pub mod page;
pub mod security_headers;
pub mod templates;
