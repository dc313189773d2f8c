//! The employee's survey link `/s/{token}`: the page and the time it promises, the
//! submission, the refusals (404/409/410/422) and the anonymity of what is stored and logged.

pub mod anonymity;
mod attacker;
mod estimate;
pub mod fixture;
mod intake;
pub mod logs;
mod page;
mod refusals;
mod submit;
