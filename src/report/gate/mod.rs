//! The anonymity gate: every figure leaves the server only through here.
//!
//! A period's answers are counted in *groups* (relationship × customer department). The gate
//! partitions the groups into *blocks* of at least k responses (`anonymity.min_group_size`) and
//! shows a slice — a relationship, a provider, a provider × customer department cell, the
//! organisation — only when it is a union of whole blocks. Anything one could compute by adding
//! and subtracting shown figures is then a union of blocks too, so it holds k responses or none:
//! no differencing. For each question the blocks are further merged into *question groups*
//! until each holds 0 or ≥ k answers to it where the answers allow (`question_groups`: up within
//! the service, then the provider, then the organisation), and a question's figure is shown only
//! for a slice that is a union of whole question groups of 0 or ≥ k answers — so a question that each employee answers only now and then (an optional or
//! a rotating one) is shown wherever its answers add up to k without letting anyone subtract
//! their way to fewer. Pure code: no I/O, no configuration lookups.

mod blocks;
mod question_groups;
#[cfg(test)]
mod tests;

pub use crate::domain::period_counts::{GroupCounts, GroupKey, Histogram, PeriodCounts};
pub use crate::domain::{comments_visible, rate_visible};
pub use blocks::Blocks;
