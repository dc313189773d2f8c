//! `?page=&per_page=` of the API's list endpoints.

use serde::Deserialize;

/// Most rows one page may hold.
const MAX_PER_PAGE: u64 = 200;
/// Rows per page when the caller does not say.
const DEFAULT_PER_PAGE: u64 = 50;

/// Paging of a list, as the caller asked for it.
#[derive(Deserialize)]
pub struct Paging {
    page: Option<u64>,
    per_page: Option<u64>,
}

impl Paging {
    /// The 1-based page and the page size, clamped to what the API serves.
    pub fn resolve(&self) -> (u64, u64) {
        let page = self.page.unwrap_or(1).max(1);
        let per_page = self
            .per_page
            .unwrap_or(DEFAULT_PER_PAGE)
            .clamp(1, MAX_PER_PAGE);
        (page, per_page)
    }
}
