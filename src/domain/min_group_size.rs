//! The anonymity threshold k.

use serde::{Deserialize, Serialize};

/// Smallest number of responses a figure may be computed from. Never below 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u32")]
pub struct MinGroupSize(u32);

impl MinGroupSize {
    /// The floor the design allows: smaller groups make individuals recognisable.
    pub const FLOOR: u32 = 3;

    /// Accepts values from 3 up.
    pub fn parse(value: i64) -> Result<Self, String> {
        if value < i64::from(Self::FLOOR) {
            return Err(format!(
                "must be at least {} (smaller groups make individual answers recognisable), got {value}",
                Self::FLOOR
            ));
        }
        u32::try_from(value)
            .map(Self)
            .map_err(|_| format!("{value} is too large"))
    }

    /// The threshold as a number.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<i64> for MinGroupSize {
    type Error = String;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        MinGroupSize::parse(value)
    }
}

impl From<MinGroupSize> for u32 {
    fn from(value: MinGroupSize) -> Self {
        value.0
    }
}

/// Whether the comments of a slice with `responses` answered responses may be shown (the
/// threshold `anonymity.min_comment_group_size`, applied by `report::gate` and the comment gate).
pub fn comments_visible(responses: u32, min_comment_group_size: u32) -> bool {
    responses >= min_comment_group_size
}

/// Whether a response rate over `invited` invitations may be shown.
pub fn rate_visible(invited: u32, min_group_size: u32) -> bool {
    invited >= min_group_size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_below_three_are_refused() {
        assert!(MinGroupSize::parse(2).is_err());
        assert!(MinGroupSize::parse(-1).is_err());
        assert_eq!(MinGroupSize::parse(3).unwrap().get(), 3);
    }
}
