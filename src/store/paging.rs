//! Where a page of a list starts. Page numbers come from outside (`?page=`): any number must
//! give a row offset the databases take, so a page far past the end is an empty page, never an
//! overflow (the drivers bind an offset as a signed 64-bit number).

/// The offset of 1-based page `page` of `per_page` rows; page 0 is page 1.
pub fn offset(page: u64, per_page: u64) -> u64 {
    page.saturating_sub(1)
        .saturating_mul(per_page)
        .min(i64::MAX.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::offset;

    #[test]
    fn any_page_number_gives_an_offset_the_databases_take() {
        assert_eq!(offset(0, 50), 0);
        assert_eq!(offset(1, 50), 0);
        assert_eq!(offset(3, 50), 100);
        assert_eq!(offset(46_116_860_184_273_881, 200), i64::MAX.unsigned_abs());
        assert_eq!(offset(u64::MAX, 200), i64::MAX.unsigned_abs());
    }
}
