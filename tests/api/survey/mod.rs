//! The employee's survey link `/s/{token}`: the page, the submission, the refusals
//! (404/409/410/422) and the anonymity of what is stored and logged.

mod anonymity;
mod fixture;
mod intake;
mod logs;
mod page;
mod refusals;
mod submit;
