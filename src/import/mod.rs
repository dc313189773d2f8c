//! Importing the organisation from a CSV file (HRIS sync). `csv` reads the file, `plan`
//! decides row by row what changes (both pure), and `run` applies the plan in one transaction
//! through `store::organisation::employee_import`, recording each change in the audit log in the same
//! transaction. The upload page, the CLI and the API all call `run`.

mod audit;
pub mod csv;
pub mod message;
pub mod plan;
mod run;

pub use message::Message;
pub use plan::{Options, Person, Summary};
pub use run::{Outcome, run};
