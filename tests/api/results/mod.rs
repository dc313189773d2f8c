//! Results behind the anonymity gate: the provider dashboard, HR's overview, the CSV export
//! and the JSON API show the same gated figures, within each role's scope.

mod access;
mod breakdown;
mod comments;
mod figures;
mod fixture;
mod last_score;
mod live;
mod notification;
mod overview;
mod release;
mod rotation;
mod rotation_fixture;
mod touchpoints;
mod trend;
