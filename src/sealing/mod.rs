//! The sealed ballot box: a submission is stored as one encrypted, fixed-size record until it
//! is released in a group of at least k (`crate::release`). This module holds the keys
//! (`key_file`, kept outside the database) and the format of a record (`ballot`); it does no
//! I/O besides reading randomness, and never logs what it seals.

pub mod ballot;
pub mod key_file;

pub use ballot::{Ballot, BallotAnswer, BallotSection, BallotValue, SEALED_LEN, SealError, Sealed};
pub use key_file::{KeyFileError, SealingKeys};
