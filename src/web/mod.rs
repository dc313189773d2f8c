//! HTTP plumbing shared by every route: template rendering, middleware (security headers,
//! request logs and metrics, error pages), the capped form body of the anonymous links, the
//! form bodies many routes share and the stylesheet.

pub mod assets;
pub mod client_address;
pub mod error_pages;
pub mod form_body;
pub mod forms;
pub mod observe;
pub mod page;
pub mod security_headers;
pub mod templates;
