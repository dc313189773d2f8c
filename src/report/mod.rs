//! Reporting: what providers and HR may see of the answers. `gate` is the anonymity gate every
//! figure passes through (pure); `figures` turns counts into means, distributions and NPS;
//! `materialize` aggregates final periods; `period` loads a period's counts with its gate;
//! `slice` and `trend` gate one service's figures per period; `dashboard`, `overview` and
//! `export` assemble what pages, the API and CSV show; `comment_gate` decides which text
//! answers (comments, thanks) a staff member may read.
//! Nothing here writes answers or reads a single response's values.

pub mod breakdown;
pub mod comment_gate;
pub mod dashboard;
pub mod export;
pub mod figures;
pub mod gate;
pub mod last_score;
pub mod materialize;
pub mod overview;
pub mod period;
pub mod slice;
pub mod trend;
