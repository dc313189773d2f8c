//! Importing the organisation from a CSV file (HRIS sync). `csv` reads the file, `plan`
//! decides row by row what changes (both pure), and `run` applies the plan in one transaction
//! through `store::employee_import`. The upload page, the CLI and the API all call `run`.

pub mod csv;
pub mod message;
pub mod plan;
mod run;

pub use message::Message;
pub use plan::{Options, Person, Summary};
pub use run::{Outcome, run};
